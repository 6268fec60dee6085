// <sheetData> rewritten with the patch's cells: rows and cells the patch does not name are kept as written,
// cells inside cleared ranges are dropped, new rows go in row order and new cells in column order.
import type { CellRange } from "../../core/grid/Grid";
import { cellAddress, columnIndex } from "../../core/grid/address";
import { XmlCursor } from "../ooxml/XmlCursor";
import { openForm, setTagAttr } from "./tagAttr";

export interface SheetDataEdits {
  /** Row → column → the new <c> element, or null to remove the cell. */
  cells: Map<number, Map<number, string | null>>;
  clear: readonly CellRange[];
  /** Row → height in points. */
  heights: Map<number, number>;
  /** Namespace prefix with its colon, or "". */
  prefix: string;
}

export interface SheetDataResult {
  xml: string;
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

/** `sheetDataXml` is the whole <sheetData> element (or its self-closed form). Throws on unscannable markup. */
export function editSheetData(sheetDataXml: string, edits: SheetDataEdits): SheetDataResult {
  const p = edits.prefix;
  const cursor = new XmlCursor(sheetDataXml);
  cursor.next();
  const openTag = sheetDataXml.slice(0, cursor.tagEnd);
  const selfClosed = cursor.kind === "empty";
  const pendingRows = [...new Set([...edits.cells.keys(), ...edits.heights.keys()])].sort((a, b) => a - b);
  let pending = 0;
  let removedFormula = false;
  let out = openForm(openTag);
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
    const cells = writes ? [...writes.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, xml]) => (xml === null ? [] : [xml])) : [];
    const height = edits.heights.get(row);
    const tag = `<${p}row r="${row + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}>`;
    return cells.length === 0 && !edits.heights.has(row) ? "" : `${tag}${cells.join("")}</${p}row>`;
  };

  let row = -1;
  if (!selfClosed) {
    while (cursor.next()) {
      if (cursor.kind === "close") break; // </sheetData>
      if (cursor.name !== "row") {
        const start = cursor.tagStart;
        cursor.skip();
        out += sheetDataXml.slice(start, cursor.tagEnd);
        continue;
      }
      const r = cursor.attr("r");
      row = r !== undefined && /^\d+$/.test(r) && r !== "0" ? Number(r) - 1 : row + 1;
      while (pending < pendingRows.length && (pendingRows[pending] as number) < row) out += newRow(pendingRows[pending++] as number);
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
        out += hadR ? raw : rowTag(tag, row, false) + raw.slice(tag.length);
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
      for (const [col, xml] of writes ?? []) {
        if (xml === null) byCol.delete(col);
        else byCol.set(col, xml);
      }
      const body = [...byCol.entries()].sort((a, b) => a[0] - b[0]).map(([, xml]) => xml).join("") + others.join("");
      out += `${openForm(rowTag(tag, row, true))}${body}</${p}row>`;
    }
  }
  while (pending < pendingRows.length) out += newRow(pendingRows[pending++] as number);
  return { xml: `${out}</${p}sheetData>`, removedFormula };
}
