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
}

/** Format given to a t="d" cell whose style is General, so that it still reads as a date. */
const ISO_DATE_FORMAT = "yyyy-mm-dd";
const ISO_DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

function put<T>(rows: (T | null)[][], row: number, col: number, value: T): void {
  while (rows.length <= row) rows.push([]);
  const line = rows[row] as (T | null)[];
  while (line.length < col) line.push(null);
  if (line.length === col) line.push(value);
  else line[col] = value;
}

// Column and row of an "AB12" reference, written into refCol/refRow; false when it is not one.
let refCol = 0;
let refRow = 0;
function parseCellRef(ref: string): boolean {
  let col = 0;
  let row = 0;
  let i = 0;
  const len = ref.length;
  for (; i < len; i++) {
    let ch = ref.charCodeAt(i);
    if (ch === 36 /* $ */) continue;
    if (ch >= 97 && ch <= 122) ch -= 32;
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  const digitsStart = i;
  for (; i < len; i++) {
    const ch = ref.charCodeAt(i);
    if (ch === 36 && i === digitsStart) continue;
    if (ch < 48 || ch > 57) return false;
    row = row * 10 + (ch - 48);
  }
  if (col === 0 || row === 0) return false;
  refCol = col - 1;
  refRow = row - 1;
  return true;
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
        const range = parseRange(cursor.attr("ref") ?? "");
        if (range) merges.push(range);
      } else if (name === "extLst") {
        cursor.skip();
      }
      continue;
    }
    if (name === "row") {
      const r = cursor.attr("r");
      row = r !== undefined && /^\d+$/.test(r) && r !== "0" ? Number(r) - 1 : row + 1;
      col = -1;
      continue;
    }
    if (name !== "c") {
      cursor.skip();
      continue;
    }

    const ref = cursor.attr("r");
    if (ref !== undefined && parseCellRef(ref)) {
      col = refCol;
      row = refRow;
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
      else cursor.skip();
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

  while (formats.length < values.length) formats.push([]);
  return { values, formats, merges };
}
