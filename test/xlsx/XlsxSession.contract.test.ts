// The host contract on the .xlsx host. Cells are read back from the written package with ExcelJS, an independent
// reader, so the contract does not take the writer's word for what it wrote.
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { CellValue } from "../../src/core/grid/Grid";
import { XlsxSession } from "../../src/xlsx/XlsxSession";
import {
  runHostContract,
  type CellState,
  type HostOptions,
  type HostUnderTest,
  type ValidationState,
} from "../workbook/hostContract";
import { excelSerialToIso } from "../../src/core/date/calendar";
import { partText, sheetPartName } from "./support/zipParts";

/** Switches protection on inside the package, where Excel keeps it. */
function protect(bytes: Uint8Array, options: HostOptions): Uint8Array {
  if (!options.protectSheet && !options.protectWorkbook) return bytes;
  const parts = unzipSync(bytes);
  const edit = (name: string, change: (xml: string) => string) => {
    const data = parts[name];
    if (!data) throw new Error(`no part ${name}`);
    parts[name] = strToU8(change(strFromU8(data)));
  };
  if (options.protectSheet) {
    edit(sheetPartName(bytes, options.protectSheet), (xml) =>
      xml.replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1"/>'),
    );
  }
  if (options.protectWorkbook)
    edit("xl/workbook.xml", (xml) =>
      xml.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>'),
    );
  return zipSync(parts);
}

/** ExcelJS gives dates as Date (UTC midnight), links and rich text as objects: back to what a grid holds. */
function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("hyperlink" in value) return plain(value.text as ExcelJS.CellValue);
  if ("result" in value) return plain((value.result ?? null) as ExcelJS.CellValue);
  if ("error" in value) return value.error;
  return String(value);
}

async function cellsOf(bytes: Uint8Array, sheet: string): Promise<Map<string, CellState>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const ws = workbook.getWorksheet(sheet);
  const cells = new Map<string, CellState>();
  ws?.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const fill =
        cell.fill?.type === "pattern" && cell.fill.pattern === "solid"
          ? (cell.fill.fgColor?.argb?.slice(-6).toUpperCase() ?? null)
          : null;
      const state: CellState = { value: plain(cell.value), numberFormat: cell.numFmt ?? "General", fill };
      // A merged cell's followers echo the master's value in ExcelJS; the file holds them empty.
      if (cell.isMerged && cell.master !== cell) state.value = null;
      if (state.value !== null || state.numberFormat !== "General" || state.fill !== null)
        cells.set(cell.address, state);
    }),
  );
  return cells;
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** The file edited by someone else (ExcelJS standing in for Excel) and saved. */
async function edited(bytes: Uint8Array, edit: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = await loadWorkbook(bytes);
  edit(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function xlsxHost(bytes: Uint8Array): HostUnderTest {
  // The file on disk: replaced when someone else saves it, as the command line would then find it.
  let session = new XlsxSession(bytes);
  return {
    read: () => session.read(),
    apply: (patch, onProgress) => session.apply(patch, onProgress),
    loadSettings: () => session.loadSettings(),
    saveSettings: (settings) => session.saveSettings(settings),
    cellsOf: (sheet) => cellsOf(session.bytes(), sheet),
    reopen: async () => xlsxHost(session.bytes()),
    formulaOf: async (sheet, cell) => {
      const formula = (await loadWorkbook(session.bytes())).getWorksheet(sheet)?.getCell(cell).formula;
      return formula ? formula.replace(/^=/, "") : null;
    },
    insertColumn: async (sheet, col) => {
      const next = await edited(session.bytes(), (workbook) => workbook.getWorksheet(sheet)?.spliceColumns(col + 1, 0, []));
      session = new XlsxSession(next);
    },
    rowHeightsOf: async (sheet) => {
      const xml = partText(session.bytes(), sheetPartName(session.bytes(), sheet));
      const heights = new Map<number, number>();
      for (const m of xml.matchAll(/<(?:\w+:)?row\s[^>]*\br="(\d+)"[^>]*\bht="([\d.]+)"/g))
        heights.set(Number(m[1]) - 1, Number(m[2]));
      return heights;
    },
    validationsOf: async (sheet) => validationsOf(session.bytes(), sheet),
    pageFitOf: async (sheet) => {
      const setup = (await loadWorkbook(session.bytes())).getWorksheet(sheet)?.pageSetup;
      return setup?.fitToPage ? { wide: setup.fitToWidth ?? 1, tall: setup.fitToHeight ?? 1 } : null;
    },
  };
}

/** The validations as written in the worksheet part (ExcelJS splits them cell by cell). */
function validationsOf(bytes: Uint8Array, sheet: string): ValidationState[] {
  const xml = partText(bytes, sheetPartName(bytes, sheet));
  const out: ValidationState[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?dataValidation\s([^>]*)>([\s\S]*?)<\/(?:\w+:)?dataValidation>/g)) {
    const attrs = m[1] ?? "";
    const type = /\btype="([^"]+)"/.exec(attrs)?.[1] ?? "";
    const sqref = /\bsqref="([^"]+)"/.exec(attrs)?.[1] ?? "";
    const range = sqref.includes(":") ? sqref : `${sqref}:${sqref}`;
    if (type === "list") {
      out.push({ range, kind: "list" });
      continue;
    }
    const formula = (n: number) => new RegExp(`<(?:\\w+:)?formula${n}>([^<]*)<`).exec(m[2] ?? "")?.[1] ?? "";
    const bound = (text: string): number | string => (type === "date" ? (excelSerialToIso(Number(text)) ?? text) : Number(text));
    out.push({ range, kind: type as ValidationState["kind"], min: bound(formula(1)), max: bound(formula(2)) });
  }
  return out.sort((x, y) => (x.range < y.range ? -1 : x.range > y.range ? 1 : 0));
}

runHostContract("XlsxSession", async (bytes, options = {}) => {
  const formula = options.formula;
  const start = formula
    ? await edited(bytes, (workbook) => {
        workbook.getWorksheet(formula.sheet)!.getCell(formula.cell).value = { formula: formula.formula };
      })
    : bytes;
  return xlsxHost(protect(start, options));
});
