// The .xlsx host's reader: the bytes of a workbook → the grids the engine reads. Browser-safe (no Node).
import type { CellRange, DefinedName, Grid, WorkbookSnapshot } from "../core/grid/Grid";
import { parseRange } from "../core/grid/address";
import { XmlCursor } from "./ooxml/XmlCursor";
import { XlsxReadError } from "./XlsxReadError";
import { ZipPackage } from "./ooxml/ZipPackage";
import { decodeXmlBytes } from "./ooxml/decodeXmlBytes";
import { readRelationships, relationshipKind, type Relationship } from "./ooxml/readRelationships";
import { readSharedStrings } from "./ooxml/readSharedStrings";
import { readStyles } from "./ooxml/readStyles";
import { readWorkbookPart, type WorkbookPart } from "./ooxml/readWorkbookPart";
import { readWorksheet } from "./ooxml/readWorksheet";
import { relationshipsPartName } from "./ooxml/resolvePartName";
import { sniffContainer } from "./ooxml/sniffContainer";
import { ZipError } from "./zip/ZipArchive";

/** A ZipError as the reader's own error: a bomb is "too-large", anything else about the bytes "corrupt". */
export function fromZipError(cause: ZipError): XlsxReadError {
  const code = cause.code === "too-large" ? "too-large" : cause.code === "encrypted" ? "encrypted" : "corrupt";
  return new XlsxReadError(code, cause.message.replace(/^zip: /, ""), cause, cause.entry);
}

function openPackage(bytes: Uint8Array): ZipPackage {
  switch (sniffContainer(bytes)) {
    case "zip":
      break;
    case "cfb-encrypted":
      throw new XlsxReadError("encrypted", "the workbook is protected by a password to open");
    case "cfb-xls":
      throw new XlsxReadError("xls-binary", "the file is an old binary .xls workbook, not .xlsx");
    case "cfb-other":
      throw new XlsxReadError("not-workbook", "the file is an OLE document that is not a workbook");
    case "other":
      throw new XlsxReadError("not-zip", "the file is not an .xlsx package (no zip signature)");
  }
  try {
    return ZipPackage.open(bytes);
  } catch (cause) {
    if (cause instanceof ZipError && cause.code !== "corrupt") throw fromZipError(cause);
    throw new XlsxReadError("corrupt", "the zip package cannot be read (truncated or damaged)", cause);
  }
}

function relationshipsOf(pkg: ZipPackage, sourcePart: string): Relationship[] {
  const xml = pkg.readText(relationshipsPartName(sourcePart));
  return xml === undefined ? [] : readRelationships(xml, sourcePart);
}

/** True when the package says it is a spreadsheet even though its workbook part cannot be found. */
function looksLikeSpreadsheet(pkg: ZipPackage): boolean {
  if (pkg.names.some((name) => name.toLowerCase().startsWith("xl/"))) return true;
  const types = pkg.readText("[Content_Types].xml") ?? "";
  return types.includes("spreadsheetml") || types.includes("ms-excel");
}

/** The workbook part's name, from the package's officeDocument relationship. */
function findWorkbookPart(pkg: ZipPackage): string {
  const main = relationshipsOf(pkg, "").find(
    (rel) => !rel.external && relationshipKind(rel.type) === "officeDocument",
  );
  const partName = main?.target ?? "xl/workbook.xml";
  if (partName.toLowerCase().endsWith(".bin")) {
    throw new XlsxReadError("not-workbook", "the file is a binary .xlsb workbook, which is not supported");
  }
  if (!pkg.has(partName)) {
    if (looksLikeSpreadsheet(pkg))
      throw new XlsxReadError("corrupt", `the package has no workbook part (${partName})`);
    throw new XlsxReadError("not-workbook", "the zip package is not a spreadsheet");
  }
  return partName;
}

/** The cells a sheet's comments (notes) sit on, from its comments part when it has one. */
function commentCells(pkg: ZipPackage, sheetPart: string): CellRange[] {
  const rel = relationshipsOf(pkg, sheetPart).find((r) => !r.external && relationshipKind(r.type) === "comments");
  const xml = rel === undefined ? undefined : pkg.readText(rel.target);
  if (xml === undefined) return [];
  const out: CellRange[] = [];
  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.kind === "close" || cursor.name !== "comment") continue;
    const range = parseRange(cursor.attr("ref") ?? "");
    if (range) out.push(range);
    cursor.skip();
  }
  return out;
}

function definedNames(part: WorkbookPart): DefinedName[] {
  return part.definedNames.map((entry) => {
    const name: DefinedName = { name: entry.name, ref: entry.ref };
    const scope = entry.localSheetId === undefined ? undefined : part.sheets[entry.localSheetId]?.name;
    if (scope !== undefined) name.scope = scope;
    return name;
  });
}

function readPackage(pkg: ZipPackage): WorkbookSnapshot {
  const workbookPartName = findWorkbookPart(pkg);
  const workbook = readWorkbookPart(pkg.readText(workbookPartName) ?? "");
  if (workbook.root !== "workbook") {
    throw new XlsxReadError(
      "not-workbook",
      `the package's main part is a ${workbook.root || "non-XML"} part, not a workbook`,
    );
  }
  const seen = new Map<string, string>();
  for (const sheet of workbook.sheets) {
    const key = sheet.name.normalize("NFC").toLowerCase();
    const twin = seen.get(key);
    if (twin !== undefined) {
      // Excel holds sheet names unique without regard to case; such a package is damaged, and reading the plan from
      // one sheet while writing into the other would lose the staff's data.
      const error = new XlsxReadError("corrupt", `two sheets are named "${twin}" and "${sheet.name}"`, undefined, workbookPartName);
      error.twinSheets = [twin, sheet.name];
      throw error;
    }
    seen.set(key, sheet.name);
  }
  const rels = relationshipsOf(pkg, workbookPartName);
  const relById = new Map(rels.map((rel) => [rel.id, rel]));
  const partOfKind = (kind: string) =>
    rels.find((rel) => !rel.external && relationshipKind(rel.type) === kind)?.target;

  // Chartsheets, dialog sheets and Excel 4 macro sheets have no cells: only worksheets become grids.
  const worksheets = workbook.sheets.flatMap((sheet) => {
    const rel = relById.get(sheet.relId);
    return rel && !rel.external && relationshipKind(rel.type) === "worksheet"
      ? [{ sheet, partName: rel.target }]
      : [];
  });
  const sharedStringsPart = partOfKind("sharedStrings");
  const stylesPart = partOfKind("styles");
  const wanted = worksheets.map((w) => w.partName);
  if (sharedStringsPart) wanted.push(sharedStringsPart);
  if (stylesPart) wanted.push(stylesPart);
  const parts = pkg.readMany(wanted);
  const text = (partName: string | undefined) => {
    const data = partName === undefined ? undefined : parts.get(partName);
    return data === undefined ? undefined : decodeXmlBytes(data);
  };

  const sharedStringsXml = text(sharedStringsPart);
  const stylesXml = text(stylesPart);
  const context = {
    sharedStrings: sharedStringsXml === undefined ? [] : readSharedStrings(sharedStringsXml),
    styleFormats: stylesXml === undefined ? [] : readStyles(stylesXml),
    date1904: workbook.date1904,
  };

  const sheets: Grid[] = worksheets.map(({ sheet, partName }) => {
    const xml = text(partName);
    if (xml === undefined) {
      throw new XlsxReadError("corrupt", `the part of sheet "${sheet.name}" is missing (${partName})`);
    }
    const content = readWorksheet(xml, context);
    const otherContent = [...content.otherContent, ...commentCells(pkg, partName)];
    return {
      name: sheet.name,
      values: content.values,
      formats: content.formats,
      merges: content.merges,
      hidden: sheet.state !== "visible",
      date1904: workbook.date1904,
      ...(content.beyondGrid.length > 0 ? { beyondGrid: content.beyondGrid } : {}),
      ...(otherContent.length > 0 ? { otherContent } : {}),
    };
  });
  return { sheets, names: definedNames(workbook) };
}

/**
 * Reads an .xlsx or .xlsm workbook: every worksheet in tab order (hidden ones flagged), cached cell values,
 * non-General number formats, merged areas and defined names. Throws XlsxReadError when the bytes are not a
 * readable workbook; everything inside a readable workbook becomes data.
 */
export function readXlsx(bytes: Uint8Array): WorkbookSnapshot {
  const pkg = openPackage(bytes);
  try {
    return readPackage(pkg);
  } catch (cause) {
    if (cause instanceof XlsxReadError) throw cause;
    if (cause instanceof ZipError) throw fromZipError(cause);
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new XlsxReadError("corrupt", `a part of the package cannot be read (${detail})`, cause);
  }
}
