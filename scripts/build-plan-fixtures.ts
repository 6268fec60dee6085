// Builds the plan-layout fixtures in test/fixtures/plans/: one small .xlsx per real case (the cases and their
// comments are in scripts/fixtures/planFixtures.ts), expected.json with what a plan reader should find in
// each, and the README listing them. Same bytes on every run.
// Run: npx ts-node --transpile-only scripts/build-plan-fixtures.ts
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { PLAN_FIXTURES } from "./fixtures/planFixtures";
import type { FixtureExpectation, PlanFixture } from "./fixtures/PlanFixture";
import { estimateRowHeight } from "./samples/planSheetLayout";
import { writeDeterministicXlsx } from "./samples/writeDeterministicXlsx";

export const FIXTURE_DIR = path.resolve(__dirname, "..", "test", "fixtures", "plans");

/** expected.json: file name → what a reader should find. */
export function expectationsJson(fixtures: PlanFixture[]): string {
  const byFile: Record<string, FixtureExpectation> = {};
  for (const fixture of fixtures) byFile[fixture.file] = fixture.expect;
  return JSON.stringify(byFile, null, 2) + "\n";
}

function rows(expect: FixtureExpectation): string {
  if (expect.headerRow === null) return "—";
  return expect.headerTopRow === expect.headerRow
    ? `${expect.headerRow}`
    : `${expect.headerTopRow}–${expect.headerRow}`;
}

export function fixturesReadme(fixtures: PlanFixture[]): string {
  const lines = [
    "# Plan-layout fixtures",
    "",
    'Small workbooks, each reproducing one way real plans arrive in Excel (see domain.md, "How plans arrive in',
    'Excel"). They are built by `scripts/build-plan-fixtures.ts` from the definitions in',
    "`scripts/fixtures/planFixtures.ts` (each with a comment naming the real case); do not edit them by hand.",
    "Rebuild with `npx ts-node --transpile-only scripts/build-plan-fixtures.ts`: the bytes do not change.",
    "",
    "`expected.json` holds, per file, what a correct plan reader reports: the plan's sheet (null when there is",
    "none), header rows, first and last data rows (1-based), first and last table columns (0-based), the TT of each",
    "task as written and trimmed, the section numbers, the other sheets that look like a plan but must lose, and",
    "for progress-columns.xlsx the progress of each task. This README is generated from the same definitions.",
    "",
    "The seed's own layouts are in `assets/sample/`: `ke-hoach-mau.xlsx` (one row per task, header row 8, tasks",
    "in rows 9–16, TT 1, blank, 3, 3, 4, blank, blank, blank) and `ke-hoach-dan-tu-word.xlsx` (the Word-paste",
    "layout: each paragraph on its own row, the other cells of a task merged vertically).",
    "",
    "| file | case it reproduces | sheet | header row | tasks | what a reader should find |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const { file, reproduces, find, expect } of fixtures) {
    const sheet = expect.sheet === null ? "none" : `"${expect.sheet}"`;
    const cells = [file, reproduces, sheet, rows(expect), String(expect.taskNumbers.length), find];
    lines.push(`| ${cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |`);
  }
  return lines.join("\n") + "\n";
}

/** Row heights that show wrapped text, and a landscape page one page wide, so the fixtures open readable. */
function finishSheets(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) {
    const widths = Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width ?? 10);
    ws.eachRow((row) => {
      const merged = new Set<number>();
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) merged.add(Number(cell.col));
      });
      const texts: (string | null)[] = widths.map((_, i) => {
        const cell = row.getCell(i + 1);
        // Merged title and section cells span the table: their width is not one column's.
        if (cell.isMerged || merged.has(i + 1)) return null;
        return typeof cell.value === "string" ? cell.value : null;
      });
      row.height = estimateRowHeight(texts, widths);
    });
    ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  }
}

export async function buildPlanFixtures(outDir = FIXTURE_DIR, fixtures = PLAN_FIXTURES): Promise<string[]> {
  const written: string[] = [];
  for (const fixture of fixtures) {
    const workbook = new ExcelJS.Workbook();
    fixture.build(workbook);
    finishSheets(workbook);
    const file = path.join(outDir, fixture.file);
    await writeDeterministicXlsx(workbook, file);
    written.push(file);
  }
  fs.writeFileSync(path.join(outDir, "expected.json"), expectationsJson(fixtures), "utf8");
  fs.writeFileSync(path.join(outDir, "README.md"), fixturesReadme(fixtures), "utf8");
  return written;
}

if (require.main === module) {
  buildPlanFixtures().then(
    (files) =>
      process.stdout.write(`${files.length} fixtures in ${path.relative(process.cwd(), FIXTURE_DIR)}\n`),
    (error: unknown) => {
      process.stderr.write(`build-plan-fixtures: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
