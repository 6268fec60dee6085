// xl/workbook.xml edits: sheets appended to <sheets>, defined names added or replaced; everything else kept as written.
import { XmlCursor } from "../ooxml/XmlCursor";
import { insertionPoint, prefixFor, rootChildren, type ChildElement } from "./rootChildren";
import { splice, type Splice } from "./splice";
import { escapeAttr, escapeText } from "./xmlEscape";

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const WORKBOOK_ORDER = [
  "fileVersion", "fileSharing", "workbookPr", "AlternateContent", "revisionPtr", "absPath", "workbookProtection",
  "bookViews", "sheets", "functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize",
  "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr",
  "webPublishObjects", "extLst",
];

export interface DefinedNameEntry {
  name: string;
  /** The formula as stored, without "=": "'Tổng hợp'!$A$1". */
  formula: string;
  /** Index of the sheet (all kinds, workbook order) the name is scoped to; absent = workbook-wide. */
  localSheetId?: number;
  hidden?: boolean;
}

export interface WorkbookEdits {
  addSheets?: { name: string; sheetId: number; relId: string; hidden?: boolean }[];
  /** Names to add; an existing name of the same name and scope is replaced. */
  names?: DefinedNameEntry[];
  /** Existing names to drop (without a replacement), by the same key. */
  dropNames?: { name: string; localSheetId?: number }[];
}

function nameKey(name: string, localSheetId: number | undefined): string {
  return `${name.toLowerCase()}|${localSheetId ?? ""}`;
}

function endTagStart(xml: string, child: ChildElement): number {
  return xml.lastIndexOf("</", child.end - 1);
}

function definedNameXml(p: string, entry: DefinedNameEntry): string {
  const scope = entry.localSheetId !== undefined ? ` localSheetId="${entry.localSheetId}"` : "";
  const hidden = entry.hidden ? ' hidden="1"' : "";
  return `<${p}definedName name="${escapeAttr(entry.name)}"${scope}${hidden}>${escapeText(entry.formula)}</${p}definedName>`;
}

/** Throws a plain Error when the part cannot be scanned. */
export function editWorkbookXml(xml: string, edits: WorkbookEdits): string {
  const layout = rootChildren(xml);
  const p = layout.prefix;
  const out: Splice[] = [];
  const child = (name: string) => layout.children.find((c) => c.name === name);

  const addSheets = edits.addSheets ?? [];
  if (addSheets.length > 0) {
    const sheets = child("sheets");
    if (!sheets) throw new Error("workbook: no <sheets>");
    const relPrefix = prefixFor(layout.openTag, "/officeDocument/2006/relationships");
    const rid = relPrefix ?? "r";
    const declare = relPrefix ? "" : ` xmlns:r="${REL_NS}"`;
    const text = addSheets
      .map((s) => `<${p}sheet name="${escapeAttr(s.name)}" sheetId="${s.sheetId}"${s.hidden ? ' state="hidden"' : ""} ${rid}:id="${escapeAttr(s.relId)}"${declare}/>`)
      .join("");
    const raw = xml.slice(sheets.start, sheets.end);
    if (raw.endsWith("/>")) out.push({ start: sheets.start, end: sheets.end, text: `${raw.slice(0, -2)}>${text}</${p}sheets>` });
    else {
      const at = endTagStart(xml, sheets);
      out.push({ start: at, end: at, text });
    }
  }

  const replaced = new Map<string, DefinedNameEntry>();
  for (const entry of edits.names ?? []) replaced.set(nameKey(entry.name, entry.localSheetId), entry);
  const dropped = new Set((edits.dropNames ?? []).map((d) => nameKey(d.name, d.localSheetId)));
  if (replaced.size > 0 || dropped.size > 0) {
    const names = child("definedNames");
    const added = [...replaced.values()];
    if (!names) {
      if (added.length > 0) {
        const at = insertionPoint(layout, WORKBOOK_ORDER, "definedNames");
        out.push({ start: at, end: at, text: `<${p}definedNames>${added.map((e) => definedNameXml(p, e)).join("")}</${p}definedNames>` });
      }
    } else {
      const inner = xml.slice(names.start, names.end);
      const cursor = new XmlCursor(inner);
      cursor.next();
      const kept: string[] = [];
      const byKey = new Map<string, number>();
      while (cursor.next()) {
        if (cursor.kind === "close") continue;
        const start = cursor.tagStart;
        const name = cursor.attr("name") ?? "";
        const local = cursor.attr("localSheetId");
        const scope = local !== undefined && /^\d+$/.test(local) ? Number(local) : undefined;
        cursor.skip();
        const key = nameKey(name, scope);
        if (dropped.has(key)) continue;
        const replacement = replaced.get(key);
        if (replacement) {
          // Replaced where it stood, so the names keep their order.
          byKey.set(key, kept.length);
          kept.push(definedNameXml(p, replacement));
          continue;
        }
        kept.push(inner.slice(start, cursor.tagEnd));
      }
      for (const entry of added) if (!byKey.has(nameKey(entry.name, entry.localSheetId))) kept.push(definedNameXml(p, entry));
      const open = /^<[^>]*?>/.exec(inner)?.[0] ?? `<${p}definedNames>`;
      const text = kept.length === 0 ? "" : `${open.endsWith("/>") ? open.slice(0, -2) + ">" : open}${kept.join("")}</${p}definedNames>`;
      out.push({ start: names.start, end: names.end, text });
    }
  }
  return splice(xml, out);
}
