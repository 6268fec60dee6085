// The contract every WorkbookSession host keeps (unstorage's testDriver style): one suite, run from each host's own
// test file. A host under test is made from the bytes of an .xlsx workbook and reports its cells as they now
// stand, so the same sample plan, the same patch and the same expectations apply to the .xlsx file and to Excel.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue, Grid, WorkbookSnapshot } from "../../src/core/grid/Grid";
import { cellAddress } from "../../src/core/grid/address";
import { isoToExcelSerial } from "../../src/core/date/calendar";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/model/Status";
import type { SheetPatch, WorkbookPatch } from "../../src/core/patch/WorkbookPatch";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { refreshWorkbook } from "../../src/workbook/refresh";
import { HostError, type ApplyProgress, type WorkbookSession } from "../../src/workbook/WorkbookSession";
import { analyzeWorkbook, reportInput } from "../../src/core/engine";
import { buildPatch } from "../../src/core/report/buildPatch";
import { parseRange } from "../../src/core/grid/address";

/** A cell the patch writes, clears or merges on that sheet (the add-in's own). */
function ownedAddress(patch: WorkbookPatch, sheet: string, address: string): boolean {
  const at = parseRange(address);
  if (!at) return false;
  return patch.sheets
    .filter((s) => s.name === sheet)
    .some(
      (s) =>
        s.cells.some((c) => c.row === at.top && c.col === at.left) ||
        [...(s.clear ?? []), ...(s.merges ?? [])].some(
          (r) => at.top >= r.top && at.top <= r.bottom && at.left >= r.left && at.left <= r.right,
        ),
    );
}

/** One cell as a host holds it: empty cells with no format or fill are not listed. */
export interface CellState {
  value: CellValue;
  /** "General" when none. */
  numberFormat: string;
  /** "RRGGBB" or null. */
  fill: string | null;
}

export interface HostOptions {
  /** Sheet protection on this sheet, as the staff would switch it on. */
  protectSheet?: string;
  /** Workbook structure protection. */
  protectWorkbook?: boolean;
  /** A staff formula typed into a cell before the add-in runs. */
  formula?: { sheet: string; cell: string; formula: string };
}

export interface HostUnderTest extends WorkbookSession {
  /** The cells of a sheet by A1 address, as the host now holds them. */
  cellsOf(sheet: string): Promise<Map<string, CellState>>;
  /** The workbook as the next person to open it sees it (saved file, or the document reopened). */
  reopen(): Promise<HostUnderTest>;
  /** The formula of a cell ("'Tổng hợp'!B5", without "="), or null. */
  formulaOf(sheet: string, cell: string): Promise<string | null>;
  /** Staff insert an empty column before the 0-based column `col` (Excel's Insert > Sheet Columns). */
  insertColumn(sheet: string, col: number): Promise<void>;
  /** Row heights set on the sheet, in points, by 0-based row. */
  rowHeightsOf(sheet: string): Promise<Map<number, number>>;
  /** The sheet's data validations, dates as ISO days, sorted by range. */
  validationsOf(sheet: string): Promise<ValidationState[]>;
  /** Fit to pages wide and tall (0 = as many as needed), or null when the sheet is not set to fit. */
  pageFitOf(sheet: string): Promise<{ wide: number; tall: number } | null>;
}

export interface ValidationState {
  range: string;
  kind: "list" | "whole" | "decimal" | "date";
  min?: number | string;
  max?: number | string;
}

/** What the patch asks of a sheet's validations, in the same shape. */
export function expectedValidations(sheet: SheetPatch): ValidationState[] {
  return (sheet.dataValidations ?? [])
    .map((dv): ValidationState => {
      const range = `${cellAddress(dv.range.top, dv.range.left)}:${cellAddress(dv.range.bottom, dv.range.right)}`;
      return dv.kind === "list" ? { range, kind: "list" } : { range, kind: dv.kind, min: dv.min, max: dv.max };
    })
    .sort((a, b) => (a.range < b.range ? -1 : a.range > b.range ? 1 : 0));
}

export type MakeHost = (bytes: Uint8Array, options?: HostOptions) => Promise<HostUnderTest>;

export const SAMPLE_PATH = join(__dirname, "../../assets/sample/ke-hoach-mau.xlsx");
export const REPORT_DATE = "2026-11-30";

export function sampleBytes(): Uint8Array {
  return new Uint8Array(readFileSync(SAMPLE_PATH));
}

export function contractSettings(): Settings {
  return { ...DEFAULT_SETTINGS, reportDate: REPORT_DATE };
}

/** A grid as plain rows: trailing empty cells and rows dropped, so hosts that pad differently compare equal. */
export function trimmedValues(grid: Grid): CellValue[][] {
  const rows = grid.values.map((row) => {
    const line = row.map((v) => (v === "" || v === undefined ? null : v));
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
    return line;
  });
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).length === 0) rows.pop();
  return rows;
}

function sortedMerges(grid: Grid): string[] {
  return grid.merges.map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).sort();
}

/** What the patch says a sheet's written cells hold afterwards (formula cells are left out: hosts do not compute). */
export function expectedCells(patch: WorkbookPatch, sheet: SheetPatch): Map<string, Partial<CellState>> {
  const expected = new Map<string, Partial<CellState>>();
  for (const cell of sheet.cells) {
    const v = cell.value;
    if (v !== null && typeof v === "object" && "formula" in v) continue;
    const written: CellValue =
      v === null ? null : typeof v !== "object" ? v : "date" in v ? isoToExcelSerial(v.date) : v.text;
    // Empty text leaves the cell empty in every host.
    const value = written === "" ? null : written;
    const style = cell.style === undefined ? undefined : patch.styles[cell.style];
    const state: Partial<CellState> = { value };
    // A staff sheet keeps formats the patch does not set; an owned sheet is whole.
    if (style?.numberFormat !== undefined) state.numberFormat = style.numberFormat;
    else if (sheet.mode === "replace") state.numberFormat = "General";
    if (style?.fill !== undefined) state.fill = style.fill;
    else if (sheet.mode === "replace") state.fill = null;
    expected.set(cellAddress(cell.row, cell.col), state);
  }
  return expected;
}

function pick(state: CellState | undefined, keys: (keyof CellState)[]): Partial<CellState> {
  const out: Partial<CellState> = {};
  const full: CellState = state ?? { value: null, numberFormat: "General", fill: null };
  for (const k of keys) (out as Record<string, unknown>)[k] = full[k];
  return out;
}

async function allCells(
  host: HostUnderTest,
  names: string[],
): Promise<Record<string, Record<string, CellState>>> {
  const out: Record<string, Record<string, CellState>> = {};
  for (const name of names) out[name] = Object.fromEntries(await host.cellsOf(name));
  return out;
}

async function sheetNames(session: WorkbookSession): Promise<string[]> {
  return (await session.read()).sheets.map((s) => s.name);
}

/** The staff's cells: every cell of the plan sheet outside the columns the patch writes, clears or merges. */
function staffCells(snapshot: WorkbookSnapshot, patch: WorkbookPatch, sheet: string): CellValue[][] {
  const grid = snapshot.sheets.find((s) => s.name === sheet);
  const owned = new Set<number>();
  for (const p of patch.sheets.filter((s) => s.name === sheet)) {
    for (const c of p.cells) owned.add(c.col);
    for (const r of [...(p.clear ?? []), ...(p.merges ?? [])])
      for (let c = r.left; c <= r.right; c++) owned.add(c);
  }
  return grid
    ? trimmedValues({
        ...grid,
        values: grid.values.map((row) => row.map((v, c) => (owned.has(c) ? null : v))),
      })
    : [];
}

export function runHostContract(name: string, makeHost: MakeHost): void {
  describe(`WorkbookSession contract: ${name}`, () => {
    test("read: the sample plan's sheets, values and merges as the .xlsx reader sees them", async () => {
      const bytes = sampleBytes();
      const host = await makeHost(bytes);
      const snapshot = await host.read();
      const reference = readXlsx(bytes);
      expect(snapshot.sheets.map((s) => s.name)).toEqual(reference.sheets.map((s) => s.name));
      for (const [i, grid] of snapshot.sheets.entries()) {
        const ref = reference.sheets[i] as Grid;
        expect(trimmedValues(grid)).toEqual(trimmedValues(ref));
        expect(sortedMerges(grid)).toEqual(sortedMerges(ref));
      }
      expect(snapshot.sheets[0]?.values[8]?.[1]).toEqual(expect.stringContaining("Xây dựng"));
    });

    test("apply: every written cell holds the patch's value, number format and fill; staff cells unchanged", async () => {
      const host = await makeHost(sampleBytes());
      const before = await host.read();
      const progress: ApplyProgress[] = [];
      const outcome = await refreshWorkbook(host, contractSettings(), (p) => progress.push(p));
      const patch = outcome.patch as WorkbookPatch;
      expect(patch).not.toBeNull();
      expect(outcome.result?.sheetsUpdated).toEqual(["Kế hoạch"]);
      expect(outcome.result?.sheetsCreated).toEqual(
        patch.sheets.filter((s) => s.mode === "replace").map((s) => s.name),
      );
      expect(progress.at(-1)?.fraction).toBe(1);

      for (const sheet of patch.sheets) {
        const cells = await host.cellsOf(sheet.name);
        const expected = expectedCells(patch, sheet);
        expect(expected.size).toBeGreaterThan(0);
        for (const [address, want] of expected) {
          expect({
            sheet: sheet.name,
            address,
            ...pick(cells.get(address), Object.keys(want) as (keyof CellState)[]),
          }).toEqual({
            sheet: sheet.name,
            address,
            ...want,
          });
        }
      }
      const after = await host.read();
      expect(staffCells(after, patch, "Kế hoạch")).toEqual(staffCells(before, patch, "Kế hoạch"));
      // The markers are there for the next run.
      expect(after.names.map((n) => n.name)).toEqual(expect.arrayContaining(patch.names.map((n) => n.name)));
    });

    test("applying again (read, analyse, patch, apply) leaves the same cells", async () => {
      const host = await makeHost(sampleBytes());
      const first = await refreshWorkbook(host, contractSettings());
      const names = (first.patch as WorkbookPatch).sheets.map((s) => s.name);
      const once = await allCells(host, names);
      const second = await refreshWorkbook(host, contractSettings());
      expect((second.patch as WorkbookPatch).sheets.map((s) => s.name)).toEqual(names);
      expect(await allCells(host, names)).toEqual(once);
      expect(await sheetNames(host)).toEqual(["Kế hoạch", ...names.slice(1)]);
    });

    test("a protected plan sheet: HostError sheet-protected and nothing written", async () => {
      const host = await makeHost(sampleBytes(), { protectSheet: "Kế hoạch" });
      const cellsBefore = await host.cellsOf("Kế hoạch");
      const sheetsBefore = await sheetNames(host);
      const error = await refreshWorkbook(host, contractSettings()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).code).toBe("sheet-protected");
      expect((error as HostError).detail.sheet).toBe("Kế hoạch");
      expect(await host.cellsOf("Kế hoạch")).toEqual(cellsBefore);
      expect(await sheetNames(host)).toEqual(sheetsBefore);
    });

    test("a workbook whose structure is protected: HostError workbook-protected and nothing written", async () => {
      const host = await makeHost(sampleBytes(), { protectWorkbook: true });
      const cellsBefore = await host.cellsOf("Kế hoạch");
      const error = await refreshWorkbook(host, contractSettings()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).code).toBe("workbook-protected");
      expect(await host.cellsOf("Kế hoạch")).toEqual(cellsBefore);
      expect(await sheetNames(host)).toEqual(["Kế hoạch"]);
    });

    test("a column inserted inside the table between read and apply: the old patch is refused, staff cells unchanged", async () => {
      const host = await makeHost(sampleBytes());
      const snapshot = await host.read();
      const analysis = analyzeWorkbook(snapshot, contractSettings());
      const input = reportInput(analysis, contractSettings(), snapshot);
      if (!input) throw new Error("no plan in the sample");
      const patch = { ...buildPatch(input), basis: snapshot.basis };
      // Staff insert a column between "Nhiệm vụ" and "Đơn vị chủ trì" while the pane shows the preview.
      await host.insertColumn("Kế hoạch", 2);
      const inserted = await host.cellsOf("Kế hoạch");
      const error = await host.apply(patch).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).code).toBe("stale");
      expect(await host.cellsOf("Kế hoạch")).toEqual(inserted);
      // A refresh reads again and writes beside the table as it now stands.
      const outcome = await refreshWorkbook(host, contractSettings());
      const after = await host.read();
      const fresh = outcome.patch as WorkbookPatch;
      const staffBefore = Object.fromEntries([...inserted].filter(([a]) => !ownedAddress(fresh, "Kế hoạch", a)));
      const staffAfter = Object.fromEntries(
        [...(await host.cellsOf("Kế hoạch"))].filter(([a]) => !ownedAddress(fresh, "Kế hoạch", a)),
      );
      expect(staffAfter).toEqual(staffBefore);
      expect(after.sheets[0]?.values[7]?.[2] ?? null).toBeNull();
    });

    test("a staff formula pointing at 'Tổng hợp'!B5 still points there after two refreshes", async () => {
      const formula = { sheet: "Kế hoạch", cell: "T2", formula: "'Tổng hợp'!B5" };
      const host = await makeHost(sampleBytes(), { formula });
      await refreshWorkbook(host, contractSettings());
      await refreshWorkbook(host, contractSettings());
      expect(await host.formulaOf("Kế hoạch", "T2")).toBe("'Tổng hợp'!B5");
    });

    test("validations as the patch says, date validation on “Ngày hoàn thành” with both bounds", async () => {
      const host = await makeHost(sampleBytes());
      const outcome = await refreshWorkbook(host, contractSettings());
      const plan = (outcome.patch as WorkbookPatch).sheets.find((s) => s.name === "Kế hoạch") as SheetPatch;
      const expected = expectedValidations(plan);
      const dates = expected.filter((v) => v.kind === "date");
      expect(dates.length).toBeGreaterThan(0);
      for (const dv of dates) expect([dv.min, dv.max]).toEqual(["2000-01-01", "2100-12-31"]);
      expect(await host.validationsOf("Kế hoạch")).toEqual(expected);
    });

    test("a row asked taller than 409 points is written at 409", async () => {
      const host = await makeHost(sampleBytes());
      await host.apply({
        styles: {},
        sheets: [{ name: "Cao", mode: "replace", cells: [{ row: 0, col: 0, value: "x" }], rows: [{ row: 0, height: 540 }, { row: 1, height: 30 }] }],
        names: [],
      });
      const heights = await host.rowHeightsOf("Cao");
      expect([heights.get(0), heights.get(1)]).toEqual([409, 30]);
    });

    test("report sheets print one page wide and as many pages tall as needed", async () => {
      const host = await makeHost(sampleBytes());
      const outcome = await refreshWorkbook(host, contractSettings());
      const owned = (outcome.patch as WorkbookPatch).sheets.filter((s) => s.mode === "replace");
      expect(owned.length).toBe(3);
      for (const sheet of owned) expect(await host.pageFitOf(sheet.name)).toEqual({ wide: 1, tall: 0 });
    });

    test("settings round-trip, survive a write, and reach the next person who opens the workbook", async () => {
      const host = await makeHost(sampleBytes());
      expect(await host.loadSettings()).toEqual({});
      const saved: Partial<Settings> = {
        cutoffDay: 10,
        lang: "en",
        dueSoonDays: 45,
        sheet: "Kế hoạch",
        programPeriod: { start: 2023, end: 2030 },
      };
      await host.saveSettings(saved);
      expect(await host.loadSettings()).toEqual(saved);
      await refreshWorkbook(host, { ...contractSettings(), ...saved });
      const next = await host.reopen();
      expect(await next.loadSettings()).toEqual(saved);
      await next.saveSettings({ cutoffDay: 14 });
      expect(await (await next.reopen()).loadSettings()).toEqual({ cutoffDay: 14 });
    });
  });
}
