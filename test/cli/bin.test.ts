// The command line as a new user meets it: through the real bin (node bin/plan-tracker.js), on the bundled sample.
import { mkdtempSync, copyFileSync, existsSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { ensureBuiltBin, root, runBin } from "../support/bin";

const sample = path.join(root, "assets/sample/ke-hoach-mau.xlsx");
let dir: string;

beforeAll(() => {
  ensureBuiltBin();
  dir = mkdtempSync(path.join(tmpdir(), "plan-tracker-bin-"));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fresh(name: string): string {
  const sub = mkdtempSync(path.join(dir, "case-"));
  const file = path.join(sub, name);
  copyFileSync(sample, file);
  return file;
}

const sheetNames = (file: string) => readXlsx(new Uint8Array(readFileSync(file))).sheets.map((s) => s.name);

test("--version prints the package's version", async () => {
  const version = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
  const r = await runBin(["--version"]);
  expect(r.code).toBe(0);
  expect(r.out.trim()).toBe(`plan-tracker ${version}`);
});

test("--date takes the day/month/year staff type, the same as ISO", async () => {
  const dmy = await runBin(["check", sample, "--date", "30/11/2026"]);
  const iso = await runBin(["check", sample, "--date", "2026-11-30"]);
  expect(dmy.code).toBe(0);
  expect(dmy.out).toContain("Ngày báo cáo: 30/11/2026.");
  expect(dmy.out).toBe(iso.out);
});

test("a date that is not a day is refused with the form to use", async () => {
  const r = await runBin(["check", sample, "--date", "31/11/2026"]);
  expect(r.code).toBe(2);
  expect(r.err.trim()).toBe('Ngày báo cáo "31/11/2026" không hợp lệ; hãy viết theo dạng ngày/tháng/năm, ví dụ 30/11/2026 (hoặc 2026-11-30).');
  const en = await runBin(["check", sample, "--date", "11/30/2026", "--lang", "en"]);
  expect(en.code).toBe(2);
  expect(en.err).toContain("write it as day/month/year, e.g. 30/11/2026");
});

test("report refuses an option it does not know; check refuses report's options", async () => {
  const input = fresh("ke-hoach.xlsx");
  const r = await runBin(["report", input, "--date", "30/11/2026", "--jsn"]);
  expect(r.code).toBe(2);
  expect(r.err.trim()).toBe('Tùy chọn không hợp lệ: --jsn. Xem "plan-tracker --help".');
  const c = await runBin(["check", input, "--out", path.join(dir, "x.xlsx"), "--lang", "en"]);
  expect(c.code).toBe(2);
  expect(c.err.trim()).toBe("Option --out only applies to the report command.");
  expect(existsSync(path.join(path.dirname(input), "ke-hoach.BC-T11-2026.xlsx"))).toBe(false);
});

test("report --json says what was written", async () => {
  const input = fresh("ke-hoach.xlsx");
  const r = await runBin(["report", input, "--date", "30/11/2026", "--json"]);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out) as Record<string, unknown>;
  const output = path.join(path.dirname(input), "ke-hoach.BC-T11-2026.xlsx");
  expect(doc).toMatchObject({
    output,
    sheet: "Kế hoạch",
    reportDate: "2026-11-30",
    period: { year: 2026, month: 11, start: "2026-10-15", end: "2026-11-14" },
    workbookLang: "vi",
    sheetsCreated: ["Tổng hợp", "Lộ trình", "BC T11-2026"],
    sheetsUpdated: ["Kế hoạch"],
    tasks: 8,
    statuses: { in_progress: 7, overdue: 1 },
  });
  expect(doc.cells).toBeGreaterThan(100);
  expect(existsSync(output)).toBe(true);
});

test("report on its own output names the next month's file after the plan, and never replaces a file without --force", async () => {
  const input = fresh("ke-hoach-mau.xlsx");
  const folder = path.dirname(input);
  const nov = path.join(folder, "ke-hoach-mau.BC-T11-2026.xlsx");
  const dec = path.join(folder, "ke-hoach-mau.BC-T12-2026.xlsx");
  expect((await runBin(["report", input, "--date", "30/11/2026"])).code).toBe(0);
  expect((await runBin(["report", nov, "--date", "28/12/2026"])).code).toBe(0);
  expect(existsSync(dec)).toBe(true);
  expect(existsSync(path.join(folder, "ke-hoach-mau.BC-T11-2026.BC-T12-2026.xlsx"))).toBe(false);
  expect(sheetNames(dec)).toEqual(expect.arrayContaining(["BC T11-2026", "BC T12-2026"]));

  // The print view of the staff's table, without the input and status columns, found again on the second run (when
  // the input columns added on the first read as the staff's); the plan sheet gets no print area of its own.
  for (const file of [nov, dec]) {
    const names = readXlsx(new Uint8Array(readFileSync(file))).names;
    expect(names.find((n) => n.name === "In_ke_hoach")?.ref).toBe("'Kế hoạch'!$A$1:$F$16");
    expect(names.filter((n) => n.name === "_xlnm.Print_Area" && n.scope === "Kế hoạch")).toEqual([]);
  }

  // The same month again: the existing report stays, byte for byte, until --force.
  const before = statSync(nov).mtimeMs;
  const again = await runBin(["report", input, "--date", "30/11/2026"]);
  expect(again.code).toBe(2);
  expect(again.err.trim()).toBe(
    `Tệp kết quả "${nov}" đã có; thêm --force để ghi đè, hoặc chọn tệp khác bằng --out. Không tệp nào bị thay đổi.`,
  );
  expect(statSync(nov).mtimeMs).toBe(before);
  const forced = await runBin(["report", input, "--date", "30/11/2026", "--force"]);
  expect(forced.code).toBe(0);
  // Running the December report on the December file itself would overwrite its input: refused.
  const onItself = await runBin(["report", dec, "--date", "28/12/2026", "--lang", "en"]);
  expect(onItself.code).toBe(2);
  expect(onItself.err).toContain("is the input file");
});

test("--lang changes the messages only; --workbook-lang changes the workbook's language, which is kept", async () => {
  const input = fresh("ke-hoach.xlsx");
  const folder = path.dirname(input);
  const en = await runBin(["report", input, "--date", "30/11/2026", "--lang", "en", "--out", path.join(folder, "a.xlsx")]);
  expect(en.code).toBe(0);
  expect(en.out).toContain("Report written to");
  expect(sheetNames(path.join(folder, "a.xlsx"))).toEqual(["Kế hoạch", "Tổng hợp", "Lộ trình", "BC T11-2026"]);

  const switched = await runBin(["report", path.join(folder, "a.xlsx"), "--date", "28/12/2026", "--workbook-lang", "en", "--out", path.join(folder, "b.xlsx")]);
  expect(switched.code).toBe(0);
  expect(switched.out).toContain("Ngôn ngữ của sổ làm việc đổi từ vi sang en (đã lưu trong sổ).");
  expect(sheetNames(path.join(folder, "b.xlsx"))).toContain("Report 2026-12");

  // No option now: the workbook stays English, whatever the messages' language.
  const kept = await runBin(["report", path.join(folder, "b.xlsx"), "--date", "20/01/2027", "--out", path.join(folder, "c.xlsx"), "--json"]);
  expect(kept.code).toBe(0);
  expect((JSON.parse(kept.out) as { workbookLang: string }).workbookLang).toBe("en");
  expect(sheetNames(path.join(folder, "c.xlsx"))).toContain("Report 2027-01");
  const names = readXlsx(new Uint8Array(readFileSync(path.join(folder, "c.xlsx")))).names;
  expect(names.find((n) => n.name === "PlanTracker_Settings")?.ref).toContain('""lang"":""en""');
});

test("the issue list counts the lines it shows, one line per unit, English plurals right", async () => {
  const vi = await runBin(["check", sample, "--date", "30/11/2026"]);
  const lines = vi.out.split("\n");
  const head = lines.findIndex((l) => l.startsWith("Vấn đề cần xem lại:"));
  const m = /^Vấn đề cần xem lại: (\d+) vấn đề, ở (\d+) ô:$/.exec(lines[head] ?? "");
  expect(m).not.toBeNull();
  const shown = lines.slice(head + 1).filter((l) => l.startsWith("  ["));
  expect(shown).toHaveLength(Number(m?.[1]));
  // Three spellings of one unit and its reorganisation: one line.
  const khdt = shown.filter((l) => /Kế hoạch (và )?[Đđ]ầu tư/.test(l));
  expect(khdt).toEqual([
    "  [Lưu ý] Đơn vị “Sở Kế hoạch và Đầu tư” ở ô D9, D10, D15, D16 (trang Kế hoạch): Viết khác tên chính thức: “Sở Kế hoạch Đầu tư” (D10), “Sở Kế hoạch đầu tư” (D15, D16); từ ngày 01/03/2025 không còn do sắp xếp tổ chức bộ máy; đơn vị tiếp nhận: Sở Tài chính.",
  ]);

  const en = await runBin(["check", sample, "--date", "30/11/2026", "--lang", "en"]);
  expect(en.out).toMatch(/^Issues to review: \d+ issues in \d+ cells:$/m);
  expect(en.out).toContain("[Warning] Cells A10, A14, A15, A16 (sheet Kế hoạch): The task has no number");
  expect(en.out).toContain("[Warning] Cell A12 (sheet Kế hoạch): Number “3” repeats the task on row 11.");
  expect(en.out).toContain("Plan: sheet \"Kế hoạch\", header row 8, 8 tasks");
});
