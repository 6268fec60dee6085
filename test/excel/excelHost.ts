// The Office.js host over the recording fake, as the host contract and the Excel tests use it.
import { ExcelSession } from "../../src/excel/ExcelSession";
import { readXlsx } from "../../src/xlsx/readXlsx";
import type { CellState, HostOptions, HostUnderTest, ValidationState } from "../workbook/hostContract";
import { cellAddress, parseRange } from "../../src/core/grid/address";
import type { CellRange } from "../../src/core/grid/Grid";
import { FakeDocumentSettings, FakeWorkbookModel, type FakeCell } from "./fakeExcel";

export interface ExcelHost extends HostUnderTest {
  model: FakeWorkbookModel;
  session: ExcelSession;
  settings: FakeDocumentSettings;
}

/** The workbook's cells as Excel holds them (a formula cell's value is not computed by the fake). */
export function modelCells(model: FakeWorkbookModel, sheet: string): Map<string, CellState> {
  const cells = new Map<string, CellState>();
  const found = model.sheet(sheet);
  if (!found) return cells;
  for (const [key, cell] of found.cells) {
    if (cell.value === null && cell.numberFormat === "General" && cell.fill === null) continue;
    const [row, col] = key.split(",").map(Number) as [number, number];
    cells.set(cellAddress(row, col), { value: cell.value, numberFormat: cell.numberFormat, fill: cell.fill });
  }
  return cells;
}

export function excelHost(model: FakeWorkbookModel): ExcelHost {
  const settings = new FakeDocumentSettings(model);
  const session = new ExcelSession({ run: model.run, settings });
  return {
    model,
    session,
    settings,
    read: () => session.read(),
    apply: (patch, onProgress) => session.apply(patch, onProgress),
    select: (sheet, cell) => session.select(sheet, cell),
    loadSettings: () => session.loadSettings(),
    saveSettings: (s) => session.saveSettings(s),
    cellsOf: async (sheet) => modelCells(model, sheet),
    // Reopening the document: the same workbook, the settings as saved in it.
    reopen: async () => excelHost(model),
    formulaOf: async (sheet, cell) => {
      const at = parseRange(cell);
      const formula = at ? model.cell(sheet, at.top, at.left)?.formula : undefined;
      return formula === undefined ? null : formula.replace(/^=/, "");
    },
    insertColumn: async (sheet, col) => insertColumn(model, sheet, col),
    rowHeightsOf: async (sheet) => new Map(model.sheet(sheet)?.rowHeights ?? []),
    validationsOf: async (sheet) =>
      (model.sheet(sheet)?.validations ?? [])
        .map((v): ValidationState => {
          const range = `${cellAddress(v.range.top, v.range.left)}:${cellAddress(v.range.bottom, v.range.right)}`;
          const rule = v.rule;
          if (rule.list) return { range, kind: "list" };
          const bounds = rule.date ?? rule.wholeNumber ?? rule.decimal;
          const kind = rule.date ? "date" : rule.wholeNumber ? "whole" : "decimal";
          const bound = (f: unknown) => (kind === "date" ? String(f) : Number(String(f).replace(/^=/, "")));
          return { range, kind, min: bound(bounds?.formula1), max: bound(bounds?.formula2) };
        })
        .sort((a, b) => (a.range < b.range ? -1 : a.range > b.range ? 1 : 0)),
    pageFitOf: async (sheet) => {
      const zoom = model.sheet(sheet)?.pageLayout.zoom as Excel.PageLayoutZoomOptions | undefined;
      return zoom ? { wide: zoom.horizontalFitToPages ?? 1, tall: zoom.verticalFitToPages ?? 1 } : null;
    },
  };
}

/** Excel's Insert > Sheet Columns: cells, merges, rules and validations at or right of `col` move one right. */
function insertColumn(model: FakeWorkbookModel, name: string, col: number): void {
  const sheet = model.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const shift = (r: CellRange): CellRange =>
    r.left >= col ? { ...r, left: r.left + 1, right: r.right + 1 } : r.right >= col ? { ...r, right: r.right + 1 } : r;
  const cells = new Map<string, FakeCell>();
  for (const [k, cell] of sheet.cells) {
    const [row, c] = k.split(",").map(Number) as [number, number];
    cells.set(`${row},${c >= col ? c + 1 : c}`, cell);
  }
  sheet.cells = cells;
  sheet.merges = sheet.merges.map(shift);
  sheet.validations = sheet.validations.map((v) => ({ ...v, range: shift(v.range) }));
  sheet.conditionalFormats = sheet.conditionalFormats.map((f) => ({ ...f, range: shift(f.range) }));
}

/** An .xlsx file opened in Excel: its cells, formats, merges and names loaded into the fake through readXlsx. */
export function openInExcel(bytes: Uint8Array, options: HostOptions = {}): ExcelHost {
  const model = FakeWorkbookModel.fromSnapshot(readXlsx(bytes));
  if (options.protectSheet) {
    const sheet = model.sheet(options.protectSheet);
    if (!sheet) throw new Error(`no sheet ${options.protectSheet}`);
    sheet.protected = true;
  }
  if (options.protectWorkbook) model.protected = true;
  if (options.formula) {
    const at = parseRange(options.formula.cell);
    const sheet = model.sheet(options.formula.sheet);
    if (!at || !sheet) throw new Error(`no cell ${options.formula.cell}`);
    sheet.cells.set(`${at.top},${at.left}`, {
      value: null,
      formula: `=${options.formula.formula}`,
      numberFormat: "General",
      fill: null,
      font: {},
      borders: {},
    });
  }
  return excelHost(model);
}
