// One SheetPatch → the Office.js writes that apply it, queued (not yet run) so they can be sent in parts.
// Cells are written as rectangular blocks (one Range.values per block, not per cell), formats as one RangeAreas per
// style, row heights as one RangeAreas per height: a 5,000-task sheet costs hundreds of operations, not 50,000.
import type { CellRange } from "../core/grid/Grid";
import { cellAddress, quoteSheetName } from "../core/grid/address";
import { MAX_ROW_HEIGHT } from "../core/report/SheetWriter";
import type {
  CellStyle,
  CellWrite,
  ChartSpec,
  ConditionalFormat,
  DataValidation,
  PageSetup,
  SheetPatch,
} from "../core/patch/WorkbookPatch";
import { applyCellStyle, applyConditionalStyle, columnWidthPoints, hex } from "./applyCellStyle";
import { cellInput, type ExcelInput } from "./cellInput";
import { jsonBytes, type WriteQueue } from "./PayloadBudget";
import { rangeAddress } from "./rangeAddress";
import { rectangles } from "./rectangles";

/** The worksheet a queued write goes to; known only once the write that creates it has run. */
export interface SheetTarget {
  get(): Excel.Worksheet;
}

/** The bounds of a date validation that states none (the same on the .xlsx host). */
export const DATE_VALIDATION_MIN = "1900-01-01";
export const DATE_VALIDATION_MAX = "9999-12-31";

/** Values blocks larger than this are cut by rows so that the queue can split between them. */
const MAX_BLOCK_BYTES = 512 * 1024;

/** getRanges takes an address list; long lists are cut so each call stays a modest string. */
const MAX_AREAS_ADDRESS = 4000;

const CHART_TYPE: Record<ChartSpec["kind"], "BarStacked" | "BarClustered" | "ColumnStacked"> = {
  barStacked: "BarStacked",
  bar: "BarClustered",
  columnStacked: "ColumnStacked",
};

function byIndexes(ws: Excel.Worksheet, range: CellRange): Excel.Range {
  return ws.getRangeByIndexes(
    range.top,
    range.left,
    range.bottom - range.top + 1,
    range.right - range.left + 1,
  );
}

/**
 * Queues what makes the sheet ready: an "update" sheet is emptied where the patch clears (values, formats, and the
 * merges, conditional formats and validations inside); a "replace" sheet that exists is emptied whole (cells,
 * formats, merges, rules, validations, charts, row heights and column widths) and rewritten in place. It is never
 * deleted and added again: deleting a worksheet turns every formula that refers to it into #REF!, and staff do
 * point formulas at 'Tổng hợp'. Only a sheet that does not exist yet is added.
 */
export function prepareSheet(
  queue: WriteQueue,
  worksheets: Excel.WorksheetCollection,
  sheet: SheetPatch,
  old: Excel.Worksheet | undefined,
  oldCharts?: Excel.ChartCollection,
): SheetTarget {
  if (sheet.mode === "update" && old) {
    const ws = worksheets.getItem(sheet.name);
    for (const range of sheet.clear ?? []) {
      queue.add(sheet.name, range, () => {
        const target = byIndexes(ws, range);
        target.unmerge();
        target.conditionalFormats.clearAll();
        target.dataValidation.clear();
        target.clear("All");
      });
    }
    return { get: () => ws };
  }
  if (old) {
    const ws = worksheets.getItem(sheet.name);
    queue.add(sheet.name, sheet.name, () => {
      for (const chart of oldCharts?.items ?? []) chart.delete();
      const all = ws.getRange();
      all.unmerge();
      all.conditionalFormats.clearAll();
      all.dataValidation.clear();
      all.clear("All");
      all.format.useStandardHeight = true;
      all.format.useStandardWidth = true;
      ws.freezePanes.unfreeze();
    });
    return { get: () => ws };
  }
  let created: Excel.Worksheet | null = null;
  queue.add(sheet.name, sheet.name, () => {
    created = worksheets.add(sheet.name);
    // "Lịch sử" is created hidden, as the .xlsx host does; a sheet that exists keeps the visibility staff gave it.
    if (sheet.hidden) created.visibility = "Hidden";
  });
  return {
    get: () => {
      if (!created) throw new Error(`excel: sheet "${sheet.name}" used before it was added`);
      return created;
    },
  };
}

/** Queues the sheet's cells, formats, merges, links, rules, charts and print settings; returns the cells written. */
export function writeSheet(
  queue: WriteQueue,
  target: SheetTarget,
  sheet: SheetPatch,
  styles: Record<string, CellStyle>,
  workbook: { date1904?: boolean } = {},
): number {
  const date1904 = workbook.date1904 === true;
  const step = sheet.name;
  const add = (args: unknown, run: (ws: Excel.Worksheet) => void) =>
    queue.add(step, args, () => run(target.get()));

  if (sheet.tabColor !== undefined || sheet.gridlines !== undefined) {
    add(null, (ws) => {
      if (sheet.tabColor !== undefined) ws.tabColor = hex(sheet.tabColor);
      if (sheet.gridlines !== undefined) ws.showGridlines = sheet.gridlines;
    });
  }
  for (const { col, width } of sheet.columns ?? []) {
    add(width, (ws) => (ws.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnWidthPoints(width)));
  }
  const rowsByHeight = new Map<number, { row: number; col: number }[]>();
  for (const { row, height: wanted } of sheet.rows ?? []) {
    // Excel refuses a row taller than 409 points; the text wraps within the capped row.
    const height = Math.min(wanted, MAX_ROW_HEIGHT);
    let rows = rowsByHeight.get(height);
    if (!rows) rowsByHeight.set(height, (rows = []));
    rows.push({ row, col: 0 });
  }
  for (const [height, rows] of rowsByHeight) {
    for (const addresses of addressChunks(rectangles(rows).map(rangeAddress))) {
      add(addresses, (ws) => (ws.getRanges(addresses).format.rowHeight = height));
    }
  }

  // The last write to a cell wins, as in the patch's order.
  const cells = new Map<string, CellWrite>();
  for (const cell of sheet.cells) cells.set(`${cell.row},${cell.col}`, cell);
  const at = (row: number, col: number) => cells.get(`${row},${col}`);

  for (const block of rectangles(cells.values())) {
    for (const part of splitRows(block, (r) => rowBytes(r, block, at))) {
      const values: ExcelInput[][] = [];
      for (let r = part.top; r <= part.bottom; r++) {
        const line: ExcelInput[] = [];
        for (let c = part.left; c <= part.right; c++) line.push(cellInput(at(r, c)?.value ?? null, date1904));
        values.push(line);
      }
      add(values, (ws) => (byIndexes(ws, part).values = values));
    }
  }

  // Number formats: RangeAreas has none, so one Range.numberFormat per rectangle of cells sharing a format.
  const byFormat = new Map<string, CellWrite[]>();
  const byStyle = new Map<string, CellWrite[]>();
  for (const cell of cells.values()) {
    if (cell.style === undefined) continue;
    const format = styles[cell.style]?.numberFormat;
    if (format !== undefined) push(byFormat, format, cell);
    push(byStyle, cell.style, cell);
  }
  for (const [format, list] of byFormat) {
    for (const rect of rectangles(list)) {
      const matrix = Array.from({ length: rect.bottom - rect.top + 1 }, () =>
        new Array<string>(rect.right - rect.left + 1).fill(format),
      );
      add(matrix, (ws) => (byIndexes(ws, rect).numberFormat = matrix));
    }
  }
  // Fill, font, alignment, borders: one RangeAreas per style.
  for (const [key, list] of byStyle) {
    const style = styles[key];
    if (!style || !hasRangeFormat(style)) continue;
    for (const addresses of addressChunks(rectangles(list).map(rangeAddress))) {
      add({ addresses, style }, (ws) => applyCellStyle(ws.getRanges(addresses).format, style));
    }
  }

  for (const merge of sheet.merges ?? []) add(merge, (ws) => byIndexes(ws, merge).merge(false));

  for (const cell of cells.values()) {
    const value = cell.value;
    if (value === null || typeof value !== "object" || !("link" in value)) continue;
    const link: Excel.RangeHyperlink = {
      documentReference: `${quoteSheetName(value.link.sheet)}!${value.link.cell}`,
      textToDisplay: value.text,
    };
    add(link, (ws) => (ws.getRangeByIndexes(cell.row, cell.col, 1, 1).hyperlink = link));
  }

  for (const cf of sheet.conditionalFormats ?? []) add(cf, (ws) => addConditionalFormat(ws, cf, styles));
  for (const dv of sheet.dataValidations ?? []) add(dv, (ws) => addValidation(ws, dv));
  for (const chart of sheet.charts ?? []) add(chart, (ws) => addChart(ws, chart));
  const setup = sheet.pageSetup;
  if (setup) add(setup, (ws) => setPageLayout(ws, setup));
  const freeze = sheet.freeze;
  if (freeze) {
    add(freeze, (ws) => {
      ws.freezePanes.unfreeze();
      if (freeze.rows > 0 && freeze.cols > 0)
        ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
      else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
      else if (freeze.cols > 0) ws.freezePanes.freezeColumns(freeze.cols);
    });
  }
  return cells.size;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push(item);
}

function addConditionalFormat(
  ws: Excel.Worksheet,
  cf: ConditionalFormat,
  styles: Record<string, CellStyle>,
): void {
  const range = byIndexes(ws, cf.range);
  for (const rule of cf.rules) {
    if (rule.kind === "equals") {
      const format = range.conditionalFormats.add("CellValue");
      // A text operand is a quoted string formula; Excel compares text case-insensitively, as the patch expects.
      format.cellValue.rule = { formula1: `="${rule.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
      const style = styles[rule.style];
      if (style) applyConditionalStyle(format.cellValue.format, style);
    } else {
      const format = range.conditionalFormats.add("DataBar");
      format.dataBar.lowerBoundRule =
        rule.min === undefined ? { type: "LowestValue" } : { type: "Number", formula: String(rule.min) };
      format.dataBar.upperBoundRule =
        rule.max === undefined ? { type: "HighestValue" } : { type: "Number", formula: String(rule.max) };
      format.dataBar.positiveFormat.fillColor = hex(rule.color);
    }
  }
}

function addValidation(ws: Excel.Worksheet, dv: DataValidation): void {
  const validation = byIndexes(ws, dv.range).dataValidation;
  // A range keeps one rule; clearing first lets a re-run set a rule of another kind.
  validation.clear();
  if (dv.kind === "list") {
    validation.rule = { list: { inCellDropDown: true, source: dv.values.join(",") } };
  } else if (dv.kind === "whole" || dv.kind === "decimal") {
    const rule = { operator: "Between" as const, formula1: dv.min, formula2: dv.max };
    validation.rule = dv.kind === "whole" ? { wholeNumber: rule } : { decimal: rule };
  } else if (dv.kind === "date") {
    // Both bounds, as ISO dates: "a stringified date/time in ISO8601 format" is one of the forms
    // DateTimeDataValidation takes, and unlike a serial it means the same day in a 1904 workbook; a Date object
    // would carry the pane's time zone. A missing bound is the widest the .xlsx host writes too.
    validation.rule = {
      date: { operator: "Between", formula1: dv.min ?? DATE_VALIDATION_MIN, formula2: dv.max ?? DATE_VALIDATION_MAX },
    };
  }
  if (dv.prompt) validation.prompt = { showPrompt: true, title: dv.prompt.title, message: dv.prompt.text };
  if (dv.error)
    validation.errorAlert = { showAlert: true, style: "Stop", title: dv.error.title, message: dv.error.text };
}

/** A native chart: created on its first series, the other series added, each given its range, name and colour. */
function addChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...rest] = spec.series;
  if (!first) return;
  const categories = byIndexes(ws, spec.categories);
  const tall = first.values.bottom - first.values.top >= first.values.right - first.values.left;
  const chart = ws.charts.add(CHART_TYPE[spec.kind], byIndexes(ws, first.values), tall ? "Columns" : "Rows");
  chart.name = spec.key;
  chart.title.text = spec.title;
  const style = (series: Excel.ChartSeries, name: string, color: string) => {
    series.name = name;
    series.setXAxisValues(categories);
    series.format.fill.setSolidColor(hex(color));
  };
  style(chart.series.getItemAt(0), first.name, first.color);
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(byIndexes(ws, s.values));
    style(series, s.name, s.color);
  }
  chart.setPosition(
    cellAddress(spec.anchor.from.row, spec.anchor.from.col),
    cellAddress(spec.anchor.to.row, spec.anchor.to.col),
  );
}

function setPageLayout(ws: Excel.Worksheet, setup: PageSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  // 0 means "as many pages as needed" in the patch, as fitToHeight="0" does in the file format. Both directions
  // are set explicitly: left out, the other direction keeps Excel's default of one page, which shrinks a long
  // report onto a single unreadable page.
  if (setup.fitToWidth > 0 || setup.fitToHeight > 0)
    layout.zoom = { horizontalFitToPages: setup.fitToWidth, verticalFitToPages: setup.fitToHeight };
  if (setup.printTitleRows)
    layout.setPrintTitleRows(`$${setup.printTitleRows.first + 1}:$${setup.printTitleRows.last + 1}`);
  if (setup.printArea) layout.setPrintArea(rangeAddress(setup.printArea));
  if (setup.margins) {
    // Inches in the patch, points in Office.js.
    const pt = (inches: number) => Math.round(inches * 72 * 100) / 100;
    layout.topMargin = pt(setup.margins.top);
    layout.bottomMargin = pt(setup.margins.bottom);
    layout.leftMargin = pt(setup.margins.left);
    layout.rightMargin = pt(setup.margins.right);
    layout.headerMargin = pt(setup.margins.header);
    layout.footerMargin = pt(setup.margins.footer);
  }
  if (setup.centerHorizontally !== undefined) layout.centerHorizontally = setup.centerHorizontally;
}

function hasRangeFormat(style: CellStyle): boolean {
  return (
    style.fill !== undefined ||
    style.font !== undefined ||
    style.alignment !== undefined ||
    style.border !== undefined
  );
}

function rowBytes(
  row: number,
  block: CellRange,
  at: (r: number, c: number) => CellWrite | undefined,
): number {
  let bytes = 0;
  for (let c = block.left; c <= block.right; c++) bytes += jsonBytes(at(row, c)?.value ?? "") + 1;
  return bytes;
}

/** A block cut into runs of whole rows, each under MAX_BLOCK_BYTES of values. */
export function splitRows(
  block: CellRange,
  bytesOfRow: (row: number) => number,
  limit = MAX_BLOCK_BYTES,
): CellRange[] {
  const parts: CellRange[] = [];
  let top = block.top;
  let size = 0;
  for (let r = block.top; r <= block.bottom; r++) {
    const bytes = bytesOfRow(r);
    if (r > top && size + bytes > limit) {
      parts.push({ ...block, top, bottom: r - 1 });
      top = r;
      size = 0;
    }
    size += bytes;
  }
  parts.push({ ...block, top, bottom: block.bottom });
  return parts;
}

function addressChunks(addresses: string[]): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current !== "" && current.length + a.length + 1 > MAX_AREAS_ADDRESS) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? a : `${current},${a}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}
