// An in-memory WorkbookSession for the pane's tests: it serves a snapshot, records every apply/select/save call,
// writes patched values into its grids (so a re-read shows them), and can be told to fail the next call.
import type { CellValue, Grid, WorkbookSnapshot } from "../../../src/core/grid/Grid";
import type { Settings } from "../../../src/core/model/Status";
import type { PatchValue, WorkbookPatch } from "../../../src/core/patch/WorkbookPatch";
import type { ApplyProgress, ApplyResult, WorkbookSession } from "../../../src/workbook/WorkbookSession";

function plainValue(value: PatchValue): CellValue {
  if (value === null || typeof value !== "object") return value;
  if ("date" in value) return value.date;
  if ("formula" in value) return value.formula;
  return value.text;
}

function put(grid: Grid, row: number, col: number, value: CellValue): void {
  while (grid.values.length <= row) grid.values.push([]);
  const line = grid.values[row] as CellValue[];
  while (line.length <= col) line.push(null);
  line[col] = value;
}

export class FakeSession implements WorkbookSession {
  readonly applied: WorkbookPatch[] = [];
  readonly selected: { sheet: string; cell: string }[] = [];
  readonly saved: Partial<Settings>[] = [];
  reads = 0;
  /** Thrown by the next apply (then cleared). */
  failApply: unknown = null;
  failRead: unknown = null;
  /** When true, apply reports half its progress and waits for `release()` before finishing. */
  holdOn = false;
  private releaseApply: (() => void) | null = null;

  constructor(
    private snapshot: WorkbookSnapshot,
    private settings: Partial<Settings> = {},
  ) {}

  async read(): Promise<WorkbookSnapshot> {
    this.reads += 1;
    if (this.failRead) {
      const error = this.failRead;
      this.failRead = null;
      throw error;
    }
    return JSON.parse(JSON.stringify(this.snapshot)) as WorkbookSnapshot;
  }

  async apply(patch: WorkbookPatch, onProgress?: (p: ApplyProgress) => void): Promise<ApplyResult> {
    if (this.failApply) {
      const error = this.failApply;
      this.failApply = null;
      throw error;
    }
    this.applied.push(patch);
    onProgress?.({ fraction: 0.5, step: patch.sheets[0]?.name ?? "" });
    if (this.holdOn) await new Promise<void>((resolve) => (this.releaseApply = resolve));
    const result: ApplyResult = { cells: 0, sheetsCreated: [], sheetsUpdated: [] };
    for (const sheet of patch.sheets) {
      let grid = this.snapshot.sheets.find((g) => g.name === sheet.name);
      if (!grid) {
        grid = { name: sheet.name, values: [], merges: [] };
        this.snapshot.sheets.push(grid);
        result.sheetsCreated.push(sheet.name);
      } else {
        if (sheet.mode === "replace") grid.values = [];
        result.sheetsUpdated.push(sheet.name);
      }
      for (const cell of sheet.cells) put(grid, cell.row, cell.col, plainValue(cell.value));
      result.cells += sheet.cells.length;
    }
    onProgress?.({ fraction: 1, step: "" });
    return result;
  }

  release(): void {
    this.releaseApply?.();
    this.releaseApply = null;
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.selected.push({ sheet, cell });
  }

  async loadSettings(): Promise<Partial<Settings>> {
    return { ...this.settings };
  }

  async saveSettings(settings: Partial<Settings>): Promise<void> {
    this.saved.push(settings);
    this.settings = { ...settings };
  }
}
