// A worksheet part → cell values, number formats and merged areas.
import type { CellRange, CellValue } from "../../core/grid/Grid";
import { parseRange } from "../../core/grid/address";
import { XmlCursor } from "./XmlCursor";
import { decodeXstring } from "./decodeXstring";
import { isoDateToSerial } from "./isoDateToSerial";
import { readStringItem } from "./readSharedStrings";

export interface WorksheetContext {
  sharedStrings: readonly string[];
  /** Number format per cell style index (null = General), from readStyles. */
  styleFormats: readonly (string | null)[];
  date1904: boolean;
}

export interface WorksheetContent {
  values: CellValue[][];
  /** Same rows as values; a row lists formats only up to its last formatted cell. */
  formats: (string | null)[][];
  merges: CellRange[];
  /** References of cells beyond Excel's grid, as written (the first MAX_BEYOND_GRID of them); such cells are left out. */
  beyondGrid: string[];
  /** Formula cells, hyperlinks, data validations and conditional formats (Grid.otherContent). */
  otherContent: CellRange[];
}

/** The ranges of an sqref ("A1:B5 D7"), those within the grid. */
function sqrefRanges(sqref: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of sqref.split(/\s+/)) {
    if (part === "") continue;
    const range = parseRange(part);
    if (range) out.push(range);
  }
  return out;
}

/** Excel's grid: 1,048,576 rows and 16,384 columns (A1:XFD1048576). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** How many out-of-grid references are kept for the message: one damaged sheet may hold millions. */
export const MAX_BEYOND_GRID = 20;

/** Format given to a t="d" cell whose style is General, so that it still reads as a date. */
const ISO_DATE_FORMAT = "yyyy-mm-dd";
const ISO_DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

/**
 * Rows with no cell share this one empty array; a row gets its own array at its first cell. Cells are placed by
 * index, so a row whose only cell is 20,000 columns right is a sparse array (V8 keeps it as a dictionary), not
 * 20,000 slots: memory follows the cells present, not the rectangle they span.
 */
const NO_CELLS: never[] = Object.freeze([]) as unknown as never[];

function put<T>(rows: (T | null)[][], row: number, col: number, value: T): void {
  while (rows.length <= row) rows.push(NO_CELLS);
  let line = rows[row] as (T | null)[];
  if (line === NO_CELLS) rows[row] = line = [];
  // Small gaps are filled with null as before (dense arrays, what the engine and the tests expect); a large gap is
  // left as a hole.
  if (col - line.length <= DENSE_GAP) while (line.length < col) line.push(null);
  if (line.length === col) line.push(value);
  else line[col] = value;
}

/** Largest run of empty cells filled with null before a cell; beyond it, the row becomes sparse. */
const DENSE_GAP = 1024;

// Column and row of an "AB12" reference, written into refCol/refRow. NOT_A_REF when it is not one, BEYOND when it
// names a cell past XFD or row 1,048,576 ("A999999999", "AAAAAAAAAAAA9"): the numbers stop growing there, so a
// reference of any length costs one pass and no allocation.
const NOT_A_REF = 0;
const IN_GRID = 1;
const BEYOND = 2;
let refCol = 0;
let refRow = 0;
function parseCellRef(ref: string): number {
  let col = 0;
  let row = 0;
  let i = 0;
  const len = ref.length;
  for (; i < len; i++) {
    let ch = ref.charCodeAt(i);
    if (ch === 36 /* $ */) continue;
    if (ch >= 97 && ch <= 122) ch -= 32;
    if (ch < 65 || ch > 90) break;
    if (col <= MAX_COLS) col = col * 26 + (ch - 64);
  }
  const digitsStart = i;
  for (; i < len; i++) {
    const ch = ref.charCodeAt(i);
    if (ch === 36 && i === digitsStart) continue;
    if (ch < 48 || ch > 57) return NOT_A_REF;
    if (row <= MAX_ROWS) row = row * 10 + (ch - 48);
  }
  if (col === 0 || row === 0) return NOT_A_REF;
  if (col > MAX_COLS || row > MAX_ROWS) return BEYOND;
  refCol = col - 1;
  refRow = row - 1;
  return IN_GRID;
}

/** A row number from a <row r="…"> attribute: its 0-based index, -1 when absent or unreadable, BEYOND_ROW past the grid. */
const BEYOND_ROW = -2;
function parseRowNumber(r: string | undefined): number {
  if (r === undefined || r.length === 0 || r.length > 12) return r !== undefined && /^\d+$/.test(r) ? BEYOND_ROW : -1;
  let n = 0;
  for (let i = 0; i < r.length; i++) {
    const ch = r.charCodeAt(i);
    if (ch < 48 || ch > 57) return -1;
    n = n * 10 + (ch - 48);
  }
  if (n === 0) return -1;
  return n > MAX_ROWS ? BEYOND_ROW : n - 1;
}


/**
 * Walks <sheetData> and <mergeCells>. A cell's position comes from its r attribute; rows and cells without
 * one (some generators leave it out to save space) follow the previous row or cell. Values are the cached
 * ones: a formula cell reads as the result Excel last computed, and as empty when the writer stored none
 * (openpyxl writes formulas without results).
 */
export function readWorksheet(xml: string, context: WorksheetContext): WorksheetContent {
  const { sharedStrings, styleFormats, date1904 } = context;
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const merges: CellRange[] = [];
  const beyondGrid: string[] = [];
  const otherContent: CellRange[] = [];
  const beyond = (ref: string) => {
    if (beyondGrid.length < MAX_BEYOND_GRID) beyondGrid.push(ref.length > 40 ? ref.slice(0, 39) + "…" : ref);
  };
  const cursor = new XmlCursor(xml);
  let inSheetData = false;
  let row = -1;
  let col = -1;

  while (cursor.next()) {
    const name = cursor.name;
    if (cursor.isClose()) {
      if (name === "sheetData") inSheetData = false;
      continue;
    }
    if (!inSheetData) {
      if (name === "sheetData") {
        inSheetData = cursor.kind === "open";
      } else if (name === "mergeCell") {
        const ref = cursor.attr("ref") ?? "";
        const range = parseRange(ref);
        if (range && range.bottom < MAX_ROWS && range.right < MAX_COLS) merges.push(range);
        else if (range) beyond(ref);
      } else if (name === "hyperlink") {
        otherContent.push(...sqrefRanges(cursor.attr("ref") ?? ""));
      } else if (name === "dataValidation" || name === "conditionalFormatting") {
        otherContent.push(...sqrefRanges(cursor.attr("sqref") ?? ""));
        cursor.skip();
      } else if (name === "extLst") {
        cursor.skip();
      }
      continue;
    }
    if (name === "row") {
      const r = parseRowNumber(cursor.attr("r"));
      if (r === BEYOND_ROW) {
        beyond(cursor.attr("r") ?? "");
        cursor.skip();
        continue;
      }
      row = r >= 0 ? r : row + 1;
      col = -1;
      continue;
    }
    if (name !== "c") {
      cursor.skip();
      continue;
    }

    const ref = cursor.attr("r");
    const parsed = ref === undefined ? NOT_A_REF : parseCellRef(ref);
    if (parsed === IN_GRID) {
      col = refCol;
      row = refRow;
    } else if (parsed === BEYOND || col + 1 >= MAX_COLS || row >= MAX_ROWS) {
      beyond(ref ?? `R${row + 1}C${col + 2}`);
      cursor.skip();
      continue;
    } else {
      col++;
      if (row < 0) row = 0;
    }
    if (!cursor.isOpen()) continue;
    const type = cursor.attr("t");
    const style = cursor.attr("s");

    let raw: string | undefined;
    let inline: string | undefined;
    while (cursor.next()) {
      if (cursor.kind === "close") {
        if (cursor.name === "c") break;
        continue;
      }
      if (cursor.name === "v") raw = cursor.text();
      else if (cursor.name === "is") inline = readStringItem(cursor);
      else {
        // A formula, even one saved without a result (openpyxl), is the staff's content.
        if (cursor.name === "f") otherContent.push({ top: row, left: col, bottom: row, right: col });
        cursor.skip();
      }
    }

    let format = styleFormats[style === undefined ? 0 : Number(style)] ?? null;
    let value: CellValue = null;
    switch (type) {
      case undefined:
      case "n":
        if (raw !== undefined && raw !== "") {
          const n = Number(raw);
          value = Number.isNaN(n) ? raw : n;
        }
        break;
      case "s":
        if (raw !== undefined && raw !== "") value = sharedStrings[Number(raw)] ?? null;
        break;
      case "str":
        if (raw !== undefined) value = decodeXstring(raw);
        break;
      case "inlineStr":
        if (inline !== undefined) value = inline;
        else if (raw !== undefined) value = decodeXstring(raw);
        break;
      case "b":
        if (raw !== undefined && raw !== "") value = raw === "1" || raw === "true";
        break;
      case "e":
        if (raw !== undefined && raw !== "") value = raw;
        break;
      case "d":
        if (raw !== undefined && raw !== "") {
          const serial = isoDateToSerial(raw, date1904);
          if (serial === null) {
            value = raw;
          } else {
            value = serial;
            if (format === null) format = raw.includes(":") ? ISO_DATE_TIME_FORMAT : ISO_DATE_FORMAT;
          }
        }
        break;
      default:
        if (raw !== undefined) value = raw;
    }
    if (value === null) continue;
    put(values, row, col, value);
    if (format !== null) put(formats, row, col, format);
  }

  while (formats.length < values.length) formats.push(NO_CELLS);
  return { values, formats, merges, beyondGrid, otherContent };
}
