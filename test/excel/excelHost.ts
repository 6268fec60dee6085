// The Office.js host over the recording fake, as the host contract and the Excel tests use it.
import { ExcelSession } from "../../src/excel/ExcelSession";
import { readXlsx } from "../../src/xlsx/readXlsx";
import type { CellState, HostOptions, HostUnderTest } from "../workbook/hostContract";
import { cellAddress } from "../../src/core/grid/address";
import { FakeDocumentSettings, FakeWorkbookModel } from "./fakeExcel";

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
  };
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
  return excelHost(model);
}
