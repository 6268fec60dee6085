// The one interface the task pane and the command line talk to. Implemented by the Office.js host (src/excel)
// and the .xlsx host (src/xlsx); one contract test suite runs against both.
import type { WorkbookSnapshot } from "../core/grid/Grid";
import type { WorkbookPatch } from "../core/patch/WorkbookPatch";
import type { Settings } from "../core/model/Status";

export interface ApplyProgress {
  /** 0–1. */
  fraction: number;
  /** What is being written, for the progress line. */
  step: string;
}

export interface ApplyResult {
  /** Cells written. */
  cells: number;
  sheetsCreated: string[];
  sheetsUpdated: string[];
}

export interface WorkbookSession {
  /** Reads every worksheet's used range (values, merges, number formats) and the defined names. */
  read(): Promise<WorkbookSnapshot>;
  /** Applies a patch all-or-nothing where the host can; throws HostError when it cannot write. */
  apply(patch: WorkbookPatch, onProgress?: (p: ApplyProgress) => void): Promise<ApplyResult>;
  /** Selects a cell (Excel) or scrolls to it (demo grid). */
  select?(sheet: string, cell: string): Promise<void>;
  loadSettings(): Promise<Partial<Settings>>;
  saveSettings(settings: Partial<Settings>): Promise<void>;
}

export type HostErrorCode =
  | "sheet-protected"
  | "workbook-protected"
  | "write-failed"
  | "read-failed"
  | "unsupported-part"
  | "locked"
  | "no-space"
  /** The workbook changed between the read a patch was built from and its apply; nothing was written. */
  | "stale"
  /** Excel did not answer a request in time. */
  | "timeout";

/** A host failure with a code the UI renders in the user's language; `cause` keeps the original. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly detail: { sheet?: string; part?: string; written?: string[]; notWritten?: string[] } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "HostError";
  }
}
