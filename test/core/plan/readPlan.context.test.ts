// What readPlan hands to the timeframe parser: the cell text (a date cell as dd/mm/yyyy) and the context
// read from the title or given in the options. The parser is replaced by a recorder here.
import type { Timeframe, TimeframeContext } from "../../../src/core/model/Timeframe";
import { readPlan } from "../../../src/core/plan/readPlan";
import { defaultDirectory } from "../../../src/core/units/directory";
import { GridBuilder, SEED_HEADER, workbook } from "./gridBuilder";

const calls: [string, TimeframeContext][] = [];

jest.mock("../../../src/core/timeframe/parseTimeframe", () => ({
  parseTimeframe: (text: string, ctx: TimeframeContext): Timeframe => {
    calls.push([text, ctx]);
    return { kind: "unparsed", text, reason: "free-text" };
  },
}));

beforeEach(() => {
  calls.length = 0;
});

const sheet = () =>
  new GridBuilder()
    .set("A1", "KẾ HOẠCH")
    .set("A2", "Thực hiện Chương trình năm 2026, giai đoạn 2023 – 2030")
    .set("A3", "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 5 tháng 1 năm 2025)")
    .row(5, SEED_HEADER)
    .row(6, [1, "Nhiệm vụ một", "Sở GDĐT", null, "Tháng 12 hằng năm"])
    .row(7, [2, "Nhiệm vụ hai", "Sở GDĐT"])
    .set("E7", 46203, "dd/mm/yyyy");

test("the title's plan year and programme period go to parseTimeframe; date cells as dd/mm/yyyy", () => {
  readPlan(workbook(sheet().build()), { directory: defaultDirectory() });
  expect(calls).toEqual([
    ["Tháng 12 hằng năm", { planYear: 2026, programPeriod: { start: 2023, end: 2030 }, header: "Thời gian hoàn thành" }],
    ["30/06/2026", { planYear: 2026, programPeriod: { start: 2023, end: 2030 }, header: "Thời gian hoàn thành" }],
  ]);
});

test("options override the title", () => {
  readPlan(workbook(sheet().build()), { directory: defaultDirectory(), planYear: 2027, programPeriod: { start: 2026, end: 2030 } });
  expect(calls[0]?.[1]).toEqual({ planYear: 2027, programPeriod: { start: 2026, end: 2030 }, header: "Thời gian hoàn thành" });
});

test("without a title nothing is implied; the column's header is always passed", () => {
  const b = new GridBuilder().row(1, SEED_HEADER).row(2, [1, "Nhiệm vụ", "Sở GDĐT", null, "Quý I"]);
  readPlan(workbook(b.build()), { directory: defaultDirectory() });
  expect(calls).toEqual([["Quý I", { header: "Thời gian hoàn thành" }]]);
});

test("the header as written goes to the parser, which decides the role from it", () => {
  const header = SEED_HEADER.map((h) => (h === "Thời gian hoàn thành" ? "Thời gian thực hiện" : h));
  const b = new GridBuilder().row(1, header).row(2, [1, "Nhiệm vụ", "Sở GDĐT", null, "Quý I/2027"]);
  readPlan(workbook(b.build()), { directory: defaultDirectory() });
  expect(calls).toEqual([["Quý I/2027", { header: "Thời gian thực hiện" }]]);
});

test("the same text is parsed once per read", () => {
  const b = new GridBuilder().row(1, SEED_HEADER);
  for (let r = 2; r < 12; r++) b.row(r, [r - 1, `Nhiệm vụ ${r}`, "Sở GDĐT", null, "2023 – 2030"]);
  const plan = readPlan(workbook(b.build()), { directory: defaultDirectory() }).plan;
  expect(plan?.tasks).toHaveLength(10);
  expect(calls).toHaveLength(1);
});
