// Lays one corpus table out in a workbook the way staff keep it (the layout in its source.json): title rows,
// one- or two-level header, a column-number row, section rows, a cover sheet, a table away from A1, a
// unit-grouped lead column merged down, or the rows and merges Excel makes when a Word table is pasted.
import ExcelJS from "exceljs";
import { estimateRowHeight, ttValue } from "../samples/planSheetLayout";
import type { CorpusLayout, CorpusSource } from "./CorpusSource";

const FONT: Partial<ExcelJS.Font> = { name: "Times New Roman", size: 12 };
const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;
/** Column widths by the role of the source column: TT, task, lead, coordinating, product, time. */
const SOURCE_WIDTHS = [6, 50, 28, 32, 26, 16];
const EXTRA_WIDTH = 16;

/** "Phụ lục" section numbers: "I.", "II", "VII." */
const SECTION_NUMBER = /^[IVXLC]+\.?$/;

export function isSectionRow(cells: string[]): boolean {
  return SECTION_NUMBER.test((cells[0] ?? "").trim());
}

/** The TT cell: "1" as the number 1; "31." kept as typed unless the layout has numbers typed plainly. */
function numberValue(text: string, layout: CorpusLayout): string | number | null {
  const plain = layout.plainNumbers ? text.replace(/^(\d+)\.$/, "$1") : text;
  return ttValue(plain);
}

/** "C2" → { row: 2, col: 3 }. */
function parseOrigin(origin: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(origin);
  if (!m) throw new Error(`bad origin ${origin}`);
  const letters = m[1] ?? "A";
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function address(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

function titleLinesOf(source: CorpusSource): string[] {
  const { titleRows } = source.layout;
  const lines = source.titleLines;
  if (titleRows === true) return lines;
  if (titleRows === "first") return lines.slice(0, 1);
  if (titleRows === "first-and-last")
    return lines.length > 1 ? [lines[0] ?? "", lines[lines.length - 1] ?? ""] : lines;
  return [];
}

/** The paragraphs Excel keeps from a Word cell: its non-empty lines. */
function paragraphs(text: string): string[] {
  return text.split("\n").filter((p) => p.trim() !== "");
}

function style(
  cell: ExcelJS.Cell,
  options: { bold?: boolean; center?: boolean; border?: boolean } = {},
): void {
  cell.font = options.bold ? { ...FONT, bold: true } : FONT;
  cell.alignment = {
    vertical: options.center ? "middle" : "top",
    horizontal: options.center ? "center" : undefined,
    wrapText: true,
  };
  if (options.border !== false) cell.border = BORDER;
}

function put(ws: ExcelJS.Worksheet, row: number, col: number, value: string | number | null): ExcelJS.Cell {
  const cell = ws.getRow(row).getCell(col);
  if (value !== null && value !== "") cell.value = value;
  return cell;
}

interface Placed {
  /** Sheet rows the layout produced, for the check against firstDataRow. */
  firstDataRow: number;
}

function writeCover(workbook: ExcelJS.Workbook, layout: CorpusLayout): void {
  if (!layout.cover) return;
  const ws = workbook.addWorksheet(layout.cover.sheet);
  ws.getColumn(1).width = 100;
  layout.cover.lines.forEach((line, i) => {
    const cell = put(ws, i + 2, 1, line);
    style(cell, { bold: i === 0 || line === line.toUpperCase(), center: true, border: false });
  });
}

function writePlanSheet(ws: ExcelJS.Worksheet, source: CorpusSource): Placed {
  const { layout } = source;
  const origin = parseOrigin(layout.origin);
  const order = layout.columns ?? source.header.map((_, i) => i);
  const extras = layout.extraColumns ?? [];
  const width = order.length + extras.length;
  const firstCol = origin.col;
  const lastCol = firstCol + width - 1;
  const colOf = (sourceCol: number): number => firstCol + order.indexOf(sourceCol);

  order.forEach((sourceCol, i) => (ws.getColumn(firstCol + i).width = SOURCE_WIDTHS[sourceCol] ?? 16));
  extras.forEach((_, i) => (ws.getColumn(firstCol + order.length + i).width = EXTRA_WIDTH));
  const widths = Array.from({ length: lastCol }, (_, i) => ws.getColumn(i + 1).width ?? 10);

  // Title block, then one blank row.
  let row = origin.row;
  const titles = titleLinesOf(source);
  for (const line of titles) {
    style(put(ws, row, firstCol, line), { bold: true, center: true, border: false });
    ws.mergeCells(address(row, firstCol), address(row, lastCol));
    ws.getRow(row).height = estimateRowHeight(
      [line],
      [widths.slice(firstCol - 1).reduce((a, b) => a + b, 0)],
    );
    row++;
  }
  if (titles.length > 0) row++;

  // Header: one row, or a group label over two columns with the others merged down.
  const labels = layout.headerLabels ?? order.map((c) => source.header[c] ?? "");
  const allLabels = [...labels, ...extras];
  if (layout.header === "two-level") {
    const group = layout.group;
    if (!group) throw new Error(`${source.id}: two-level header without a group`);
    const groupCols = group.columns.map(colOf);
    for (let c = firstCol; c <= lastCol; c++) {
      const inGroup = groupCols.indexOf(c);
      if (inGroup >= 0) {
        style(put(ws, row + 1, c, group.labels[inGroup] ?? ""), { bold: true, center: true });
        style(ws.getRow(row).getCell(c), { bold: true, center: true });
      } else {
        style(put(ws, row, c, allLabels[c - firstCol] ?? ""), { bold: true, center: true });
        style(ws.getRow(row + 1).getCell(c), { bold: true, center: true });
        ws.mergeCells(address(row, c), address(row + 1, c));
      }
    }
    const first = Math.min(...groupCols);
    style(put(ws, row, first, group.label), { bold: true, center: true });
    ws.mergeCells(address(row, first), address(row, Math.max(...groupCols)));
    row += 2;
  } else {
    allLabels.forEach((label, i) => style(put(ws, row, firstCol + i, label), { bold: true, center: true }));
    row++;
  }
  if (layout.numbersRow) {
    for (let i = 0; i < width; i++) style(put(ws, row, firstCol + i, `(${i + 1})`), { center: true });
    row++;
  }
  const placed: Placed = { firstDataRow: row };

  // Body.
  const titleCol = colOf(1);
  const leadCol = colOf(2);
  // The run of consecutive tasks sharing one lead, merged down when it closes (unit-grouped layout).
  const leadRun = { open: false, text: "", from: 0, to: 0 };
  const closeLeadRun = (): void => {
    if (leadRun.open && leadRun.to > leadRun.from) {
      ws.mergeCells(address(leadRun.from, leadCol), address(leadRun.to, leadCol));
    }
    leadRun.open = false;
  };
  for (const cells of source.rows) {
    if (isSectionRow(cells)) {
      closeLeadRun();
      for (let c = firstCol; c <= lastCol; c++) style(ws.getRow(row).getCell(c), { bold: true });
      order.forEach((sourceCol, i) => {
        const text = cells[sourceCol] ?? "";
        if (text !== "") put(ws, row, firstCol + i, text);
      });
      if (layout.sectionRows === "merged") ws.mergeCells(address(row, titleCol), address(row, lastCol));
      ws.getRow(row).height = estimateRowHeight(
        [cells[1] ?? ""],
        [widths.slice(titleCol - 1).reduce((a, b) => a + b, 0)],
      );
      row++;
      continue;
    }
    const split = order.map((sourceCol) =>
      layout.wordPaste ? paragraphs(cells[sourceCol] ?? "") : [cells[sourceCol] ?? ""],
    );
    const height = Math.max(1, ...split.map((p) => p.length));
    for (let offset = 0; offset < height; offset++) {
      const r = row + offset;
      for (let c = firstCol; c <= lastCol; c++) style(ws.getRow(r).getCell(c), { center: c === colOf(0) });
      split.forEach((parts, i) => {
        const sourceCol = order[i] ?? 0;
        const text = parts.length > 1 ? parts[offset] : offset === 0 ? parts[0] : undefined;
        if (text === undefined) return;
        if (sourceCol === 2 && layout.mergeLeadDown) return; // written below, merged over its run
        put(ws, r, firstCol + i, sourceCol === 0 ? numberValue(text, layout) : text);
      });
      const texts = Array.from({ length: lastCol }, (_, c) => {
        const i = c + 1 - firstCol;
        const parts = split[i];
        if (!parts) return null;
        return parts.length > 1 ? (parts[offset] ?? null) : height === 1 ? (parts[0] ?? null) : null;
      });
      ws.getRow(r).height = Math.min(MAX_ROW_HEIGHT, estimateRowHeight(texts, widths));
    }
    // Cells holding one paragraph span the task's rows.
    if (height > 1) {
      split.forEach((parts, i) => {
        if (parts.length <= 1)
          ws.mergeCells(address(row, firstCol + i), address(row + height - 1, firstCol + i));
      });
    }
    if (layout.mergeLeadDown) {
      const lead = cells[2] ?? "";
      if (leadRun.open && leadRun.text === lead) {
        leadRun.to = row + height - 1;
      } else {
        closeLeadRun();
        put(ws, row, leadCol, lead);
        Object.assign(leadRun, { open: true, text: lead, from: row, to: row + height - 1 });
      }
    }
    row += height;
  }
  closeLeadRun();
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return placed;
}

/** The workbook for one corpus table. Throws when the layout does not put the body on layout.firstDataRow. */
export function buildCorpusWorkbook(source: CorpusSource): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  writeCover(workbook, source.layout);
  const ws = workbook.addWorksheet(source.layout.sheet);
  const placed = writePlanSheet(ws, source);
  if (placed.firstDataRow !== source.layout.firstDataRow) {
    throw new Error(
      `${source.id}: the table body starts on row ${placed.firstDataRow}, the layout says ${source.layout.firstDataRow}`,
    );
  }
  return workbook;
}
