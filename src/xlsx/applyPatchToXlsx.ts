// Applies a WorkbookPatch to the bytes of an .xlsx package, changing only the parts the patch concerns: the styles,
// the named sheets, plan-tracker's own sheets (with their drawings and charts), the workbook's sheet list and
// names, the content types and relationships. Every other part keeps its bytes, and the zip its entry order.
// Browser-safe (no Node imports). Everything that could refuse the write is checked before anything is written.
import { quoteSheetName } from "../core/grid/address";
import { MAX_ROW_HEIGHT } from "../core/report/SheetWriter";
import type { SheetPatch, WorkbookPatch } from "../core/patch/WorkbookPatch";
import { HostError, type ApplyResult } from "../workbook/WorkbookSession";
import { XmlCursor } from "./ooxml/XmlCursor";
import { relationshipKind, type Relationship } from "./ooxml/readRelationships";
import { readWorkbookPart, type WorkbookPart } from "./ooxml/readWorkbookPart";
import { relationshipsPartName } from "./ooxml/resolvePartName";
import { chartXml, drawingXml } from "./writer/chartXml";
import { editWorkbookXml, type DefinedNameEntry } from "./writer/editWorkbookXml";
import { editWorksheet, isSheetProtected } from "./writer/editWorksheet";
import { newWorksheetXml } from "./writer/newWorksheetXml";
import { PackageEditor } from "./writer/PackageEditor";
import { absoluteRef } from "./writer/rangeRef";
import { relativeTarget } from "./writer/relativeTarget";
import { MINIMAL_STYLES, StylesEditor } from "./writer/StylesEditor";
import { workbookPartName } from "./writer/workbookPartName";
import { CONTENT_TYPES_PART, contentTypeOf, fallbackContentType, readContentTypes } from "./writer/contentTypes";
import { editAppXml } from "./writer/editAppXml";
import { sheetNameProblem } from "../core/grid/excelLimits";
import { ZipError } from "./zip/ZipArchive";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

function sheetKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** Runs a step on a part's XML; a part the scanner cannot read becomes HostError("unsupported-part"). */
function guard<T>(part: string, step: () => T): T {
  try {
    return step();
  } catch (cause) {
    if (cause instanceof HostError) throw cause;
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new HostError("unsupported-part", `xlsx: the part ${part} cannot be edited safely (${why})`, { part }, { cause });
  }
}

interface Target {
  patch: SheetPatch;
  /** Index in the workbook's sheet list, when the sheet exists. */
  index?: number;
  part?: string;
  xml?: string;
}

/** Local name of a part's root element ("" when it has none). */
function rootName(xml: string): string {
  const cursor = new XmlCursor(xml);
  while (cursor.next()) if (cursor.kind !== "close") return cursor.name;
  return "";
}

function isLockedStructure(workbookXml: string): boolean {
  const cursor = new XmlCursor(workbookXml);
  while (cursor.next()) {
    if (cursor.kind === "close") continue;
    if (cursor.name === "workbookProtection") {
      const v = cursor.attr("lockStructure");
      return v === "1" || v === "true";
    }
    if (cursor.name === "sheets") return false;
  }
  return false;
}

/** Removes a drawing an earlier run wrote on its own sheet, with its charts (and their style parts). */
function dropDrawing(pkg: PackageEditor, drawingPart: string): void {
  for (const rel of pkg.relationships(drawingPart)) {
    if (rel.external || relationshipKind(rel.type) !== "chart") continue;
    for (const sub of pkg.relationships(rel.target)) {
      const kind = relationshipKind(sub.type);
      if (!sub.external && (kind === "chartStyle" || kind === "chartColorStyle")) {
        pkg.remove(sub.target);
        pkg.removeContentType(sub.target);
      }
    }
    pkg.remove(relationshipsPartName(rel.target));
    pkg.remove(rel.target);
    pkg.removeContentType(rel.target);
  }
  pkg.remove(relationshipsPartName(drawingPart));
  pkg.remove(drawingPart);
  pkg.removeContentType(drawingPart);
}

/**
 * Throws HostError only: a part that turns out damaged while it is read (bad CRC, wrong size, over the budget) is
 * "read-failed" with the part named, any other failure of the package's structure "unsupported-part".
 */
export function applyPatchToXlsx(original: Uint8Array, patch: WorkbookPatch): { bytes: Uint8Array; result: ApplyResult } {
  return asHostError(() => {
    const { pkg, result } = editPackage(original, patch);
    return { bytes: zipped(() => pkg.toBytes()), result };
  });
}

/**
 * The same, zipping with an asynchronous deflate (the browser's and Office webviews' CompressionStream, through
 * deflateWithStream): the parts it changes are compressed in parallel, off the main thread's JavaScript.
 */
export async function applyPatchToXlsxAsync(
  original: Uint8Array,
  patch: WorkbookPatch,
  deflate: (data: Uint8Array) => Promise<Uint8Array>,
): Promise<{ bytes: Uint8Array; result: ApplyResult }> {
  const { pkg, result } = asHostError(() => editPackage(original, patch));
  let bytes: Uint8Array;
  try {
    bytes = await pkg.toBytesAsync(deflate);
  } catch (cause) {
    throw new HostError("write-failed", "xlsx: the package cannot be zipped", {}, { cause });
  }
  return { bytes, result };
}

function zipped(zip: () => Uint8Array): Uint8Array {
  try {
    return zip();
  } catch (cause) {
    if (cause instanceof ZipError) throw cause;
    throw new HostError("write-failed", "xlsx: the package cannot be zipped", {}, { cause });
  }
}

function asHostError<T>(step: () => T): T {
  try {
    return step();
  } catch (cause) {
    if (cause instanceof HostError) throw cause;
    if (cause instanceof ZipError) {
      const part = cause.entry ?? "";
      throw new HostError("read-failed", `xlsx: ${cause.message}`, { part }, { cause });
    }
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new HostError("unsupported-part", `xlsx: the package cannot be edited safely (${why})`, {}, { cause });
  }
}

function editPackage(original: Uint8Array, patch: WorkbookPatch): { pkg: PackageEditor; result: ApplyResult } {
  let pkg: PackageEditor;
  try {
    pkg = new PackageEditor(original);
  } catch (cause) {
    throw new HostError("read-failed", "xlsx: the package cannot be unzipped", {}, { cause });
  }
  // Every part written gets a content type: a package whose [Content_Types].xml is missing or does not parse cannot
  // say what its parts are, and is refused before anything is written.
  const typesXml = pkg.readText(CONTENT_TYPES_PART);
  if (typesXml === undefined) {
    throw new HostError("unsupported-part", "xlsx: the package has no [Content_Types].xml", { part: CONTENT_TYPES_PART });
  }
  guard(CONTENT_TYPES_PART, () => readContentTypes(typesXml));
  const wbPart = workbookPartName(pkg);
  const wbXml = pkg.readText(wbPart);
  if (wbXml === undefined) throw new HostError("unsupported-part", `xlsx: the package has no workbook part (${wbPart})`, { part: wbPart });
  const workbook: WorkbookPart = guard(wbPart, () => readWorkbookPart(wbXml));
  if (workbook.root !== "workbook" || wbXml.includes("http://purl.oclc.org/ooxml/spreadsheetml/main")) {
    // Strict OOXML uses other namespaces for every part: writing transitional parts into it would mix the two.
    throw new HostError("unsupported-part", `xlsx: the workbook part is not a transitional SpreadsheetML workbook (${wbPart})`, { part: wbPart });
  }
  const wbRels = pkg.relationships(wbPart);
  const relById = new Map<string, Relationship>(wbRels.map((r) => [r.id, r]));
  const indexByKey = new Map<string, number>();
  workbook.sheets.forEach((s, i) => {
    // Excel holds sheet names unique without regard to case: two that differ only in case mean a damaged package,
    // where the plan could be read from one sheet and written into the other.
    if (indexByKey.has(sheetKey(s.name))) {
      throw new HostError("unsupported-part", `xlsx: two sheets are named "${s.name}" apart from case`, { part: wbPart, sheet: s.name });
    }
    indexByKey.set(sheetKey(s.name), i);
  });

  // 1. Everything that could refuse the write, before anything is written.
  const targets: Target[] = [];
  let adds = 0;
  for (const sheet of patch.sheets) {
    const index = indexByKey.get(sheetKey(sheet.name));
    if (index === undefined) {
      if (sheet.mode === "update") {
        throw new HostError("write-failed", `xlsx: the workbook has no sheet "${sheet.name}" to update`, { sheet: sheet.name });
      }
      const problem = sheetNameProblem(sheet.name);
      if (problem) throw new HostError("write-failed", `xlsx: the sheet name "${sheet.name}" is not one Excel accepts (${problem})`, { sheet: sheet.name });
      adds++;
      targets.push({ patch: sheet });
      continue;
    }
    const entry = workbook.sheets[index];
    const rel = entry ? relById.get(entry.relId) : undefined;
    if (!rel || rel.external || relationshipKind(rel.type) !== "worksheet") {
      throw new HostError("unsupported-part", `xlsx: sheet "${sheet.name}" is not a worksheet`, { sheet: sheet.name, part: rel?.target ?? wbPart });
    }
    const xml = pkg.readText(rel.target);
    if (xml === undefined) throw new HostError("unsupported-part", `xlsx: the part of sheet "${sheet.name}" is missing`, { sheet: sheet.name, part: rel.target });
    if (guard(rel.target, () => isSheetProtected(xml))) {
      throw new HostError("sheet-protected", `xlsx: sheet "${sheet.name}" is protected`, { sheet: sheet.name });
    }
    targets.push({ patch: sheet, index, part: rel.target, xml });
  }
  if (adds > 0 && guard(wbPart, () => isLockedStructure(wbXml))) {
    throw new HostError("workbook-protected", "xlsx: the workbook's structure is protected; no sheet can be added");
  }

  // 2. Styles.
  // Resolved by the workbook's relationship only. A relationship to a part that is missing or is not a style sheet,
  // or two of them, is a damaged package: refused, never "repaired" by overwriting whatever part is there.
  const stylesRels = wbRels.filter((r) => !r.external && relationshipKind(r.type) === "styles");
  let stylesPart = stylesRels[0]?.target;
  if (stylesRels.length > 1) {
    throw new HostError("unsupported-part", "xlsx: the workbook has two styles relationships", { part: relationshipsPartName(wbPart) });
  }
  let stylesXml = stylesPart === undefined ? undefined : pkg.readText(stylesPart);
  if (stylesPart !== undefined && (stylesXml === undefined || guard(stylesPart, () => rootName(stylesXml as string)) !== "styleSheet")) {
    throw new HostError("unsupported-part", `xlsx: the styles relationship points at ${stylesPart}, which is not a style sheet`, { part: stylesPart });
  }
  const newStylesPart = stylesXml === undefined;
  if (stylesXml === undefined) {
    // No styles relationship: a new part under a name nobody uses (an orphan xl/styles.xml is left alone).
    stylesPart = pkg.has("xl/styles.xml") ? pkg.freeName("xl/styles", ".xml") : "xl/styles.xml";
    stylesXml = MINIMAL_STYLES;
  }
  const stylesName = stylesPart as string;
  const styles = guard(stylesName, () => new StylesEditor(stylesXml as string));
  const xfByKey = new Map<string, number | undefined>();
  const styleIndex = (key: string | undefined) => {
    if (key === undefined) return undefined;
    if (xfByKey.has(key)) return xfByKey.get(key);
    const style = patch.styles[key];
    const index = style === undefined ? undefined : styles.cellFormat(style);
    xfByKey.set(key, index);
    return index;
  };
  const dxfIndex = (key: string) => styles.differentialFormat(patch.styles[key] ?? {});

  // 3. Sheets.
  const result: ApplyResult = { cells: 0, sheetsCreated: [], sheetsUpdated: [] };
  const addSheets: { name: string; sheetId: number; relId: string; hidden?: boolean }[] = [];
  let nextSheetId = Math.max(0, ...workbook.sheets.map((s) => Number(s.sheetId) || 0)) + 1;
  let removedFormula = false;
  const finalIndex = new Map<string, number>();
  let appended = workbook.sheets.length;
  for (const target of targets) {
    const sheet = target.patch;
    const edits = {
      cells: sheet.cells,
      styleIndex,
      dxfIndex,
      clear: sheet.mode === "update" ? (sheet.clear ?? []) : [],
      merges: sheet.merges ?? [],
      columns: sheet.columns ?? [],
      // Excel refuses rows taller than 409 points (opening the file repairs them): capped here as on Office.js.
      rows: (sheet.rows ?? []).map((r) => ({ ...r, height: Math.min(r.height, MAX_ROW_HEIGHT) })),
      conditionalFormats: sheet.conditionalFormats ?? [],
      dataValidations: sheet.dataValidations ?? [],
      date1904: workbook.date1904,
    };
    result.cells += sheet.cells.length;
    if (sheet.mode === "update") {
      const part = target.part as string;
      const edited = guard(part, () => editWorksheet(target.xml as string, edits));
      removedFormula ||= edited.removedFormula;
      pkg.writeBytes(part, edited.bytes);
      result.sheetsUpdated.push(sheet.name);
      continue;
    }

    // Replace mode: the part is written whole; an earlier run's drawing and charts on it go first.
    let part = target.part;
    if (part !== undefined) {
      if (/<(\w+:)?f[\s>]/.test(target.xml ?? "")) removedFormula = true;
      const oldRels = pkg.relationships(part);
      const drawings = oldRels.filter((r) => !r.external && relationshipKind(r.type) === "drawing");
      for (const d of drawings) dropDrawing(pkg, d.target);
      pkg.removeRelationships(part, new Set(drawings.map((d) => d.id)));
      result.sheetsUpdated.push(sheet.name);
      finalIndex.set(sheetKey(sheet.name), target.index as number);
    } else {
      part = pkg.freeName("xl/worksheets/sheet", ".xml");
      const relId = pkg.addRelationship(wbPart, REL + "worksheet", relativeTarget(wbPart, part));
      pkg.setContentType(part, TYPES.worksheet);
      addSheets.push({ name: sheet.name, sheetId: nextSheetId++, relId, ...(sheet.hidden ? { hidden: true } : {}) });
      result.sheetsCreated.push(sheet.name);
      finalIndex.set(sheetKey(sheet.name), appended++);
      // A placeholder, so freeName does not hand the same name to the next new sheet.
      pkg.writeText(part, "");
    }
    let drawingRelId: string | undefined;
    const charts = sheet.charts ?? [];
    if (charts.length > 0) {
      const drawingPart = pkg.freeName("xl/drawings/drawing", ".xml");
      pkg.writeText(drawingPart, "");
      const chartRelIds = charts.map((chart) => {
        const chartPart = pkg.freeName("xl/charts/chart", ".xml");
        pkg.writeText(chartPart, chartXml(chart, sheet.name));
        pkg.setContentType(chartPart, TYPES.chart);
        return pkg.addRelationship(drawingPart, REL + "chart", relativeTarget(drawingPart, chartPart));
      });
      pkg.writeText(drawingPart, drawingXml(charts, chartRelIds));
      pkg.setContentType(drawingPart, TYPES.drawing);
      drawingRelId = pkg.addRelationship(part, REL + "drawing", relativeTarget(part, drawingPart));
    }
    const frame = newWorksheetXml(sheet, { selected: false, ...(drawingRelId ? { drawingRelId } : {}) });
    const written = guard(part, () => editWorksheet(frame, edits));
    pkg.writeBytes(part, written.bytes);
  }

  // 4. Styles part, calculation chain, workbook names and sheets.
  if (styles.changed() || newStylesPart) {
    pkg.writeText(stylesName, styles.toXml());
    if (newStylesPart) {
      pkg.setContentType(stylesName, TYPES.styles);
      pkg.addRelationship(wbPart, REL + "styles", relativeTarget(wbPart, stylesName));
    }
  }
  if (removedFormula) {
    // Excel refuses a calcChain.xml listing a cell that no longer holds a formula; it rebuilds the chain itself.
    const chain = wbRels.filter((r) => !r.external && relationshipKind(r.type) === "calcChain");
    for (const r of chain) {
      pkg.remove(r.target);
      pkg.removeContentType(r.target);
    }
    pkg.removeRelationships(wbPart, new Set(chain.map((r) => r.id)));
  }

  const names: DefinedNameEntry[] = patch.names.map((m) => ({
    name: m.name,
    formula: `${quoteSheetName(m.sheet)}!${absoluteRef(m.range)}`,
  }));
  const dropNames: { name: string; localSheetId?: number }[] = [];
  for (const sheet of patch.sheets) {
    if (sheet.mode !== "replace") continue;
    const localSheetId = finalIndex.get(sheetKey(sheet.name));
    if (localSheetId === undefined) continue;
    const quoted = quoteSheetName(sheet.name);
    const titles = sheet.pageSetup?.printTitleRows;
    if (titles) names.push({ name: "_xlnm.Print_Titles", localSheetId, formula: `${quoted}!$${titles.first + 1}:$${titles.last + 1}` });
    else dropNames.push({ name: "_xlnm.Print_Titles", localSheetId });
    const area = sheet.pageSetup?.printArea;
    if (area) names.push({ name: "_xlnm.Print_Area", localSheetId, formula: `${quoted}!${absoluteRef(area)}` });
    else dropNames.push({ name: "_xlnm.Print_Area", localSheetId });
  }
  const newWorkbook = guard(wbPart, () => editWorkbookXml(wbXml, { addSheets, names, dropNames }));
  if (newWorkbook !== wbXml) pkg.writeText(wbPart, newWorkbook);

  // 5. docProps/app.xml lists the sheets, as Excel keeps it.
  if (addSheets.length > 0) {
    const appPart = pkg.relationships("").find((r) => !r.external && relationshipKind(r.type) === "extended-properties")?.target ?? "docProps/app.xml";
    const appXml = pkg.readText(appPart);
    if (appXml !== undefined) {
      const edited = editAppXml(appXml, addSheets.map((s) => s.name));
      if (edited !== appXml) pkg.writeText(appPart, edited);
    }
  }

  // 6. Every part written has a content type (a .rels part added to a package that lists .rels parts one by one).
  const types = guard(CONTENT_TYPES_PART, () => readContentTypes(pkg.readText(CONTENT_TYPES_PART) ?? ""));
  for (const part of pkg.touched()) {
    if (!pkg.has(part) || part === CONTENT_TYPES_PART || contentTypeOf(types, part) !== undefined) continue;
    const type = fallbackContentType(part);
    if (type !== undefined) pkg.setContentType(part, type);
  }

  return { pkg, result };
}
