// The demo's WorkbookSession: the .xlsx host over bytes in memory, plus what Excel would do on screen — selecting
// a cell scrolls the grid to it — and a notice to the grid whenever the bytes change (a write, saved settings).
import type { WorkbookSnapshot } from "../core/grid/Grid";
import type { Settings } from "../core/model/Status";
import type { WorkbookPatch } from "../core/patch/WorkbookPatch";
import type { ApplyProgress, ApplyResult, WorkbookSession } from "../workbook/WorkbookSession";
import { XlsxSession } from "../xlsx/XlsxSession";
import type { ValueWrite } from "../xlsx/writer/setCellValues";
import { downloadZip } from "./downloadZip";

export interface DemoListener {
  /** The workbook's bytes changed. */
  changed(bytes: Uint8Array): void;
  selected(sheet: string, cell: string): void;
}

export class DemoSession implements WorkbookSession {
  private readonly xlsx: XlsxSession;

  constructor(
    bytes: Uint8Array,
    private readonly listener: DemoListener,
  ) {
    this.xlsx = new XlsxSession(bytes);
  }

  bytes(): Uint8Array {
    return this.xlsx.bytes();
  }

  read(): Promise<WorkbookSnapshot> {
    return this.xlsx.read();
  }

  async apply(patch: WorkbookPatch, onProgress?: (p: ApplyProgress) => void): Promise<ApplyResult> {
    const result = await this.xlsx.apply(patch, onProgress);
    this.listener.changed(this.xlsx.bytes());
    if (patch.activate) this.listener.selected(patch.activate, "A1");
    return result;
  }

  async writeValues(sheet: string, writes: ValueWrite[]): Promise<void> {
    await this.xlsx.writeValues(sheet, writes);
    this.listener.changed(this.xlsx.bytes());
  }

  async deliverWorkbooks(files: { name: string; bytes: Uint8Array }[]): Promise<void> {
    downloadZip(files, "phieu-bao-cao.zip");
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.listener.selected(sheet, cell);
  }

  loadSettings(): Promise<Partial<Settings>> {
    return this.xlsx.loadSettings();
  }

  async saveSettings(settings: Partial<Settings>): Promise<void> {
    await this.xlsx.saveSettings(settings);
    this.listener.changed(this.xlsx.bytes());
  }
}
