// The sample plan as Excel lays it out when a Word table is pasted: each paragraph of a cell lands on its own
// row (empty paragraphs vanish), and the cells of the task that hold one paragraph or none are merged
// vertically over all of the task's rows. A merged cell keeps its value in its top-left cell only.
import ExcelJS from "exceljs";
import { taskCells } from "./buildSampleWorkbook";
import {
  PLAN_COLUMN_WIDTHS,
  estimateRowHeight,
  setUpPlanSheet,
  styleBodyCell,
  ttValue,
  writeHeaderRow,
  writeTitleRows,
} from "./planSheetLayout";
import type { SeedPlan } from "./SeedPlan";

export const WORD_PASTE_SHEET_NAME = "Kế hoạch";

/** The paragraphs Excel keeps from a Word cell: its lines without the empty ones, text otherwise as is. */
export function cellParagraphs(text: string): string[] {
  return text.split("\n").filter((paragraph) => paragraph.trim() !== "");
}

/** The sheet rows (1-based, inclusive) each task occupies in the Word-paste layout. */
export function wordPasteTaskRows(seed: SeedPlan): { first: number; last: number }[] {
  let next = seed.titleLines.length + 3;
  return seed.tasks.map((task) => {
    const height = Math.max(1, ...taskCells(task).map((text) => cellParagraphs(text).length));
    const span = { first: next, last: next + height - 1 };
    next += height;
    return span;
  });
}

export function buildWordPasteWorkbook(seed: SeedPlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(WORD_PASTE_SHEET_NAME);
  const headerRow = writeTitleRows(ws, seed.titleLines, seed.header.length);
  writeHeaderRow(ws, headerRow, seed.header);
  const spans = wordPasteTaskRows(seed);
  seed.tasks.forEach((task, t) => {
    const span = spans[t];
    if (!span) return;
    const columns = taskCells(task).map(cellParagraphs);
    let spanHeight = 0;
    for (let r = span.first; r <= span.last; r++) {
      const row = ws.getRow(r);
      const offset = r - span.first;
      columns.forEach((paragraphs, c) => {
        const cell = row.getCell(c + 1);
        styleBodyCell(cell, c === 0);
        if (paragraphs.length > 1 || offset === 0) {
          const text = paragraphs[paragraphs.length > 1 ? offset : 0] ?? null;
          cell.value = c === 0 && text !== null ? ttValue(text) : text;
        }
      });
      row.height = estimateRowHeight(
        columns.map((paragraphs) => (paragraphs.length > 1 ? (paragraphs[offset] ?? null) : null)),
        PLAN_COLUMN_WIDTHS,
      );
      spanHeight += row.height;
    }
    // A merged cell's text must fit in the rows it spans: give the last row what is missing.
    const mergedHeight = estimateRowHeight(
      columns.map((paragraphs) => (paragraphs.length === 1 ? (paragraphs[0] ?? null) : null)),
      PLAN_COLUMN_WIDTHS,
    );
    const lastRow = ws.getRow(span.last);
    if (mergedHeight > spanHeight) lastRow.height = (lastRow.height ?? 0) + mergedHeight - spanHeight;
    if (span.last > span.first) {
      columns.forEach((paragraphs, c) => {
        if (paragraphs.length <= 1) ws.mergeCells(span.first, c + 1, span.last, c + 1);
      });
    }
  });
  setUpPlanSheet(ws, headerRow);
  return workbook;
}
