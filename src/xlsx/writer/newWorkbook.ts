// A new workbook from a WorkbookPatch (the units' report forms): a minimal package holding one empty sheet, the
// patch applied to it with the same writer as every report (its first sheet replaces the empty one), then what a
// patch cannot say: the sheet protected without a password with some ranges left unlocked for input.
// Browser-safe (fflate only).
import { unzipSync, zipSync, strToU8, strFromU8 } from "fflate";
import type { CellRange } from "../../core/grid/Grid";
import { cellAddress } from "../../core/grid/address";
import type { WorkbookPatch } from "../../core/patch/WorkbookPatch";
import { applyPatchToXlsx } from "../applyPatchToXlsx";
import { escapeAttr } from "./xmlEscape";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function basePackage(firstSheet: string): Uint8Array {
  const files: Record<string, string> = {
    "[Content_Types].xml":
      DECL +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      "</Types>",
    "_rels/.rels":
      DECL +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      "</Relationships>",
    "xl/workbook.xml":
      DECL +
      `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="${escapeAttr(firstSheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      DECL +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      "</Relationships>",
    "xl/worksheets/sheet1.xml": DECL + `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

function inside(ranges: readonly CellRange[], row: number, col: number): boolean {
  return ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
}

/** Protects the sheet part `sheetPart`, leaving the cells in `unlocked` editable (their styles cloned unlocked). */
function protect(files: Record<string, Uint8Array>, sheetPart: string, unlocked: readonly CellRange[]): void {
  const sheetBytes = files[sheetPart];
  const stylesBytes = files["xl/styles.xml"];
  if (!sheetBytes || !stylesBytes) throw new Error(`xlsx: cannot protect ${sheetPart}`);
  let sheet = strFromU8(sheetBytes);
  let styles = strFromU8(stylesBytes);
  const xfsMatch = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles);
  if (!xfsMatch || xfsMatch[1] === undefined) throw new Error("xlsx: no cellXfs");
  const xfs = xfsMatch[1].match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
  const clones = new Map<number, number>();
  const added: string[] = [];
  const unlockedIndex = (s: number) => {
    let i = clones.get(s);
    if (i === undefined) {
      const xf = xfs[s] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
      const open = /^<xf\b[^>]*?(?=\/?>)/.exec(xf)?.[0] ?? "<xf";
      const body = xf.endsWith("/>") ? "" : xf.slice(xf.indexOf(">") + 1, xf.lastIndexOf("</xf>"));
      added.push(`${open.replace(/\sapplyProtection="[^"]*"/, "")} applyProtection="1">${body}<protection locked="0"/></xf>`);
      i = xfs.length + added.length - 1;
      clones.set(s, i);
    }
    return i;
  };
  // Every cell of the unlocked ranges is written by the form builder, so each has its <c> element here.
  sheet = sheet.replace(/<c r="([A-Z]+)(\d+)"( s="(\d+)")?/g, (m, letters: string, digits: string, _s, s?: string) => {
    const row = Number(digits) - 1;
    let col = 0;
    for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
    if (!inside(unlocked, row, col - 1)) return m;
    return `<c r="${cellAddress(row, col - 1)}" s="${unlockedIndex(Number(s ?? 0))}"`;
  });
  if (added.length > 0) {
    const allXfs = [...xfs, ...added];
    styles = styles.replace(/<cellXfs\b[^>]*>[\s\S]*?<\/cellXfs>/, `<cellXfs count="${allXfs.length}">${allXfs.join("")}</cellXfs>`);
  }
  const protection = '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>';
  if (sheet.includes("</sheetData>")) sheet = sheet.replace("</sheetData>", "</sheetData>" + protection);
  else sheet = sheet.replace(/<sheetData\/>/, "<sheetData/>" + protection);
  files[sheetPart] = strToU8(sheet);
  files["xl/styles.xml"] = strToU8(styles);
}

export interface NewWorkbookOptions {
  /** Protect this sheet (the patch's first sheet only) without a password, leaving `unlocked` editable. */
  protect?: { sheet: string; unlocked: CellRange[] };
}

export function writeNewWorkbook(patch: WorkbookPatch, options: NewWorkbookOptions = {}): Uint8Array {
  const first = patch.sheets[0];
  if (!first) throw new Error("xlsx: a new workbook needs a sheet");
  const { bytes } = applyPatchToXlsx(basePackage(first.name), patch);
  if (!options.protect) return bytes;
  if (options.protect.sheet !== first.name) throw new Error("xlsx: only the first sheet of a new workbook can be protected");
  const files = unzipSync(bytes);
  protect(files, "xl/worksheets/sheet1.xml", options.protect.unlocked);
  return zipSync(files);
}
