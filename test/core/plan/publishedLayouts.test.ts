// The .xlsx fixtures of published layouts (scripts/fixtures/publishedLayoutFixtures.ts): numbered headings over
// sub-rows, and tasks grouped by lead unit, read from the file by the .xlsx host and the plan reader.
import * as fs from "fs";
import * as path from "path";
import type { FixtureExpectation } from "../../../scripts/fixtures/PlanFixture";
import { analyzeWorkbook } from "../../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../../src/core/model/Status";
import { readPlan } from "../../../src/core/plan/readPlan";
import { defaultDirectory } from "../../../src/core/units/directory";
import { readXlsx } from "../../../src/xlsx/readXlsx";

const dir = path.join(__dirname, "../../fixtures/plans");
const expected = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")) as Record<string, FixtureExpectation>;
const files = Object.keys(expected).filter((file) => expected[file]?.readerTasks !== undefined);
const directory = defaultDirectory();

test("both published layouts have fixtures", () => {
  expect(files.sort()).toEqual(["numbered-headings.xlsx", "unit-grouped.xlsx"]);
});

describe.each(files)("%s", (file) => {
  const exp = expected[file] as FixtureExpectation;
  const result = readPlan(readXlsx(new Uint8Array(fs.readFileSync(path.join(dir, file)))), { directory });
  const plan = result.plan;
  const tasks = plan?.tasks ?? [];
  const numberOf = (id: string | undefined) => (id === undefined ? null : (tasks.find((t) => t.id === id)?.number ?? `?${id}`));

  test("the table where expected", () => {
    expect(plan?.sheet).toBe(exp.sheet);
    expect([plan?.headerTopRow, plan?.headerRow, plan?.firstDataRow, plan?.lastDataRow]).toEqual([exp.headerTopRow, exp.headerRow, exp.firstDataRow, exp.lastDataRow]);
    expect([plan?.firstCol, plan?.lastCol]).toEqual([exp.firstCol, exp.lastCol]);
  });

  test("the tasks, sections, groups, parents and leads written in the fixture", () => {
    expect(tasks.map((t) => t.number)).toEqual(exp.taskNumbers);
    expect(plan?.sections.map((s) => s.number)).toEqual(exp.sections);
    expect(
      tasks.map((t) => ({
        number: t.number,
        section: t.section?.number ?? null,
        group: t.group?.number ?? null,
        parent: numberOf(t.parent),
        lead: t.lead.map((u) => u.name),
      })),
    ).toEqual(exp.readerTasks);
  });

  test("no reading issue", () => {
    expect(result.issues).toEqual([]);
  });
});

test("numbered-headings: the heading pasted over two rows keeps both paragraphs; notes are no tasks", () => {
  const plan = readPlan(readXlsx(new Uint8Array(fs.readFileSync(path.join(dir, "numbered-headings.xlsx")))), { directory }).plan;
  expect(plan?.tasks.find((t) => t.number === "3.1")?.group?.title).toBe("Chuyển đổi số trong giáo dục");
  expect(plan?.tasks.some((t) => t.title.startsWith("(*)") || t.title.startsWith("Ghi chú"))).toBe(false);
  expect(plan?.tasks.find((t) => t.number === "2.")?.title).toBe("Xây dựng cơ sở dữ liệu ngành giáo dục");
});

test.each([
  ["numbered-headings.xlsx", []],
  ["unit-grouped.xlsx", []],
])("%s: headings and shared group numbers raise no issue", (file, expectedIssues) => {
  const analysis = analyzeWorkbook(readXlsx(new Uint8Array(fs.readFileSync(path.join(dir, file)))), { ...DEFAULT_SETTINGS, reportDate: "2026-11-30" });
  const found = analysis.issues.filter((i) => i.severity !== "info").map((i) => [i.cell, i.code]);
  expect(found).toEqual(expectedIssues);
});

test("unit-grouped: the coordinating lists as officials write them", () => {
  const plan = readPlan(readXlsx(new Uint8Array(fs.readFileSync(path.join(dir, "unit-grouped.xlsx")))), { directory }).plan;
  const coordinating = (plan?.tasks ?? []).map((t) => t.coordinating.map((u) => [u.name, u.note ?? null, u.generic === true]));
  expect(coordinating).toEqual([
    [["Bộ Giáo dục và Đào tạo", null, false], ["Bộ Nội vụ", null, false]],
    [["Các bộ, ngành, địa phương", null, true]],
    [["Bộ GDĐT", null, false]],
    [["Bộ GDĐT", null, false], ["Bộ Nội vụ", null, false], ["các địa phương", null, true]],
    [["Bộ GDĐT", null, false]],
    [["Bộ Tài chính", "đối với kinh phí", false]],
    [["Các tỉnh, thành phố", null, true]],
  ]);
});
