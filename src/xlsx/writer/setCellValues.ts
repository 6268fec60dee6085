// Values written into existing cells of a staff sheet keeping each cell's own format (style index): what `collect`
// does to the plan's progress input columns, the only staff-editable cells plan-tracker ever writes, and only on
// that explicit action. Everything else in the package keeps its bytes.
import type { PatchValue } from "../../core/patch/WorkbookPatch";
import { cellAddress } from "../../core/grid/address";
import { HostError } from "../../workbook/WorkbookSession";
import { relationshipKind } from "../ooxml/readRelationships";
import { readWorkbookPart } from "../ooxml/readWorkbookPart";
import { editWorksheet, isSheetProtected } from "./editWorksheet";
import { PackageEditor } from "./PackageEditor";
import { workbookPartName } from "./workbookPartName";

export interface ValueWrite {
  /** 0-based. */
  row: number;
  col: number;
  value: PatchValue;
}

export function setCellValues(original: Uint8Array, sheetName: string, writes: readonly ValueWrite[]): Uint8Array {
  if (writes.length === 0) return original;
  const pkg = new PackageEditor(original);
  const wbPart = workbookPartName(pkg);
  const wbXml = pkg.readText(wbPart) ?? "";
  const workbook = readWorkbookPart(wbXml);
  const key = (s: string) => s.normalize("NFC").toLowerCase();
  const entry = workbook.sheets.find((s) => key(s.name) === key(sheetName));
  const rel = entry ? pkg.relationships(wbPart).find((r) => r.id === entry.relId) : undefined;
  if (!rel || rel.external || relationshipKind(rel.type) !== "worksheet") {
    throw new HostError("write-failed", `xlsx: the workbook has no sheet "${sheetName}"`, { sheet: sheetName });
  }
  const xml = pkg.readText(rel.target) ?? "";
  if (isSheetProtected(xml)) throw new HostError("sheet-protected", `xlsx: sheet "${sheetName}" is protected`, { sheet: sheetName });
  const refs = new Set(writes.map((w) => cellAddress(w.row, w.col)));
  const styleOf = new Map<string, number>();
  for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?>|<(?:\w+:)?c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?\/>/g)) {
    const ref = m[1] ?? m[2] ?? "";
    if (!refs.has(ref)) continue;
    const s = /\bs="(\d+)"/.exec(m[0]);
    if (s?.[1]) styleOf.set(ref, Number(s[1]));
  }
  const edited = editWorksheet(xml, {
    cells: writes.map((w) => {
      const s = styleOf.get(cellAddress(w.row, w.col));
      return s === undefined ? { row: w.row, col: w.col, value: w.value } : { row: w.row, col: w.col, value: w.value, style: `s${s}` };
    }),
    styleIndex: (k) => (k === undefined ? undefined : Number(k.slice(1))),
    dxfIndex: () => 0,
    clear: [],
    merges: [],
    columns: [],
    rows: [],
    conditionalFormats: [],
    dataValidations: [],
    date1904: workbook.date1904,
  });
  pkg.writeBytes(rel.target, edited.bytes);
  return pkg.toBytes();
}
