// The look of a plan sheet as a Sở GDĐT keeps it: Times New Roman 12 (Nghị định 30/2020/NĐ-CP), the title
// block merged and centred over the table, a bold bordered header, wrapped top-aligned task cells.
import type ExcelJS from "exceljs";

export const PLAN_FONT: Partial<ExcelJS.Font> = { name: "Times New Roman", size: 12 };

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
export const CELL_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Column widths (in Excel's character units) for TT, Nhiệm vụ, chủ trì, phối hợp, thời gian, sản phẩm. */
export const PLAN_COLUMN_WIDTHS = [6, 45, 30, 42, 16, 42];

/** Points per line of Times New Roman 12, as Excel lays out wrapped text. */
const LINE_HEIGHT = 16;

/** The TT as Excel stores what staff type: digits become a number, anything else stays text, blank stays blank. */
export function ttValue(number: string): number | string | null {
  if (number === "") return null;
  return /^\d+$/.test(number) ? Number(number) : number;
}

/**
 * A row height that shows wrapped text in full. Excel only re-fits heights of rows it lays out itself,
 * so a generated file carries an estimate: lines per paragraph at about 1.3 characters per width unit.
 */
export function estimateRowHeight(texts: (string | null)[], widths: number[]): number {
  let lines = 1;
  texts.forEach((text, i) => {
    if (!text) return;
    const perLine = Math.max(1, Math.floor((widths[i] ?? 10) * 1.3));
    const count = text
      .split("\n")
      .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
    lines = Math.max(lines, count);
  });
  return lines * LINE_HEIGHT + 4;
}

/**
 * Writes the title block from row 1 (one line per row, merged across the table and centred), leaves one
 * blank row, and returns the row for the header.
 */
export function writeTitleRows(
  ws: ExcelJS.Worksheet,
  titleLines: string[],
  width: number,
  firstCol = 1,
): number {
  titleLines.forEach((line, i) => {
    const rowNumber = i + 1;
    const cell = ws.getRow(rowNumber).getCell(firstCol);
    cell.value = line;
    // The issuing body, "PHỤ LỤC" and the plan's title are bold; the "(Ban hành kèm theo …)" line is italic.
    const italic = line.startsWith("(");
    cell.font = { ...PLAN_FONT, bold: !italic, italic };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    ws.mergeCells(rowNumber, firstCol, rowNumber, firstCol + width - 1);
  });
  return titleLines.length + 2;
}

/** Writes a bold, bordered, centred header row. */
export function writeHeaderRow(
  ws: ExcelJS.Worksheet,
  rowNumber: number,
  header: string[],
  firstCol = 1,
): void {
  const row = ws.getRow(rowNumber);
  header.forEach((text, i) => {
    const cell = row.getCell(firstCol + i);
    cell.value = text;
    cell.font = { ...PLAN_FONT, bold: true };
    cell.border = CELL_BORDER;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  row.height = 36;
}

/** Styles a table body cell: bordered, wrapped, top-aligned; the TT column centred. */
export function styleBodyCell(cell: ExcelJS.Cell, isNumberColumn: boolean): void {
  cell.font = PLAN_FONT;
  cell.border = CELL_BORDER;
  cell.alignment = { vertical: "top", horizontal: isNumberColumn ? "center" : "left", wrapText: true };
}

/** Column widths and an A4 landscape page that repeats the header row on every printed page. */
export function setUpPlanSheet(ws: ExcelJS.Worksheet, headerRow: number, widths = PLAN_COLUMN_WIDTHS): void {
  widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  ws.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
}
