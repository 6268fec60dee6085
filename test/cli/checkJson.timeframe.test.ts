// `check --json`: the timeframe's role, the new kinds' fields, and the further cells of a grouped issue.
import { readFileSync } from "fs";
import * as path from "path";
import { checkJson } from "../../src/cli/checkJson";
import { analyzeWorkbook } from "../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../src/core/model/Status";
import { parseTimeframe } from "../../src/core/timeframe/parseTimeframe";
import { readXlsx } from "../../src/xlsx/readXlsx";

const sample = path.join(__dirname, "../../assets/sample/ke-hoach-mau.xlsx");
const analyse = () =>
  analyzeWorkbook(readXlsx(new Uint8Array(readFileSync(sample))), { ...DEFAULT_SETTINGS, reportDate: "2026-11-30" });

test("every timeframe of the seed says it is a deadline (its column is “Thời gian hoàn thành”)", () => {
  const doc = checkJson(analyse(), "2026-11-30", "vi");
  expect(doc.tasks.map((t) => t.timeframe.role)).toEqual(Array(8).fill("deadline"));
  expect(doc.tasks[0]!.timeframe).toEqual({ text: "2023 – 2030", kind: "range", role: "deadline", start: "2023-01-01", due: "2030-12-31" });
});

test("event, open-ended and recurring-from timeframes carry their own fields", () => {
  const analysis = analyse();
  const tasks = analysis.plan!.tasks;
  const ctx = { programPeriod: { start: 2023, end: 2030 }, header: "Thời gian thực hiện" };
  tasks[0]!.timeframe = parseTimeframe("Sau khi Nghị định được ban hành", ctx);
  tasks[1]!.timeframe = parseTimeframe("Từ Quý II/2025", ctx);
  tasks[2]!.timeframe = parseTimeframe("2025 và những năm tiếp theo", ctx);
  const doc = checkJson(analysis, "2026-11-30", "en");
  expect(doc.tasks[0]!.timeframe).toEqual({
    text: "Sau khi Nghị định được ban hành",
    kind: "event",
    role: "period",
    relation: "after",
    trigger: "Sau khi Nghị định được ban hành",
  });
  expect(doc.tasks[1]!.timeframe).toEqual({ text: "Từ Quý II/2025", kind: "continuous", role: "period", start: "2025-04-01" });
  expect(doc.tasks[2]!.timeframe).toMatchObject({ kind: "recurring", firstYear: 2025 });
});

test("a problem found in several cells is one issue listing the further cells", () => {
  const doc = checkJson(analyse(), "2026-11-30", "vi");
  const grouped = doc.issues.filter((i) => i.cells !== undefined);
  expect(grouped.length).toBeGreaterThan(0);
  for (const issue of grouped) {
    expect(issue.message.startsWith(`Ô ${[issue.cell, ...issue.cells!].join(", ")} (trang Kế hoạch): `)).toBe(true);
  }
});
