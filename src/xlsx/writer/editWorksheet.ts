// A worksheet part with the patch's cells, merges, widths, conditional formats, validations and links spliced in.
// Only the elements the patch concerns are rewritten; every other element stays as written, and new elements
// go where CT_Worksheet's sequence puts them.
import type { CellRange } from "../../core/grid/Grid";
import { cellAddress, quoteSheetName } from "../../core/grid/address";
import type { CellWrite, ConditionalFormat, DataValidation } from "../../core/patch/WorkbookPatch";
import { XmlCursor } from "../ooxml/XmlCursor";
import { cellXml } from "./cellXml";
import { editSheetData } from "./editSheetData";
import { contains, insideAny, intersects, parseRangeRef, parseSqref, rangeRef } from "./rangeRef";
import { insertionPoint, rootChildren, type ChildElement, type RootLayout } from "./rootChildren";
import { conditionalFormatXml, dataValidationXml } from "./sheetRules";
import { fitColumnWidth } from "../../core/grid/excelLimits";
import { utf8Declaration } from "./PackageEditor";
import { setTagAttr } from "./tagAttr";
import { Utf8Sink } from "./Utf8Sink";
import { escapeAttr } from "./xmlEscape";

export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
  "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts",
  "extLst",
];

export interface WorksheetEdits {
  cells: CellWrite[];
  /** The cellXfs index of a patch style key. */
  styleIndex: (key: string | undefined) => number | undefined;
  /** The dxfs index of a patch style key. */
  dxfIndex: (key: string) => number;
  clear: CellRange[];
  merges: CellRange[];
  columns: { col: number; width: number }[];
  rows: { row: number; height: number }[];
  conditionalFormats: ConditionalFormat[];
  dataValidations: DataValidation[];
  date1904: boolean;
}

export interface WorksheetResult {
  /** The part as UTF-8 bytes (its declaration saying so). */
  bytes: Uint8Array;
  removedFormula: boolean;
  wroteFormula: boolean;
}

/** True when the sheet carries <sheetProtection sheet="1">: Excel refuses edits to its locked cells. */
export function isSheetProtected(xml: string): boolean {
  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.kind === "close") continue;
    if (cursor.name === "sheetData" || cursor.name === "extLst") {
      cursor.skip();
      continue;
    }
    if (cursor.name === "sheetProtection") {
      const sheet = cursor.attr("sheet");
      return sheet === "1" || sheet === "true";
    }
  }
  return false;
}

const COL_ATTRS = ["width", "style", "hidden", "bestFit", "customWidth", "outlineLevel", "collapsed", "phonetic"];

interface ColEntry {
  min: number;
  max: number;
  attrs: Map<string, string>;
}

function readCols(raw: string): ColEntry[] {
  const out: ColEntry[] = [];
  const cursor = new XmlCursor(raw);
  while (cursor.next()) {
    if (cursor.kind === "close" || cursor.name !== "col") continue;
    const min = Number(cursor.attr("min"));
    const max = Number(cursor.attr("max"));
    if (!Number.isInteger(min) || !Number.isInteger(max)) continue;
    const attrs = new Map<string, string>();
    for (const a of COL_ATTRS) {
      const v = cursor.attr(a);
      if (v !== undefined) attrs.set(a, v);
    }
    out.push({ min, max, attrs });
  }
  return out;
}

/** Widths set on single columns; a <col min max> range spanning one of them is split so its other columns keep theirs. */
function colsXml(p: string, existing: ColEntry[], widths: { col: number; width: number }[]): string {
  let entries = existing;
  for (const { col, width } of widths) {
    const n = col + 1;
    const next: ColEntry[] = [];
    let owned: ColEntry | null = null;
    for (const e of entries) {
      if (n < e.min || n > e.max) {
        next.push(e);
        continue;
      }
      if (e.min < n) next.push({ min: e.min, max: n - 1, attrs: new Map(e.attrs) });
      if (n < e.max) next.push({ min: n + 1, max: e.max, attrs: new Map(e.attrs) });
      owned = { min: n, max: n, attrs: new Map(e.attrs) };
    }
    const attrs = owned?.attrs ?? new Map<string, string>();
    attrs.set("width", String(fitColumnWidth(width)));
    attrs.set("customWidth", "1");
    attrs.delete("bestFit");
    next.push({ min: n, max: n, attrs });
    entries = next;
  }
  entries.sort((a, b) => a.min - b.min);
  const body = entries
    .map((e) => {
      let attrs = ` min="${e.min}" max="${e.max}"`;
      for (const a of COL_ATTRS) {
        const v = e.attrs.get(a);
        if (v !== undefined) attrs += ` ${a}="${escapeAttr(v)}"`;
      }
      return `<${p}col${attrs}/>`;
    })
    .join("");
  return `<${p}cols>${body}</${p}cols>`;
}

/**
 * Whether a range meets one of `merges`, looked up by row: a plan of 20,000 tasks has as many staff merges as new
 * ones, and testing every pair took seconds (and minutes at 50,000).
 */
function mergeFinder(merges: readonly CellRange[]): (range: CellRange) => boolean {
  const TALL = 64;
  const byRow = new Map<number, CellRange[]>();
  const tall: CellRange[] = [];
  for (const m of merges) {
    if (m.bottom - m.top > TALL) {
      tall.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  return (range) => {
    if (tall.some((n) => intersects(n, range))) return true;
    if (range.bottom - range.top > TALL) return merges.some((n) => intersects(n, range));
    for (let r = range.top; r <= range.bottom; r++) if (byRow.get(r)?.some((n) => intersects(n, range))) return true;
    return false;
  };
}

/** Items of a list element (<mergeCells>, <dataValidations>, <hyperlinks>) with their ref/sqref. */
function listItems(raw: string, item: string, refAttr: string): { text: string; ref: string }[] {
  const out: { text: string; ref: string }[] = [];
  const cursor = new XmlCursor(raw);
  cursor.next();
  while (cursor.next()) {
    if (cursor.kind === "close") continue;
    const start = cursor.tagStart;
    const name = cursor.name;
    const ref = cursor.attr(refAttr) ?? "";
    cursor.skip();
    if (name === item) out.push({ text: raw.slice(start, cursor.tagEnd), ref });
  }
  return out;
}

function listXml(p: string, name: string, raw: string | undefined, items: string[], withCount: boolean): string {
  if (items.length === 0) return "";
  let open = raw ? (/^<[^>]*>/.exec(raw)?.[0] ?? `<${p}${name}>`) : `<${p}${name}>`;
  if (open.endsWith("/>")) open = open.slice(0, -2).trimEnd() + ">";
  if (withCount) open = setTagAttr(open, "count", String(items.length));
  return `${open}${items.join("")}</${p}${name}>`;
}

/** The parts of an sqref not lying wholly inside a cleared range; null when nothing is left. */
function keptSqref(sqref: string, clear: readonly CellRange[]): string | null {
  const parts = sqref.trim().split(/\s+/).filter((s) => s !== "");
  const kept = parts.filter((part) => {
    const range = parseRangeRef(part);
    return range === null || !insideAny(clear, range);
  });
  return kept.length === 0 ? null : kept.join(" ");
}

function maxPriority(xml: string): number {
  let max = 0;
  const re = /\spriority\s*=\s*"(\d+)"/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) max = Math.max(max, Number(m[1]));
  return max;
}

/** An edit of the part: its text, or the writer of the new <sheetData> (written straight into the output). */
interface Edit {
  start: number;
  end: number;
  text: string | ((out: Utf8Sink) => void);
}

/** Throws a plain Error when the part cannot be scanned. */
export function editWorksheet(source: string, edits: WorksheetEdits): WorksheetResult {
  // A part read from UTF-16 is written back as UTF-8: its declaration says so (the root's children keep their place).
  const xml = utf8Declaration(source);
  const layout: RootLayout = rootChildren(xml);
  const p = layout.prefix;
  const children = layout.children;
  const find = (name: string) => children.find((c) => c.name === name);
  const raw = (c: ChildElement | undefined) => (c ? xml.slice(c.start, c.end) : undefined);
  const out: Edit[] = [];
  const replace = (c: ChildElement, text: Edit["text"]) => out.push({ start: c.start, end: c.end, text });
  const insert = (name: string, text: Edit["text"]) => {
    if (text === "") return;
    const at = insertionPoint(layout, WORKSHEET_ORDER, name);
    out.push({ start: at, end: at, text });
  };
  const put = (name: string, text: Edit["text"]) => {
    const c = find(name);
    if (c) replace(c, text);
    else insert(name, text);
  };
  const clear = edits.clear;

  // Cells: their XML is made when their row is written (see Utf8Sink). Their styles are looked up here, in the
  // patch's order, so the styles part numbers the new formats in the order the patch first uses them.
  const cells = new Map<number, Map<number, CellWrite>>();
  const links: { ref: string; location: string; display: string }[] = [];
  // Bounds of the written cells (for <dimension>), kept as numbers: a report writes 10⁵ cells.
  let written: CellRange | null = null;
  let wroteFormula = false;
  const ctx = { prefix: p, date1904: edits.date1904 };
  for (const cell of edits.cells) {
    edits.styleIndex(cell.style);
    let row = cells.get(cell.row);
    if (!row) cells.set(cell.row, (row = new Map()));
    row.set(cell.col, cell);
    if (written === null) written = { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
    else {
      if (cell.row < written.top) written.top = cell.row;
      if (cell.row > written.bottom) written.bottom = cell.row;
      if (cell.col < written.left) written.left = cell.col;
      if (cell.col > written.right) written.right = cell.col;
    }
    const v = cell.value;
    if (v !== null && typeof v === "object" && "link" in v) {
      links.push({ ref: cellAddress(cell.row, cell.col), location: `${quoteSheetName(v.link.sheet)}!${v.link.cell}`, display: v.text });
    }
    if (v !== null && typeof v === "object" && "formula" in v) wroteFormula = true;
  }
  const heights = new Map(edits.rows.map((r) => [r.row, r.height]));
  let removedFormula = false;
  const sheetData = find("sheetData");
  if (cells.size > 0 || heights.size > 0 || clear.length > 0) {
    const sheetDataXml = raw(sheetData) ?? `<${p}sheetData/>`;
    const cellText = (row: number, col: number, cell: CellWrite) => cellXml(cellAddress(row, col), cell.value, edits.styleIndex(cell.style), ctx);
    put("sheetData", (sink) => {
      removedFormula = editSheetData(sheetDataXml, { cells, cellXml: cellText, clear, heights, prefix: p }, sink).removedFormula;
    });
  }

  // The used range grows to take in the written cells.
  const dimension = find("dimension");
  if (dimension && written !== null) {
    const cursor = new XmlCursor(raw(dimension) ?? "");
    cursor.next();
    const old = parseRangeRef(cursor.attr("ref") ?? "");
    const all = old && !(old.bottom === 0 && old.right === 0 && old.top === 0 && old.left === 0) ? [old, written] : [written];
    const union = { ...(all[0] as CellRange) };
    for (const r of all) {
      if (r.top < union.top) union.top = r.top;
      if (r.left < union.left) union.left = r.left;
      if (r.bottom > union.bottom) union.bottom = r.bottom;
      if (r.right > union.right) union.right = r.right;
    }
    replace(dimension, `<${p}dimension ref="${rangeRef(union)}"/>`);
  }

  if (edits.columns.length > 0) {
    const cols = find("cols");
    put("cols", colsXml(p, cols ? readCols(raw(cols) ?? "") : [], edits.columns));
  }

  // Merges: earlier ones inside cleared ranges or under a new merge go.
  const mergeCells = find("mergeCells");
  if (mergeCells || edits.merges.length > 0) {
    const existing = mergeCells ? listItems(raw(mergeCells) ?? "", "mergeCell", "ref") : [];
    const underNew = mergeFinder(edits.merges);
    const kept = existing.filter((m) => {
      const range = parseRangeRef(m.ref);
      return range === null || (!insideAny(clear, range) && !underNew(range));
    });
    if (kept.length !== existing.length || edits.merges.length > 0) {
      const items = [...kept.map((m) => m.text), ...edits.merges.map((m) => `<${p}mergeCell ref="${rangeRef(m)}"/>`)];
      const text = listXml(p, "mergeCells", raw(mergeCells), items, true);
      if (mergeCells) replace(mergeCells, text);
      else insert("mergeCells", text);
    }
  }

  // Conditional formats: earlier ones wholly inside cleared ranges go; the patch's are added after the rest.
  if (clear.length > 0) {
    for (const c of children) {
      if (c.name !== "conditionalFormatting") continue;
      const text = raw(c) ?? "";
      const cursor = new XmlCursor(text);
      cursor.next();
      const sqref = cursor.attr("sqref") ?? "";
      const kept = keptSqref(sqref, clear);
      if (kept === null) replace(c, "");
      else if (kept !== sqref.trim()) {
        const open = text.slice(0, cursor.tagEnd);
        replace(c, setTagAttr(open, "sqref", kept) + text.slice(open.length));
      }
    }
  }
  if (edits.conditionalFormats.length > 0) {
    let priority = maxPriority(xml) + 1;
    const texts: string[] = [];
    for (const format of edits.conditionalFormats) {
      const made = conditionalFormatXml(p, format, priority, edits.dxfIndex);
      priority = made.next;
      texts.push(made.xml);
    }
    insert("conditionalFormatting", texts.join(""));
  }

  // Data validations.
  const validations = find("dataValidations");
  if ((validations && clear.length > 0) || edits.dataValidations.length > 0) {
    const existing = validations ? listItems(raw(validations) ?? "", "dataValidation", "sqref") : [];
    const kept: string[] = [];
    for (const dv of existing) {
      const left = keptSqref(dv.ref, clear);
      if (left === null) continue;
      if (left === dv.ref.trim()) kept.push(dv.text);
      else {
        const open = /^<[^>]*>/.exec(dv.text)?.[0] ?? "";
        kept.push(setTagAttr(open, "sqref", left) + dv.text.slice(open.length));
      }
    }
    const added = edits.dataValidations.map((dv) => dataValidationXml(p, dv, edits.date1904)).filter((x): x is string => x !== null);
    const items = [...kept, ...added];
    const text = listXml(p, "dataValidations", raw(validations), items, true);
    if (validations) replace(validations, text);
    else insert("dataValidations", text);
  }

  // Hyperlinks: earlier ones on cleared or rewritten cells go.
  const hyperlinks = find("hyperlinks");
  if ((hyperlinks && (clear.length > 0 || written !== null)) || links.length > 0) {
    const existing = hyperlinks ? listItems(raw(hyperlinks) ?? "", "hyperlink", "ref") : [];
    // A cell is rewritten when the patch writes it: looked up in the cells by row (an address string per cell written
    // cost more than the rest of the part on a sheet of links such as "Tổng hợp").
    const rewritten = (row: number, col: number) => cells.get(row)?.has(col) === true;
    const kept = existing.filter((h) => {
      const range = parseRangeRef(h.ref);
      if (range === null) return true;
      return !insideAny(clear, range) && !(range.top === range.bottom && range.left === range.right && rewritten(range.top, range.left));
    });
    const items = [
      ...kept.map((h) => h.text),
      ...links.map((l) => `<${p}hyperlink ref="${l.ref}" location="${escapeAttr(l.location)}" display="${escapeAttr(l.display)}"/>`),
    ];
    const text = listXml(p, "hyperlinks", raw(hyperlinks), items, false);
    if (hyperlinks) replace(hyperlinks, text);
    else insert("hyperlinks", text);
  }

  // The edits in order, the text between them as written; one pass into one buffer.
  const sorted = [...out].sort((a, b) => a.start - b.start || a.end - b.end);
  const sink = new Utf8Sink(xml.length + edits.cells.length * 96);
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error("xml: overlapping edits");
    sink.write(xml.slice(pos, e.start));
    if (typeof e.text === "string") sink.write(e.text);
    else e.text(sink);
    pos = e.end;
  }
  sink.write(xml.slice(pos));
  return { bytes: sink.bytes(), removedFormula, wroteFormula };
}

export { contains, parseSqref };
