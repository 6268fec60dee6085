// The sample plan workbook: the seed's table one row per task, as staff type or paste it cell by cell.
import ExcelJS from "exceljs";
import {
  PLAN_COLUMN_WIDTHS,
  estimateRowHeight,
  setUpPlanSheet,
  styleBodyCell,
  ttValue,
  writeHeaderRow,
  writeTitleRows,
} from "./planSheetLayout";
import type { SeedPlan, SeedTask } from "./SeedPlan";

export const SAMPLE_SHEET_NAME = "Kế hoạch";

/** The cells of a task in column order: TT, Nhiệm vụ, chủ trì, phối hợp, thời gian, sản phẩm. */
export function taskCells(task: SeedTask): string[] {
  return [task.number, task.title, task.lead, task.coordinating, task.timeframe, task.products];
}

/** Rows 1–6 title block, row 7 blank, row 8 header, rows 9–16 the eight tasks. */
export function buildSampleWorkbook(seed: SeedPlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(SAMPLE_SHEET_NAME);
  const width = seed.header.length;
  const headerRow = writeTitleRows(ws, seed.titleLines, width);
  writeHeaderRow(ws, headerRow, seed.header);
  seed.tasks.forEach((task, i) => {
    const row = ws.getRow(headerRow + 1 + i);
    const cells = taskCells(task);
    cells.forEach((text, c) => {
      const cell = row.getCell(c + 1);
      cell.value = c === 0 ? ttValue(text) : text;
      styleBodyCell(cell, c === 0);
    });
    row.height = estimateRowHeight(cells, PLAN_COLUMN_WIDTHS);
  });
  setUpPlanSheet(ws, headerRow);
  return workbook;
}
