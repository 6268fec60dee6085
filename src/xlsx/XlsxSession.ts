// The .xlsx host: a WorkbookSession over the bytes of a workbook held in memory. Used by the command line, the
// browser demo and tests; browser-safe (no Node imports). Every apply rewrites the package from the current bytes.
import type { WorkbookSnapshot } from "../core/grid/Grid";
import type { Settings } from "../core/model/Status";
import type { WorkbookPatch } from "../core/patch/WorkbookPatch";
import { HostError, type ApplyProgress, type ApplyResult, type WorkbookSession } from "../workbook/WorkbookSession";
import { applyPatchToXlsx, applyPatchToXlsxAsync } from "./applyPatchToXlsx";
import { deflateWithStream, hasCompressionStream } from "./zip/streamCodec";
import { readXlsx } from "./readXlsx";
import { SETTINGS_NAME, decodeSettings, encodeSettings } from "../workbook/settingsName";
import { setWorkbookName } from "./writer/setWorkbookName";
import { setCellValues, type ValueWrite } from "./writer/setCellValues";

let sessions = 0;

export class XlsxSession implements WorkbookSession {
  private current: Uint8Array;
  private snapshot: WorkbookSnapshot | null = null;
  /** Which session and which of its applies the bytes come from; saving settings leaves the cells as they were. */
  private readonly id = ++sessions;
  private version = 0;

  /** Throws XlsxReadError on read() when the bytes are not a readable workbook. */
  constructor(bytes: Uint8Array) {
    this.current = bytes;
  }

  /** The package as it stands after the patches applied so far. */
  bytes(): Uint8Array {
    return this.current;
  }

  async read(): Promise<WorkbookSnapshot> {
    if (!this.snapshot) this.snapshot = { ...readXlsx(this.current), basis: this.basis() };
    return this.snapshot;
  }

  /** All-or-nothing: on HostError the bytes stay as they were. A patch built from other bytes is refused. */
  async apply(patch: WorkbookPatch, onProgress?: (p: ApplyProgress) => void): Promise<ApplyResult> {
    if (patch.basis !== undefined && patch.basis !== this.basis()) {
      throw new HostError("stale", "xlsx: the workbook changed since the patch was built", {});
    }
    onProgress?.({ fraction: 0, step: "xlsx" });
    // The platform's native deflate where it has one (CompressionStream), else the synchronous codec.
    const { bytes, result } = hasCompressionStream()
      ? await applyPatchToXlsxAsync(this.current, patch, deflateWithStream)
      : applyPatchToXlsx(this.current, patch);
    this.current = bytes;
    this.snapshot = null;
    this.version++;
    onProgress?.({ fraction: 1, step: "xlsx" });
    return result;
  }

  private basis(): string {
    return `xlsx:${this.id}:${this.version}`;
  }

  async loadSettings(): Promise<Partial<Settings>> {
    const snapshot = await this.read();
    const key = SETTINGS_NAME.toLowerCase();
    const entry = snapshot.names.find((n) => n.name.toLowerCase() === key && n.scope === undefined);
    return entry ? decodeSettings(entry.ref) : {};
  }

  /** All-or-nothing, like apply. The cells changed, so a patch built before this is stale. */
  async writeValues(sheet: string, writes: ValueWrite[]): Promise<void> {
    this.current = setCellValues(this.current, sheet, writes);
    this.snapshot = null;
    this.version++;
  }

  async saveSettings(settings: Partial<Settings>): Promise<void> {
    this.current = setWorkbookName(this.current, SETTINGS_NAME, encodeSettings(settings), { hidden: true });
    this.snapshot = null;
  }
}

