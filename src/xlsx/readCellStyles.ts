// What a grid view needs to look like the workbook, beside the values readXlsx gives: each cell's solid fill, font
// colour and weight, and the column widths. Browser-safe; the browser demo draws its grid from it. Only the
// visible basics are read: theme and indexed colours, gradients and conditional formats are left out (the status
// cells plan-tracker writes carry explicit RGB fills, so they show).
import { XlsxReadError } from "./XlsxReadError";
import { ZipPackage } from "./ooxml/ZipPackage";
import { XmlCursor } from "./ooxml/XmlCursor";
import { decodeXmlBytes } from "./ooxml/decodeXmlBytes";
import { readRelationships, relationshipKind } from "./ooxml/readRelationships";
import { readWorkbookPart } from "./ooxml/readWorkbookPart";
import { relationshipsPartName } from "./ooxml/resolvePartName";

export interface CellLook {
  /** "RRGGBB" of a solid fill. */
  fill?: string;
  /** "RRGGBB" of the font. */
  color?: string;
  bold?: boolean;
}

export interface SheetLook {
  name: string;
  /** By A1 address; cells with none of the looks above are left out. */
  cells: Record<string, CellLook>;
  /** Widths in Excel character units by 0-based column, where the sheet sets them. */
  columnWidths: Record<number, number>;
}

/** "FFC6EFCE" (ARGB) or "C6EFCE" → "C6EFCE"; anything else → undefined. */
function rgbOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const hex = value.trim().toUpperCase();
  if (/^[0-9A-F]{8}$/.test(hex)) return hex.slice(2);
  if (/^[0-9A-F]{6}$/.test(hex)) return hex;
  return undefined;
}

/** The look of each cellXfs entry, indexed by a cell's `s` attribute. */
function readStyleLooks(xml: string): CellLook[] {
  const fonts: CellLook[] = [];
  const fills: (string | undefined)[] = [];
  const xfs: { font: number; fill: number }[] = [];
  const cursor = new XmlCursor(xml);
  let section = "";
  let font: CellLook | null = null;
  let fill: { solid: boolean; rgb?: string } | null = null;
  while (cursor.next()) {
    const { name, kind } = cursor;
    if (kind === "close") {
      if (name === section) section = "";
      else if (name === "font" && font) {
        fonts.push(font);
        font = null;
      } else if (name === "fill" && fill) {
        fills.push(fill.solid ? fill.rgb : undefined);
        fill = null;
      }
      continue;
    }
    if (name === "fonts" || name === "fills" || name === "cellXfs") {
      if (kind === "open") section = name;
    } else if (name === "cellStyleXfs" || name === "dxfs" || name === "extLst") {
      if (kind === "open") cursor.skip();
    } else if (section === "fonts") {
      if (name === "font") {
        font = {};
        if (kind === "empty") {
          fonts.push(font);
          font = null;
        }
      } else if (font && name === "b" && cursor.attr("val") !== "0" && cursor.attr("val") !== "false")
        font.bold = true;
      else if (font && name === "color") {
        const rgb = rgbOf(cursor.attr("rgb"));
        if (rgb) font.color = rgb;
      }
    } else if (section === "fills") {
      if (name === "fill") {
        fill = { solid: false };
        if (kind === "empty") {
          fills.push(undefined);
          fill = null;
        }
      } else if (fill && name === "patternFill") fill.solid = cursor.attr("patternType") === "solid";
      else if (fill && name === "fgColor") fill.rgb = rgbOf(cursor.attr("rgb"));
    } else if (section === "cellXfs" && name === "xf") {
      xfs.push({ font: Number(cursor.attr("fontId") ?? 0), fill: Number(cursor.attr("fillId") ?? 0) });
      if (kind === "open") cursor.skip();
    }
  }
  return xfs.map((xf) => {
    const look: CellLook = { ...(fonts[xf.font] ?? {}) };
    const rgb = fills[xf.fill];
    if (rgb) look.fill = rgb;
    return look;
  });
}

function readSheetLook(name: string, xml: string, looks: CellLook[]): SheetLook {
  const sheet: SheetLook = { name, cells: {}, columnWidths: {} };
  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.kind === "close") continue;
    if (cursor.name === "col") {
      const min = Number(cursor.attr("min"));
      const max = Math.min(Number(cursor.attr("max")), min + 256);
      const width = Number(cursor.attr("width"));
      if (Number.isInteger(min) && Number.isInteger(max) && Number.isFinite(width)) {
        for (let c = min; c <= max; c++) sheet.columnWidths[c - 1] = width;
      }
    } else if (cursor.name === "c") {
      const ref = cursor.attr("r");
      const look = looks[Number(cursor.attr("s") ?? 0)];
      if (ref && look && (look.fill || look.color || look.bold)) sheet.cells[ref] = look;
      if (cursor.kind === "open") cursor.skip();
    } else if (
      cursor.name === "mergeCells" ||
      cursor.name === "conditionalFormatting" ||
      cursor.name === "extLst"
    ) {
      if (cursor.kind === "open") cursor.skip();
    }
  }
  return sheet;
}

/** The look of every worksheet, in tab order. Throws XlsxReadError when the bytes are not a readable package. */
export function readCellStyles(bytes: Uint8Array): SheetLook[] {
  let pkg: ZipPackage;
  try {
    pkg = ZipPackage.open(bytes);
  } catch (cause) {
    throw new XlsxReadError("corrupt", "the zip package cannot be read (truncated or damaged)", cause);
  }
  const rels = (source: string) => {
    const xml = pkg.readText(relationshipsPartName(source));
    return xml === undefined ? [] : readRelationships(xml, source);
  };
  const workbookPart =
    rels("").find((r) => !r.external && relationshipKind(r.type) === "officeDocument")?.target ??
    "xl/workbook.xml";
  const workbook = readWorkbookPart(pkg.readText(workbookPart) ?? "");
  const workbookRels = rels(workbookPart);
  const stylesPart = workbookRels.find((r) => !r.external && relationshipKind(r.type) === "styles")?.target;
  const stylesXml = stylesPart === undefined ? undefined : pkg.readText(stylesPart);
  const looks = stylesXml === undefined ? [] : readStyleLooks(stylesXml);
  const byId = new Map(workbookRels.map((r) => [r.id, r]));
  const sheets = workbook.sheets.flatMap((s) => {
    const rel = byId.get(s.relId);
    return rel && !rel.external && relationshipKind(rel.type) === "worksheet"
      ? [{ name: s.name, part: rel.target }]
      : [];
  });
  const parts = pkg.readMany(sheets.map((s) => s.part));
  return sheets.map(({ name, part }) => {
    const data = parts.get(part);
    return data === undefined
      ? { name, cells: {}, columnWidths: {} }
      : readSheetLook(name, decodeXmlBytes(data), looks);
  });
}
