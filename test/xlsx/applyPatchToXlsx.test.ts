import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import type { CellValue, Grid } from "../../src/core/grid/Grid";
import type { WorkbookPatch } from "../../src/core/patch/WorkbookPatch";
import { applyPatchToXlsx } from "../../src/xlsx/applyPatchToXlsx";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { HostError } from "../../src/workbook/WorkbookSession";
import { fixtureBytes } from "./packageFixtures";
import { ownedColumns, reportPatch } from "./support/reportPatch";
import { partText, sheetPartName, zipParts } from "./support/zipParts";

const DATE = "2026-11-30";
const PLAN = "Kế hoạch";

const FIXTURES = [
  "plan-basic.xlsx",
  "formulas.xlsx",
  "hidden-sheets.xlsx",
  "validations-cf.xlsx",
  "image.xlsx",
  "comments.xlsx",
  "date1904.xlsx",
  "macro.xlsm",
  "rich-text.xlsx",
  "quirks.xlsx",
  "chart-openpyxl.xlsx",
  "defined-names.xlsx",
  "pivot.xlsx",
];

/** Parts a report may change: the workbook, its relationships, styles, content types and the calculation chain. */
// docProps/app.xml lists the sheets, so it changes when sheets are added (as Excel keeps it).
const MAY_CHANGE = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/calcChain.xml", "docProps/app.xml"]);

function staffView(grid: Grid, owned: ReadonlySet<number>): { values: CellValue[][]; formats: unknown[][]; merges: string[] } {
  const keep = <T>(rows: T[][] | undefined) => (rows ?? []).map((row) => row.map((v, c) => (owned.has(c) ? null : v)));
  const trim = <T>(rows: T[][]) => rows.map((r) => { const out = [...r]; while (out.length > 0 && (out[out.length - 1] ?? null) === null) out.pop(); return out; });
  const values = trim(keep(grid.values));
  while (values.length > 0 && (values[values.length - 1] as unknown[]).length === 0) values.pop();
  const formats = trim(keep(grid.formats as unknown[][]));
  while (formats.length > 0 && (formats[formats.length - 1] as unknown[]).length === 0) formats.pop();
  const merges = grid.merges
    .filter((m) => ![...owned].some((c) => c >= m.left && c <= m.right))
    .map((m) => `${m.top},${m.left},${m.bottom},${m.right}`)
    .sort();
  return { values, formats, merges };
}

async function excelJsLoad(bytes: Uint8Array): Promise<ExcelJS.Workbook | null> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return wb;
  } catch {
    return null;
  }
}

function excelJsStaffCells(ws: ExcelJS.Worksheet, owned: ReadonlySet<number>): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (owned.has(Number(cell.col) - 1)) return;
      // Empty unstyled cells ExcelJS lists up to a row's last cell (which moves right when owned cells are added).
      if (cell.value === null && JSON.stringify(cell.style ?? {}) === "{}") return;
      out.set(cell.address, JSON.stringify({ v: cell.value, font: cell.font, fill: cell.fill, numFmt: cell.numFmt, border: cell.border }));
    }),
  );
  return out;
}

describe("applyPatchToXlsx on the package fixtures", () => {
  test.each(FIXTURES)("%s: untouched parts byte-identical, entry order kept, staff cells unchanged", async (name) => {
    const before = fixtureBytes(name);
    const patch = reportPatch(before, DATE);
    const { bytes, result } = applyPatchToXlsx(before, patch);
    expect(result.sheetsUpdated).toContain(PLAN);
    expect(result.sheetsCreated.length).toBe(4);

    const a = zipParts(before);
    const b = zipParts(bytes);
    const changedSheets: string[] = [];
    for (const [part, data] of a) {
      const after = b.get(part);
      if (MAY_CHANGE.has(part)) continue;
      expect(after).toBeDefined();
      if (after && Buffer.compare(Buffer.from(after), Buffer.from(data)) !== 0) changedSheets.push(part);
    }
    // Only the plan sheet's own part changed among the rest, and it now holds the owned header.
    expect(changedSheets).toHaveLength(1);
    expect(changedSheets[0]).toMatch(/worksheets\/.*\.xml$/);
    expect(partText(bytes, changedSheets[0] as string)).toContain("Trạng thái");
    // Entry order: the original entries first, in their order.
    expect([...b.keys()].filter((k) => a.has(k))).toEqual([...a.keys()].filter((k) => b.has(k)));

    // Staff cells (values, number formats, merges) through the reader, every sheet.
    const owned = ownedColumns(patch, PLAN);
    const oldBook = readXlsx(before);
    const newBook = readXlsx(bytes);
    for (const grid of oldBook.sheets) {
      const again = newBook.sheets.find((s) => s.name === grid.name);
      expect(again).toBeDefined();
      const cols = grid.name === PLAN ? owned : new Set<number>();
      expect(staffView(again as Grid, cols)).toEqual(staffView(grid, cols));
      expect(again?.hidden).toBe(grid.hidden);
    }
    // Names other than the markers kept.
    const kept = oldBook.names.filter((n) => !n.name.startsWith("PlanTracker_"));
    for (const n of kept) expect(newBook.names).toContainEqual(n);

    // ExcelJS as an independent reader: the output opens, staff cells keep value, font, fill, format and border.
    const oldWb = await excelJsLoad(before);
    const newWb = await excelJsLoad(bytes);
    if (oldWb) {
      expect(newWb).not.toBeNull();
      const oldWs = oldWb.getWorksheet(PLAN) as ExcelJS.Worksheet;
      const newWs = newWb?.getWorksheet(PLAN) as ExcelJS.Worksheet;
      expect(excelJsStaffCells(newWs, owned)).toEqual(excelJsStaffCells(oldWs, owned));
      const staffMerges = (ws: ExcelJS.Worksheet) =>
        (ws.model.merges ?? []).filter((ref: string) => {
          const m = /^([A-Z]+)\d+:([A-Z]+)\d+$/.exec(ref);
          if (!m) return true;
          const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          for (let c = col(m[1] as string); c <= col(m[2] as string); c++) if (owned.has(c)) return false;
          return true;
        }).sort();
      expect(staffMerges(newWs)).toEqual(staffMerges(oldWs));
    }
  });

  test("strict OOXML is refused as unsupported-part, not half-written", () => {
    const bytes = fixtureBytes("strict.xlsx");
    const patch: WorkbookPatch = { styles: {}, sheets: [{ name: PLAN, mode: "update", cells: [{ row: 0, col: 9, value: "x" }] }], names: [] };
    expect(() => applyPatchToXlsx(bytes, patch)).toThrow(expect.objectContaining({ code: "unsupported-part" }));
  });
});

describe("applyPatchToXlsx: what it writes", () => {
  const base = fixtureBytes("plan-basic.xlsx");
  const patch = reportPatch(base, DATE);
  const out = applyPatchToXlsx(base, patch).bytes;

  test("owned cells read back through ExcelJS with their values and fills", async () => {
    const wb = await excelJsLoad(out);
    expect(wb).not.toBeNull();
    const planPatch = patch.sheets.find((s) => s.name === PLAN);
    const ws = wb?.getWorksheet(PLAN) as ExcelJS.Worksheet;
    let checked = 0;
    for (const cell of planPatch?.cells ?? []) {
      const got = ws.getCell(cell.row + 1, cell.col + 1);
      const v = cell.value;
      if (typeof v === "string") expect(got.value).toBe(v);
      else if (typeof v === "number") expect(got.value).toBe(v);
      else if (v !== null && typeof v === "object" && "date" in v) expect((got.value as Date).toISOString().slice(0, 10)).toBe(v.date);
      const fill = cell.style ? patch.styles[cell.style]?.fill : undefined;
      if (fill) expect((got.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${fill}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  test("markers, new sheets and print titles in workbook.xml; charts as drawing + chart parts with content types", () => {
    const book = readXlsx(out);
    expect(book.sheets.map((s) => s.name)).toEqual([...readXlsx(base).sheets.map((s) => s.name), "Tổng hợp", "Lộ trình", "BC T11-2026", "Lịch sử"]);
    for (const m of patch.names) expect(book.names.map((n) => n.name)).toContain(m.name);
    const parts = zipParts(out);
    const charts = [...parts.keys()].filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k));
    const expectedCharts = patch.sheets.reduce((n, s) => n + (s.charts?.length ?? 0), 0);
    expect(charts).toHaveLength(expectedCharts);
    const types = partText(out, "[Content_Types].xml");
    for (const c of charts) expect(types).toContain(`PartName="/${c}"`);
    const chart = partText(out, charts[0] as string);
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart).toContain("Tổng hợp");
    const workbook = partText(out, "xl/workbook.xml");
    expect(workbook).toMatch(/_xlnm\.Print_Titles/);
  });

  test("styles appended: every existing cellXfs entry keeps its index and XML", () => {
    const xfs = (xml: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1]?.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
    const before = xfs(partText(base, "xl/styles.xml"));
    const after = xfs(partText(out, "xl/styles.xml"));
    expect(after.length).toBeGreaterThan(before.length);
    expect(after.slice(0, before.length)).toEqual(before);
  });

  test("a second run reuses its styles and rules: styles.xml and the plan sheet do not grow", () => {
    const again = applyPatchToXlsx(out, reportPatch(out, DATE)).bytes;
    expect(partText(again, "xl/styles.xml")).toBe(partText(out, "xl/styles.xml"));
    const planPart = sheetPartName(out, PLAN);
    const count = (xml: string, re: RegExp) => (xml.match(re) ?? []).length;
    const first = partText(out, planPart);
    const second = partText(again, planPart);
    expect(count(second, /<conditionalFormatting/g)).toBe(count(first, /<conditionalFormatting/g));
    expect(count(second, /<mergeCell /g)).toBe(count(first, /<mergeCell /g));
    expect(count(second, /<dataValidation /g)).toBe(count(first, /<dataValidation /g));
  });
});

describe("applyPatchToXlsx refuses before writing", () => {
  const base = fixtureBytes("plan-basic.xlsx");
  const withPart = (name: string, edit: (xml: string) => string): Uint8Array => {
    const parts = zipParts(base);
    const xml = new TextDecoder().decode(parts.get(name));
    parts.set(name, new TextEncoder().encode(edit(xml)));
    return zipSync(Object.fromEntries(parts));
  };
  const cellPatch = (sheet: string, mode: "update" | "replace" = "update"): WorkbookPatch => ({
    styles: {},
    sheets: [{ name: sheet, mode, cells: [{ row: 0, col: 20, value: "x" }] }],
    names: [],
  });

  test("a protected target sheet → sheet-protected with the sheet's name", () => {
    const bytes = withPart("xl/worksheets/sheet1.xml", (xml) => xml.replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1"/>'));
    const attempt = () => applyPatchToXlsx(bytes, cellPatch(PLAN));
    expect(attempt).toThrow(HostError);
    expect(attempt).toThrow(expect.objectContaining({ code: "sheet-protected", detail: { sheet: PLAN } }));
  });

  test("sheetProtection without sheet=\"1\" does not block", () => {
    const bytes = withPart("xl/worksheets/sheet1.xml", (xml) => xml.replace("</sheetData>", '</sheetData><sheetProtection sheet="0"/>'));
    expect(() => applyPatchToXlsx(bytes, cellPatch(PLAN))).not.toThrow();
  });

  test("a locked workbook structure refuses new sheets but not updates", () => {
    const bytes = withPart("xl/workbook.xml", (xml) => xml.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>'));
    expect(() => applyPatchToXlsx(bytes, cellPatch("Mới", "replace"))).toThrow(expect.objectContaining({ code: "workbook-protected" }));
    expect(() => applyPatchToXlsx(bytes, cellPatch(PLAN))).not.toThrow();
  });

  test("an unscannable target part → unsupported-part naming the part", () => {
    const bytes = withPart("xl/worksheets/sheet1.xml", (xml) => xml.replace("</worksheet>", "").replace(/<\/sheetData>[\s\S]*$/, "</sheetData><mergeCells"));
    expect(() => applyPatchToXlsx(bytes, cellPatch(PLAN))).toThrow(expect.objectContaining({ code: "unsupported-part" }));
  });

  test("an update of a sheet that does not exist fails", () => {
    expect(() => applyPatchToXlsx(base, cellPatch("Không có"))).toThrow(expect.objectContaining({ code: "write-failed" }));
  });
});
