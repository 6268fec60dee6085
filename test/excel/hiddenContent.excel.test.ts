// Issue 9 §3a on the Office.js host: staff content right of the table that the values do not show — a formula whose
// result is "", a data validation and a conditional format over empty cells, a comment and a note on empty cells —
// keeps plan-tracker's columns to its right, and is left as it was.
import { readXlsx } from "../../src/xlsx/readXlsx";
import { ExcelSession } from "../../src/excel/ExcelSession";
import { refreshWorkbook } from "../../src/workbook/refresh";
import { contractSettings, sampleBytes } from "../workbook/hostContract";
import { FakeDocumentSettings, FakeWorkbookModel, type FakeSheetModel } from "./fakeExcel";

const PLAN = "Kế hoạch";
// The sample's table is A–F, header on row 8, tasks on rows 9–16 (0-based 8–15). The first run adds four input
// columns, then the status, due, days-left and key columns.
const G = 6;
const H = 7;
const I = 8;
const J = 9;
const K = 10;

function withHiddenContent(): { model: FakeWorkbookModel; sheet: FakeSheetModel } {
  const model = FakeWorkbookModel.fromSnapshot(readXlsx(sampleBytes()));
  const sheet = model.sheet(PLAN);
  if (!sheet) throw new Error("no plan sheet");
  sheet.cells.set(`11,${G}`, { value: null, formula: '=IF(1>2,"x","")', numberFormat: "General", fill: null, font: {}, borders: {} });
  sheet.validations.push({
    range: { top: 8, left: H, bottom: 15, right: H },
    rule: { list: { source: "Có,Không", inCellDropDown: true } },
  });
  sheet.conditionalFormats.push({
    range: { top: 8, left: I, bottom: 15, right: I },
    type: "CellValue",
    rule: { formula1: "0", operator: "GreaterThan" },
    format: { fill: "FFC7CE", font: {} },
  });
  sheet.comments.push({ row: 9, col: J, content: "Hỏi lại Sở Tài chính" });
  sheet.notes.push({ row: 10, col: K, content: "Đã gửi công văn" });
  return { model, sheet };
}

function session(model: FakeWorkbookModel, notes: boolean): ExcelSession {
  return new ExcelSession({
    run: model.run,
    settings: new FakeDocumentSettings(model),
    isSetSupported: (name, version) => notes && name === "ExcelApi" && Number(version) <= 1.18,
  });
}

test("plan-tracker's columns start right of column K, and the formula, rules, comment and note are untouched", async () => {
  const { model, sheet } = withHiddenContent();
  const before = structuredClone({ formula: sheet.cells.get(`11,${G}`), validations: sheet.validations, formats: sheet.conditionalFormats });
  const outcome = await refreshWorkbook(session(model, true), contractSettings());
  const inputLeft = outcome.patch?.sheets
    .find((s) => s.name === PLAN)
    ?.cells.filter((c) => c.row === 7 && c.value === "Tình trạng")
    .map((c) => c.col);
  expect(inputLeft).toEqual([K + 1]);
  const status = outcome.patch?.names.find((n) => n.name === "PlanTracker_Status")?.range.left;
  expect(status).toBe(K + 5);
  expect(sheet.cells.get(`11,${G}`)).toEqual(before.formula);
  // The staff's own rule and validation are still there, as they were (plan-tracker adds its own in its columns).
  expect(sheet.validations).toEqual(expect.arrayContaining(before.validations));
  expect(sheet.conditionalFormats).toEqual(expect.arrayContaining(before.formats));
  expect(sheet.comments).toEqual([{ row: 9, col: J, content: "Hỏi lại Sở Tài chính" }]);
  expect(sheet.notes).toEqual([{ row: 10, col: K, content: "Đã gửi công văn" }]);
  for (const col of [G, H, I, J, K]) for (let row = 8; row <= 15; row++) if (!(row === 11 && col === G)) expect(sheet.cells.get(`${row},${col}`)?.value ?? null).toBeNull();
});

test("a second run finds its columns again and the staff's content is still right where it was", async () => {
  const { model } = withHiddenContent();
  const host = session(model, true);
  const first = await refreshWorkbook(host, contractSettings());
  const second = await refreshWorkbook(host, contractSettings());
  const at = (o: typeof first) => o.patch?.names.find((n) => n.name === "PlanTracker_Status")?.range.left;
  expect(at(second)).toBe(at(first));
  expect(second.analysis.statuses).toEqual(first.analysis.statuses);
});

test("the read costs no extra sync on a sheet without comments or notes, and one when there are some", async () => {
  const plain = FakeWorkbookModel.fromSnapshot(readXlsx(sampleBytes()));
  await session(plain, true).read();
  const { model } = withHiddenContent();
  await session(model, true).read();
  expect(model.syncs).toBe(plain.syncs + 1);
});

test("without Worksheet.notes (an Excel before ExcelApi 1.18) the note is not seen, the rest still is", async () => {
  const { model } = withHiddenContent();
  const snapshot = await session(model, false).read();
  const other = snapshot.sheets.find((s) => s.name === PLAN)?.otherContent ?? [];
  const columns = new Set(other.flatMap((r) => Array.from({ length: r.right - r.left + 1 }, (_, i) => r.left + i)));
  expect([...columns].sort((a, b) => a - b)).toEqual([G, H, I, J]);
});

test("a sheet whose formula cells are too scattered to list in one answer counts as filled, and the read goes on", async () => {
  const { model } = withHiddenContent();
  // 120,000 formula cells no two of which touch: their addresses alone are more than the 5 MB an answer may hold.
  const data = FakeWorkbookModel.fromSnapshot({ sheets: [{ name: "Số liệu tổng hợp các năm 2020", values: [], merges: [] }], names: [] }).sheets[0];
  if (!data) throw new Error("no sheet");
  for (let r = 0; r < 24_000; r += 2)
    for (let c = 0; c < 20; c += 2)
      data.cells.set(`${r},${c}`, { value: null, formula: `=ROW()*${c}`, numberFormat: "General", fill: null, font: {}, borders: {} });
  model.sheets.push(data);
  const snapshot = await session(model, true).read();
  expect(model.requests.some((r) => r.responseBytes > 5 * 1024 * 1024)).toBe(true);
  expect(snapshot.sheets.find((s) => s.name === data.name)?.otherContent).toEqual([{ top: 0, left: 0, bottom: 23_998, right: 18 }]);
  const plan = snapshot.sheets.find((s) => s.name === PLAN)?.otherContent ?? [];
  expect(new Set(plan.map((r) => r.left))).toEqual(new Set([G, H, I, J, K]));
});
