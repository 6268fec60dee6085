// Every hostile or damaged package of test/fixtures/hostile through the real command line (node bin/plan-tracker.js,
// built into lib/ first): exit code 0, 1 or 2, no stack frame, no output file on exit 2, within 10 s and 512 MB of
// peak memory (the child's maxRSS; the time is a ceiling far above a normal run, not a measure of the machine).
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { hasStackFrame, runCli, type CliRun } from "../../scripts/fuzz/runCli";

const ROOT = path.resolve(__dirname, "../..");
const DIR = path.join(ROOT, "test/fixtures/hostile");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".xlsx")).sort();

/** Files that must be refused (exit 2) and what the one line says; the others must be accepted (exit 0). */
const REFUSED: Record<string, RegExp> = {
  "bomb-sheet-declared.xlsx": /quá lớn khi giải nén/,
  "bomb-sheet-lying.xlsx": /bị hỏng: phần "xl\/worksheets\/sheet1.xml"/,
  "bomb-shared-strings.xlsx": /quá lớn khi giải nén/,
  "content-types-empty.xlsx": /\[Content_Types\]\.xml/,
  "content-types-malformed.xlsx": /\[Content_Types\]\.xml/,
  "content-types-missing.xlsx": /\[Content_Types\]\.xml/,
  "crc-wrong.xlsx": /bị hỏng: phần "xl\/worksheets\/sheet1.xml"/,
  "root-rels-loop.xlsx": /không phải là sổ làm việc/,
  "sheet-names-case-twins.xlsx": /"Kế hoạch" và "kế hoạch"/,
  "sheet-unterminated.xlsx": /bị hỏng/,
  "size-too-large.xlsx": /bị hỏng: phần "xl\/worksheets\/sheet1.xml"/,
  "size-zero.xlsx": /bị hỏng: phần "xl\/worksheets\/sheet1.xml"/,
  "styles-rel-wrong.xlsx": /"xl\/worksheets\/sheet1.xml"/,
  "workbook-not-xml.xlsx": /không phải là sổ làm việc/,
  "zip-count-lies.xlsx": /bị hỏng/,
  "zip-truncated-directory.xlsx": /bị hỏng/,
};

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT });
}, 120_000);

function expectClean(run: CliRun): void {
  expect(hasStackFrame(run)).toBe(false);
  expect(run.signal).toBeNull();
  expect([0, 1, 2]).toContain(run.code);
  if (run.code === 2) expect(run.wroteOutput).toBe(false);
  expect(run.ms).toBeLessThan(10_000);
  expect(run.maxRssMb).toBeLessThan(512);
}

test("the hostile set is the one described in its README", () => {
  const readme = readFileSync(path.join(DIR, "README.md"), "utf8");
  for (const f of FILES) expect(readme).toContain(`| ${f} |`);
  expect(FILES.length).toBeGreaterThanOrEqual(30);
});

describe.each(FILES)("%s", (file) => {
  test("report: one clean outcome", () => {
    const run = runCli("report", path.join(DIR, file), 30_000);
    expectClean(run);
    const refused = REFUSED[file];
    if (refused) {
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(refused);
    } else {
      expect(run.code).toBe(0);
      expect(run.wroteOutput).toBe(true);
    }
  }, 40_000);
});

describe.each(["ref-A999999999.xlsx", "bomb-unrelated-entry.xlsx", "long-cells.xlsx", "billion-laughs.xlsx", "far-apart-cells.xlsx"])("%s", (file) => {
  test("check: one clean outcome", () => {
    const run = runCli("check", path.join(DIR, file), 30_000);
    expectClean(run);
    expect(run.code).toBe(0);
  }, 40_000);
});

test("check names the cells beyond the grid", () => {
  const run = runCli("check", path.join(DIR, "ref-AAAAAAAAAAAA.xlsx"), 30_000);
  expect(run.stdout).toContain("AAAAAAAAAAAA9");
}, 40_000);

test("an entity is never expanded: neither the laughs nor /etc/passwd reach the output", () => {
  for (const file of ["billion-laughs.xlsx", "external-entity.xlsx"]) {
    const run = runCli("check", path.join(DIR, file), 30_000);
    expect(run.stdout).not.toMatch(/lollol|root:/);
    expect(run.stdout.length).toBeLessThan(20_000);
  }
}, 60_000);

test("output into a closed pipe ends quietly (plan-tracker check f.xlsx | head -1)", async () => {
  const { spawn } = await import("node:child_process");
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { writeGeneratedPlan } = await import("../../scripts/samples/generatePlan");
  const dir = mkdtempSync(path.join(tmpdir(), "pt-pipe-"));
  try {
    const file = path.join(dir, "big.xlsx");
    await writeGeneratedPlan(file, 3000);
    const child = spawn(process.execPath, [path.join(ROOT, "bin/plan-tracker.js"), "check", file, "--date", "2026-11-30"]);
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // Read the first line, then close our end, as `head -1` does.
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|^\s{4}at /m);
    expect(code).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test("every foreign package (no plan table in any) is refused by check in one line, exit 2", () => {
  const foreign = path.join(ROOT, "test/fixtures/foreign");
  const list = readdirSync(foreign).filter((f) => f.endsWith(".xlsx"));
  expect(list.length).toBeGreaterThanOrEqual(20);
  for (const f of list) {
    const run = runCli("check", path.join(foreign, f), 30_000);
    expectClean(run);
    expect([f, run.code, run.stderr.trim().split("\n").length]).toEqual([f, 2, 1]);
    expect(run.stderr).toContain("Không tìm thấy bảng kế hoạch");
  }
}, 180_000);
