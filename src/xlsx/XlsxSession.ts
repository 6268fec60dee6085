// The .xlsx host: a WorkbookSession over the bytes of a workbook held in memory. Used by the command line, the
// browser demo and tests; browser-safe (no Node imports). Every apply rewrites the package from the current bytes.
import type { WorkbookSnapshot } from "../core/grid/Grid";
import type { Settings } from "../core/model/Status";
import type { WorkbookPatch } from "../core/patch/WorkbookPatch";
import type { ApplyProgress, ApplyResult, WorkbookSession } from "../workbook/WorkbookSession";
import { applyPatchToXlsx, applyPatchToXlsxAsync } from "./applyPatchToXlsx";
import { deflateWithStream, hasCompressionStream } from "./zip/streamCodec";
import { readXlsx } from "./readXlsx";
import { SETTINGS_NAME, decodeSettings, encodeSettings } from "./settingsName";
import { setWorkbookName } from "./writer/setWorkbookName";

export class XlsxSession implements WorkbookSession {
  private current: Uint8Array;
  private snapshot: WorkbookSnapshot | null = null;

  /** Throws XlsxReadError on read() when the bytes are not a readable workbook. */
  constructor(bytes: Uint8Array) {
    this.current = bytes;
  }

  /** The package as it stands after the patches applied so far. */
  bytes(): Uint8Array {
    return this.current;
  }

  async read(): Promise<WorkbookSnapshot> {
    if (!this.snapshot) this.snapshot = readXlsx(this.current);
    return this.snapshot;
  }

  /** All-or-nothing: on HostError the bytes stay as they were. */
  async apply(patch: WorkbookPatch, onProgress?: (p: ApplyProgress) => void): Promise<ApplyResult> {
    onProgress?.({ fraction: 0, step: "xlsx" });
    // The platform's native deflate where it has one (CompressionStream), else the synchronous codec.
    const { bytes, result } = hasCompressionStream()
      ? await applyPatchToXlsxAsync(this.current, patch, deflateWithStream)
      : applyPatchToXlsx(this.current, patch);
    this.current = bytes;
    this.snapshot = null;
    onProgress?.({ fraction: 1, step: "xlsx" });
    return result;
  }

  async loadSettings(): Promise<Partial<Settings>> {
    const snapshot = await this.read();
    const key = SETTINGS_NAME.toLowerCase();
    const entry = snapshot.names.find((n) => n.name.toLowerCase() === key && n.scope === undefined);
    return entry ? decodeSettings(entry.ref) : {};
  }

  async saveSettings(settings: Partial<Settings>): Promise<void> {
    this.current = setWorkbookName(this.current, SETTINGS_NAME, encodeSettings(settings), { hidden: true });
    this.snapshot = null;
  }
}
