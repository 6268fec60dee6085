// Cross-check: on workbooks ExcelJS can load, readXlsx sees the same cells, formats, merges and visibility.
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../src/core/grid/Grid";
import { parseAddress } from "../../src/core/grid/address";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { fixtureBytes } from "./packageFixtures";

interface SheetView {
  name: string;
  hidden: boolean;
  cells: Record<string, CellValue>;
  formats: Record<string, string>;
  merges: string[];
}

const MS_PER_DAY = 86_400_000;

function excelJsValue(value: ExcelJS.CellValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + 25_569 - (date1904 ? 1462 : 0);
  if (typeof value === "object") {
    if ("error" in value) return value.error;
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("result" in value) return excelJsValue((value.result ?? null) as ExcelJS.CellValue, date1904);
    if ("formula" in value || "sharedFormula" in value) return null;
    if ("text" in value) return String(value.text);
    return null;
  }
  return value;
}

async function viewWithExcelJs(bytes: Uint8Array): Promise<SheetView[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const date1904 = Boolean(wb.properties.date1904);
  return wb.worksheets.map((ws) => {
    const view: SheetView = {
      name: ws.name,
      hidden: ws.state !== "visible",
      cells: {},
      formats: {},
      merges: [],
    };
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        // ExcelJS repeats a merged area's value in every cell of it; a Grid keeps it in the top-left only.
        if (cell.isMerged && cell.master !== cell) return;
        const value = excelJsValue(cell.value, date1904);
        if (value === null) return;
        const key = `${r - 1},${c - 1}`;
        view.cells[key] = value;
        if (cell.numFmt && cell.numFmt !== "General") view.formats[key] = cell.numFmt;
      }),
    );
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    view.merges = merges.map((ref) => {
      const [a, b] = ref.split(":").map((p) => parseAddress(p));
      return `${a?.row},${a?.col}:${b?.row},${b?.col}`;
    });
    return view;
  });
}

function viewOfGrid(grid: Grid): SheetView {
  const view: SheetView = {
    name: grid.name,
    hidden: grid.hidden ?? false,
    cells: {},
    formats: {},
    merges: [],
  };
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      view.cells[`${r},${c}`] = value;
      const format = grid.formats?.[r]?.[c];
      if (format) view.formats[`${r},${c}`] = format;
    }),
  );
  view.merges = grid.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`);
  return view;
}

// strict.xlsx is left out: ExcelJS reads its t="d" cell "2026-06-30" as the number 2026.
describe("readXlsx agrees with ExcelJS 4.4.0", () => {
  test.each([
    "plan-basic.xlsx",
    "formulas.xlsx",
    "hidden-sheets.xlsx",
    "validations-cf.xlsx",
    "image.xlsx",
    "comments.xlsx",
    "date1904.xlsx",
    "rich-text.xlsx",
    "pivot.xlsx",
    "defined-names.xlsx",
    "macro.xlsm",
  ])("%s", async (name) => {
    const bytes = fixtureBytes(name);
    const ours = readXlsx(bytes).sheets.map(viewOfGrid);
    const theirs = await viewWithExcelJs(bytes);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toEqual(theirs);
  });

  test("where ExcelJS fails on openpyxl's bar chart, readXlsx reads the workbook", async () => {
    const bytes = fixtureBytes("chart-openpyxl.xlsx");
    await expect(
      new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer),
    ).rejects.toThrow("anchors");
    expect(readXlsx(bytes).sheets.map((g) => g.name)).toEqual(["Kế hoạch", "Số liệu", "Ghi chú"]);
  });
});
