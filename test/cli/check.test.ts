// `plan-tracker check` in-process (the same main() the bin runs), on the samples and on the package fixtures.
import * as path from "path";
import { main, type CliIO } from "../../src/cli/main";
import type { CheckJson } from "../../src/cli/checkJson";

const root = path.join(__dirname, "../..");
const sample = path.join(root, "assets/sample/ke-hoach-mau.xlsx");
const pkg = (name: string) => path.join(root, "test/fixtures/packages", name);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n"), today: () => "2026-11-30" };
  const code = await main(argv, io);
  return { code, out, err };
}

test("check prints the tasks with their statuses, then the issues", async () => {
  const r = await run("check", sample, "--date", "2026-11-30");
  expect(r.code).toBe(0);
  expect(r.err).toBe("");
  expect(r.out).toContain('Kế hoạch: trang "Kế hoạch", hàng tiêu đề 8, 8 nhiệm vụ, giai đoạn 2023 – 2030.');
  expect(r.out).toContain("Ngày báo cáo: 30/11/2026.");
  expect(r.out).toMatch(/Quá hạn \(GĐ1\)/);
  expect(r.out).toContain("Đang thực hiện trong hạn");
  expect(r.out).toMatch(/Vấn đề cần xem lại \(\d+\):/);
  // The same problem in several cells is said once, errors and warnings first.
  expect(r.out).toContain("[Cảnh báo] Ô A10, A14, A15, A16 (trang Kế hoạch): Nhiệm vụ chưa có số thứ tự");
  expect(r.out.indexOf("[Cảnh báo]")).toBeLessThan(r.out.indexOf("[Lưu ý]"));
});

test("check --lang en speaks English", async () => {
  const r = await run("check", sample, "--date", "2026-11-30", "--lang", "en");
  expect(r.code).toBe(0);
  expect(r.out).toContain('Plan: sheet "Kế hoạch", header row 8, 8 tasks');
  expect(r.out).toContain("Overdue");
});

test("check --json gives the documented object", async () => {
  const r = await run("check", sample, "--date", "2026-11-30", "--due-soon-days", "45", "--json");
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out) as CheckJson;
  expect(doc.sheet).toBe("Kế hoạch");
  expect(doc.headerRow).toBe(8);
  expect(doc.programPeriod).toEqual({ start: 2023, end: 2030 });
  expect(doc.tasks).toHaveLength(8);
  expect(doc.tasks.map((t) => t.number)).toEqual(["1", "", "3", "3", "4", "", "", ""]);
  expect(doc.tasks[0]).toMatchObject({
    row: 9,
    lead: ["Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)"],
    timeframe: { text: "2023 – 2030", kind: "range", start: "2023-01-01", due: "2030-12-31" },
    status: "in_progress",
  });
  expect(doc.tasks[6]).toMatchObject({ timeframe: { kind: "recurring", due: "2026-12-31" }, status: "due_soon" });
  expect(doc.tasks[7]).toMatchObject({
    timeframe: {
      kind: "milestones",
      due: "2025-12-31",
      milestones: [
        { label: "GĐ1", due: "2025-12-31" },
        { label: "GĐ2", due: "2030-12-31" },
      ],
    },
    status: "overdue",
  });
  expect(doc.tasks.map((t) => [t.group, t.parent])).toEqual(Array.from({ length: 8 }, () => [null, null]));
  // The coordinating cell "- UBND và Phòng GDĐT các huyện, thành phố; …" names two units, each listed once.
  expect(doc.tasks[0]?.coordinating.slice(0, 3)).toEqual(["UBND các huyện, thành phố", "Phòng GDĐT các huyện, thành phố", "Sở Kế hoạch và Đầu tư"]);
  expect(doc.tasks[0]?.leadUnits).toEqual([
    {
      text: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
      name: "Sở Giáo dục và Đào tạo",
      subUnits: ["Phòng Nghiệp vụ Dạy học", "Phòng Tổ chức – Hành chính", "Phòng Kế hoạch – Tài chính"],
    },
  ]);
  expect(doc.tasks[0]?.coordinatingUnits.slice(0, 4)).toEqual([
    {
      text: "UBND các huyện, thành phố",
      name: "Ủy ban nhân dân các huyện, thành phố",
      subUnits: [],
      successor: { name: "UBND các xã, phường (Phòng Văn hóa – Xã hội); Sở GDĐT", from: "2025-07-01" },
    },
    {
      text: "Phòng GDĐT các huyện, thành phố",
      name: "Phòng Giáo dục và Đào tạo các huyện, thành phố",
      subUnits: [],
      successor: { name: "UBND các xã, phường (Phòng Văn hóa – Xã hội); Sở GDĐT", from: "2025-07-01" },
    },
    { text: "Sở Kế hoạch và Đầu tư", name: "Sở Kế hoạch và Đầu tư", subUnits: [], successor: { name: "Sở Tài chính", from: "2025-03-01" } },
    { text: "Sở Tài chính", name: "Sở Tài chính", subUnits: [] },
  ]);
  // "Các tổ chức, cá nhân liên quan" names no unit of the directory.
  expect(doc.tasks[0]?.coordinatingUnits.at(-1)).toEqual({ text: "Các tổ chức, cá nhân liên quan", name: null, subUnits: [] });
  const missing = doc.issues.filter((i) => i.code === "numbering-missing");
  expect(missing.map((i) => i.cell)).toEqual(["A10", "A14", "A15", "A16"]);
  for (const issue of doc.issues) {
    expect(issue.message.length).toBeGreaterThan(10);
    expect(issue.message).toBe(issue.message.normalize("NFC"));
  }
});

test("check --json gives each task's group and parent on a plan with numbered headings", async () => {
  const r = await run("check", path.join(root, "test/fixtures/plans/numbered-headings.xlsx"), "--date", "2026-11-30", "--json");
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out) as CheckJson;
  expect(doc.tasks.map((t) => [t.row, t.number, t.section, t.group, t.parent])).toEqual([
    [7, "1.1", "I. NHIỆM VỤ CHUNG", "1. Hoàn thiện thể chế, chính sách", null],
    [8, "a)", "I. NHIỆM VỤ CHUNG", "1. Hoàn thiện thể chế, chính sách", 7],
    [9, "-", "I. NHIỆM VỤ CHUNG", "1. Hoàn thiện thể chế, chính sách", 8],
    [10, "1.2", "I. NHIỆM VỤ CHUNG", "1. Hoàn thiện thể chế, chính sách", null],
    [11, "2.", "I. NHIỆM VỤ CHUNG", null, null],
    [16, "3.1", "II. NHIỆM VỤ CỤ THỂ", "3. Chuyển đổi số trong giáo dục", null],
    [17, "3.2", "II. NHIỆM VỤ CỤ THỂ", "3. Chuyển đổi số trong giáo dục", null],
    [18, "4.", "II. NHIỆM VỤ CỤ THỂ", null, null],
  ]);
  expect(doc.tasks[6]?.coordinatingUnits).toEqual([{ text: "Công an tỉnh (cơ quan thường trực)", name: "Công an tỉnh", subUnits: [], note: "cơ quan thường trực" }]);
});

test.each([
  ["a missing file", "khong-co.xlsx", /Không tìm thấy tệp/],
  ["a text file named .xlsx", pkg("text-renamed.xlsx"), /không phải là tệp Excel \.xlsx/],
  ["a password-protected workbook", pkg("encrypted.xlsx"), /được bảo vệ bằng mật khẩu/],
  ["an old .xls", pkg("legacy.xls"), /định dạng Excel cũ/],
  ["a truncated zip", pkg("truncated.xlsx"), /bị hỏng/],
  ["a Word document", pkg("word-document.xlsx"), /không phải là sổ làm việc Excel/],
  ["a workbook without a plan table", path.join(root, "test/fixtures/plans/no-plan.xlsx"), /Không tìm thấy bảng kế hoạch/],
])("check on %s: one line, exit code 2", async (_what, file, message) => {
  const r = await run("check", file);
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(/at .*\.(ts|js):\d+/);
});

test.each(["chart-openpyxl.xlsx", "pivot.xlsx", "macro.xlsm", "image.xlsx", "comments.xlsx", "hidden-sheets.xlsx"])(
  "check reads a plan beside what real workbooks carry: %s",
  async (name) => {
    const r = await run("check", pkg(name), "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as CheckJson).tasks.length).toBeGreaterThan(0);
  },
);

test.each([
  [["check", sample, "--date", "2026-13-01"], /Ngày báo cáo "2026-13-01" không hợp lệ/],
  [["check", sample, "--due-soon-days", "abc"], /không phải là số hợp lệ/],
  [["check", sample, "--bogus"], /Tùy chọn không hợp lệ: --bogus/],
  [["check"], /Thiếu tệp Excel/],
  [["frobnicate", sample], /Lệnh không hợp lệ/],
  [["check", sample, "--sheet", "Không có"], /không có trang tính "Không có"/],
])("bad arguments %j: one line, exit code 2", async (argv, message) => {
  const r = await run(...argv);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(message);
});
