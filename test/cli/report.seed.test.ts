// The seed sample through `plan-tracker report` at 2026-11-30 with --due-soon-days 45, read back from the written
// file: what the monthly report, the summary and the plan sheet must show.
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { Grid } from "../../src/core/grid/Grid";
import { main, type CliIO } from "../../src/cli/main";
import { readXlsx } from "../../src/xlsx/readXlsx";

const root = path.join(__dirname, "../..");
let dir: string;
let sheets: Grid[];
let stdout = "";

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "plan-tracker-seed-"));
  const out = path.join(dir, "bc.xlsx");
  const io: CliIO = { out: (t) => (stdout += t + "\n"), err: (t) => (stdout += t + "\n"), today: () => "2026-11-30" };
  const code = await main(
    ["report", path.join(root, "assets/sample/ke-hoach-mau.xlsx"), "--date", "2026-11-30", "--due-soon-days", "45", "--out", out],
    io,
  );
  expect(code).toBe(0);
  sheets = readXlsx(new Uint8Array(readFileSync(out))).sheets;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const texts = (name: string): string[] => {
  const grid = sheets.find((s) => s.name === name);
  if (!grid) throw new Error(`no sheet ${name}; sheets: ${sheets.map((s) => s.name).join(", ")}`);
  return grid.values.map((row) => row.map((v) => (v === null ? "" : String(v))).join(" | "));
};
const rowIndex = (lines: string[], pattern: RegExp, from = 0) => lines.findIndex((l, i) => i >= from && pattern.test(l));

test("the command prints the counts and where the file went", () => {
  expect(stdout).toContain("Đang thực hiện trong hạn: 6; Sắp đến hạn: 1; Quá hạn: 1");
  expect(stdout).toMatch(/Đã ghi báo cáo vào tệp ".*bc\.xlsx"/);
});

test("the workbook gains the summary, the timeline and the November report", () => {
  expect(sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Tổng hợp", "Lộ trình", "BC T11-2026"]);
});

// The report is dated 30/11/2026 and its figures are those of the cut-off, 14/11/2026: the GĐ1 milestone
// (31/12/2025) 318 days overdue, and "Tháng 12 hằng năm" (31/12/2026) 47 days away, not yet within the 45 days of
// "due soon" — while the plan sheet, judged at 30/11, shows it due soon (below).
test("monthly report: official header, period 15/10–14/11/2026, figures as of 14/11, GĐ1 overdue under Sở GDĐT in section III", () => {
  const lines = texts("BC T11-2026");
  const all = lines.join("\n");
  expect(all).toContain("UBND TỈNH KHÁNH HÒA");
  expect(all).toContain("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
  expect(all).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(all).toContain("Độc lập - Tự do - Hạnh phúc");
  expect(all).toContain("Khánh Hòa, ngày 30 tháng 11 năm 2026");
  expect(all).toMatch(/15\/10\/2026.*14\/11\/2026/);
  expect(lines).toContain("Số liệu tính đến ngày 14/11/2026.");
  expect(all).toContain("Số:          /BC-SGDĐT");
  const section3 = rowIndex(lines, /^III\./);
  const section4 = rowIndex(lines, /^IV\./);
  expect(section3).toBeGreaterThan(0);
  const part3 = lines.slice(section3, section4).join("\n");
  expect(part3).toMatch(/Sở Giáo dục và Đào tạo/);
  expect(part3).toContain("1. Sở Giáo dục và Đào tạo: 1 nhiệm vụ");
  expect(part3).toContain(
    "Sơ kết, Tổng kết Chương trình | Sở Giáo dục và Đào tạo | GĐ1: 2025;\nGĐ2: 2030 | Quá hạn\n(GĐ1, hạn 31/12/2025: quá hạn 318 ngày)",
  );
  expect(part3).not.toContain("Tháng 12 hằng năm");
  expect(all).toMatch(/Kiểm tra, đánh giá, tổng hợp kết quả.*\| Tháng 12 hằng năm \| Đang thực hiện trong hạn\n\(hạn 31\/12\/2026: còn 47 ngày\)/);
});

test("summary: the overdue and due-soon lists, and reorganised units shown with their successors", () => {
  const all = texts("Tổng hợp").join("\n");
  expect(all).toMatch(/Sở Kế hoạch và Đầu tư → Sở Tài chính \(từ 01\/03\/2025\)/);
  expect(all).toMatch(/Ban Dân tộc tỉnh → Sở Dân tộc và Tôn giáo/);
  const overdue = rowIndex(texts("Tổng hợp"), /Nhiệm vụ quá hạn/);
  expect(texts("Tổng hợp")[overdue + 2]).toMatch(/Sơ kết, Tổng kết Chương trình/);
});

test("plan sheet: the status words beside the tasks, the range tasks in progress", () => {
  const lines = texts("Kế hoạch");
  const header = rowIndex(lines, /Trạng thái/);
  expect(header).toBe(7);
  expect(lines[8]).toContain("Đang thực hiện trong hạn");
  expect(lines[14]).toContain("Sắp đến hạn");
  expect(lines[15]).toContain("Quá hạn");
});
