// <sheetData> rewritten with the patch's cells: rows and cells the patch does not name are kept as written,
// cells inside cleared ranges are dropped, new rows go in row order and new cells in column order.
import type { CellRange } from "../../core/grid/Grid";
import { cellAddress, columnIndex } from "../../core/grid/address";
import { XmlCursor } from "../ooxml/XmlCursor";
import { openForm, setTagAttr } from "./tagAttr";
import type { Utf8Sink } from "./Utf8Sink";

export interface SheetDataEdits<T> {
  /** Row → column → what the patch writes there; `cellXml` makes its <c> element when the row is written. */
  cells: Map<number, Map<number, T>>;
  /** The new <c> element of a write, or null to remove the cell. */
  cellXml: (row: number, col: number, write: T) => string | null;
  clear: readonly CellRange[];
  /** Row → height in points. */
  heights: Map<number, number>;
  /** Namespace prefix with its colon, or "". */
  prefix: string;
}

export interface SheetDataResult {
  /** True when a cell holding a formula was removed or overwritten (xl/calcChain.xml may list it). */
  removedFormula: boolean;
}

interface CellSpan {
  col: number;
  text: string;
  formula: boolean;
}

function colOfRef(ref: string): number | null {
  const m = /^\$?([A-Za-z]{1,3})\$?\d+$/.exec(ref);
  return m?.[1] ? columnIndex(m[1]) : null;
}

/**
 * `sheetDataXml` is the whole <sheetData> element (or its self-closed form); the new element is written to `out`.
 * Each cell's XML is made when its row is written, so no row's text outlives the row. Throws on unscannable markup.
 */
export function editSheetData<T>(sheetDataXml: string, edits: SheetDataEdits<T>, out: Utf8Sink): SheetDataResult {
  const p = edits.prefix;
  const cursor = new XmlCursor(sheetDataXml);
  cursor.next();
  const openTag = sheetDataXml.slice(0, cursor.tagEnd);
  const selfClosed = cursor.kind === "empty";
  const pendingRows = [...new Set([...edits.cells.keys(), ...edits.heights.keys()])].sort((a, b) => a - b);
  let pending = 0;
  let removedFormula = false;
  out.write(openForm(openTag));
  const clearRows = (row: number) => edits.clear.filter((r) => r.top <= row && row <= r.bottom);

  const rowTag = (tag: string, row: number, edited: boolean) => {
    let t = tag;
    if (!/\sr\s*=/.test(t)) t = setTagAttr(t, "r", String(row + 1));
    if (edited) t = setTagAttr(t, "spans", null);
    const height = edits.heights.get(row);
    if (height !== undefined) t = setTagAttr(setTagAttr(t, "ht", String(height)), "customHeight", "1");
    return t;
  };

  const newRow = (row: number) => {
    const writes = edits.cells.get(row);
    let body = "";
    if (writes) {
      for (const col of sortedKeys(writes)) {
        const xml = edits.cellXml(row, col, writes.get(col) as T);
        if (xml !== null) body += xml;
      }
    }
    const height = edits.heights.get(row);
    if (body === "" && height === undefined) return;
    out.write(`<${p}row r="${row + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}>`);
    out.write(body);
    out.write(`</${p}row>`);
  };

  let row = -1;
  if (!selfClosed) {
    while (cursor.next()) {
      if (cursor.kind === "close") break; // </sheetData>
      if (cursor.name !== "row") {
        const start = cursor.tagStart;
        cursor.skip();
        out.write(sheetDataXml.slice(start, cursor.tagEnd));
        continue;
      }
      const r = cursor.attr("r");
      row = r !== undefined && /^\d+$/.test(r) && r !== "0" ? Number(r) - 1 : row + 1;
      while (pending < pendingRows.length && (pendingRows[pending] as number) < row) newRow(pendingRows[pending++] as number);
      const isPending = pending < pendingRows.length && pendingRows[pending] === row;
      if (isPending) pending++;
      const tagStart = cursor.tagStart;
      const tag = sheetDataXml.slice(tagStart, cursor.tagEnd);
      const writes = edits.cells.get(row);
      const clears = clearRows(row);
      if (!isPending && clears.length === 0) {
        // Untouched row: kept as written (with its r added when the writer left it out, since rows may move).
        const hadR = r !== undefined;
        if (cursor.kind === "open") cursor.skip();
        const raw = sheetDataXml.slice(tagStart, cursor.tagEnd);
        out.write(hadR ? raw : rowTag(tag, row, false) + raw.slice(tag.length));
        continue;
      }
      const cells: CellSpan[] = [];
      if (cursor.kind === "open") {
        let col = -1;
        while (cursor.next()) {
          if (cursor.isClose()) break; // </row>
          const start = cursor.tagStart;
          const tagName: string = cursor.name;
          if (tagName !== "c") {
            cursor.skip();
            cells.push({ col: Number.MAX_SAFE_INTEGER, text: sheetDataXml.slice(start, cursor.tagEnd), formula: false });
            continue;
          }
          const ref = cursor.attr("r");
          const parsed = ref === undefined ? null : colOfRef(ref);
          col = parsed ?? col + 1;
          const cTag = sheetDataXml.slice(start, cursor.tagEnd);
          let formula = false;
          if (cursor.isOpen()) {
            while (cursor.next()) {
              const inner: string = cursor.name;
              if (cursor.isClose()) {
                if (inner === "c") break;
                continue;
              }
              if (inner === "f") formula = true;
              if (cursor.isOpen()) cursor.skip();
            }
          }
          let text = sheetDataXml.slice(start, cursor.tagEnd);
          if (parsed === null) text = setTagAttr(cTag, "r", cellAddress(row, col)) + text.slice(cTag.length);
          cells.push({ col, text, formula });
        }
      }
      const byCol = new Map<number, string>();
      const others: string[] = [];
      for (const cell of cells) {
        if (cell.col === Number.MAX_SAFE_INTEGER) {
          others.push(cell.text);
          continue;
        }
        const written = writes?.has(cell.col) ?? false;
        const cleared = clears.some((c) => c.left <= cell.col && cell.col <= c.right);
        if (written || cleared) {
          if (cell.formula) removedFormula = true;
          continue;
        }
        byCol.set(cell.col, cell.text);
      }
      if (writes) {
        for (const col of sortedKeys(writes)) {
          const xml = edits.cellXml(row, col, writes.get(col) as T);
          if (xml === null) byCol.delete(col);
          else byCol.set(col, xml);
        }
      }
      out.write(openForm(rowTag(tag, row, true)));
      for (const col of sortedKeys(byCol)) out.write(byCol.get(col) as string);
      for (const other of others) out.write(other);
      out.write(`</${p}row>`);
    }
  }
  while (pending < pendingRows.length) newRow(pendingRows[pending++] as number);
  out.write(`</${p}sheetData>`);
  return { removedFormula };
}

/** A row's columns in order (a report writes them in order already, so the sort has little to do). */
function sortedKeys(map: Map<number, unknown>): number[] {
  const keys = [...map.keys()];
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i] as number) < (keys[i - 1] as number)) return keys.sort((a, b) => a - b);
  }
  return keys;
}
