import { SEVERITY } from "../../../src/core/checks/severity";
import { en } from "../../../src/core/i18n/en";
import { renderIssue } from "../../../src/core/i18n/renderIssue";
import { severityLabel } from "../../../src/core/i18n/severityLabel";
import { statusLabel } from "../../../src/core/i18n/statusLabel";
import { t } from "../../../src/core/i18n/t";
import { vi } from "../../../src/core/i18n/vi";
import type { Lang } from "../../../src/core/i18n/Catalogue";
import type { Issue, IssueCode, IssueOf } from "../../../src/core/model/Issue";
import type { StatusCode } from "../../../src/core/model/Status";

const at = { sheet: "Kế hoạch", row: 12 };

/** One sample of every issue code; the mapped type makes a missing code a compile error. */
const SAMPLES: { [C in IssueCode]: IssueOf<C> } = {
  "no-plan-table": {
    code: "no-plan-table",
    severity: "error",
    sheet: "",
    row: 0,
    cell: "",
    sheetsSearched: ["Sheet1", "Tổng hợp"],
  },
  "other-plan-candidate": {
    code: "other-plan-candidate",
    severity: "info",
    sheet: "Phụ lục 2",
    row: 0,
    cell: "",
    headerRow: 7,
  },
  "cell-error": { code: "cell-error", severity: "error", ...at, cell: "E12", errorText: "#REF!" },
  "legacy-encoding": {
    code: "legacy-encoding",
    severity: "warning",
    ...at,
    cell: "B12",
    encoding: "TCVN3",
    sample: "KÕ ho¹ch",
  },
  "numbering-missing": { code: "numbering-missing", severity: "warning", ...at, cell: "A12" },
  "numbering-duplicate": {
    code: "numbering-duplicate",
    severity: "warning",
    ...at,
    cell: "A12",
    number: "3",
    firstRow: 11,
  },
  "numbering-gap": {
    code: "numbering-gap",
    severity: "warning",
    ...at,
    cell: "A12",
    expected: "2",
    found: "3",
  },
  "title-missing": { code: "title-missing", severity: "warning", ...at, cell: "B12" },
  "lead-missing": { code: "lead-missing", severity: "error", ...at, cell: "C12" },
  "timeframe-missing": { code: "timeframe-missing", severity: "error", ...at, cell: "E12" },
  "timeframe-unparsed": {
    code: "timeframe-unparsed",
    severity: "error",
    ...at,
    cell: "E12",
    text: "Theo tiến độ của Bộ",
    reason: "free-text",
  },
  "timeframe-outside-program": {
    code: "timeframe-outside-program",
    severity: "warning",
    ...at,
    cell: "E12",
    text: "trước ngày 15/12/2016",
    programStart: 2023,
    programEnd: 2030,
  },
  "unit-unknown": { code: "unit-unknown", severity: "warning", ...at, cell: "D12", unit: "Sở Hư cấu" },
  "unit-variant": {
    code: "unit-variant",
    severity: "info",
    ...at,
    cell: "D12",
    unit: "Sở Kế hoạch Đầu tư",
    canonical: "Sở Kế hoạch và Đầu tư",
  },
  "unit-reorganised": {
    code: "unit-reorganised",
    severity: "info",
    ...at,
    cell: "D12",
    unit: "Sở Kế hoạch và Đầu tư",
    effective: "2025-03-01",
    successors: ["Sở Tài chính"],
  },
  "progress-unreadable": {
    code: "progress-unreadable",
    severity: "warning",
    ...at,
    cell: "G12",
    text: "xong?",
    what: "status",
  },
  "progress-inconsistent": {
    code: "progress-inconsistent",
    severity: "warning",
    ...at,
    cell: "G12",
    stateText: "Đã hoàn thành",
    percent: 40,
  },
  "directory-row-invalid": {
    code: "directory-row-invalid",
    severity: "warning",
    sheet: "Đơn vị",
    row: 5,
    cell: "A5",
    text: "???",
  },
  "task-key-duplicate": { code: "task-key-duplicate", severity: "warning", ...at, cell: "K12", key: "NV-003", firstRow: 11, newKey: "NV-009" },
  "task-key-missing": { code: "task-key-missing", severity: "info", ...at, cell: "K12", newKey: "NV-009" },
  "task-key-invalid": { code: "task-key-invalid", severity: "warning", ...at, cell: "K12", text: "abc", newKey: "NV-009" },
  "cell-text-too-long": {
    code: "cell-text-too-long",
    severity: "warning",
    sheet: "Kế hoạch",
    row: 9,
    cell: "B9",
    length: 100000,
  },
  "cell-beyond-grid": {
    code: "cell-beyond-grid",
    severity: "warning",
    sheet: "Kế hoạch",
    row: 0,
    cell: "",
    refs: ["A999999999", "ZZZZZZ1"],
  },
};

const ALL_CODES = Object.keys(SEVERITY) as IssueCode[];
const LANGS: Lang[] = ["vi", "en"];
const isNfc = (s: string): boolean => s === s.normalize("NFC");

describe("issue messages", () => {
  it("has a sample for every issue code", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...ALL_CODES].sort());
  });

  const rows = ALL_CODES.flatMap((code) => LANGS.map((lang) => [code, lang] as const));

  it.each(rows)("%s renders in %s: non-empty, NFC, with where it is", (code, lang) => {
    const issue: Issue = SAMPLES[code];
    const raw = ({ vi, en }[lang].issues[code] as (i: Issue) => string)(issue);
    expect(raw.trim().length).toBeGreaterThan(10);
    expect(isNfc(raw)).toBe(true);
    const text = renderIssue(issue, lang);
    expect(isNfc(text)).toBe(true);
    if (issue.cell !== "") expect(text).toContain(issue.cell);
    if (issue.sheet !== "") expect(text).toContain(issue.sheet);
    expect(text).not.toMatch(/undefined|NaN|\[object|\{\w+\}/);
  });

  it.each(ALL_CODES)("%s says something different in each language", (code) => {
    expect(renderIssue(SAMPLES[code], "vi")).not.toBe(renderIssue(SAMPLES[code], "en"));
  });

  it.each([
    ["numbering-duplicate", "vi", "Ô A12 (trang Kế hoạch): Số thứ tự “3” bị trùng với nhiệm vụ ở dòng 11."],
    ["numbering-duplicate", "en", "Cell A12 (sheet Kế hoạch): Number “3” repeats the task on row 11."],
    [
      "numbering-gap",
      "vi",
      "Ô A12 (trang Kế hoạch): Số thứ tự không liên tục: ghi “3” trong khi số tiếp theo lẽ ra là “2”.",
    ],
    ["lead-missing", "vi", "Ô C12 (trang Kế hoạch): Nhiệm vụ chưa có đơn vị chủ trì."],
    [
      "progress-inconsistent",
      "vi",
      "Ô G12 (trang Kế hoạch): Tình trạng “Đã hoàn thành” không khớp với tỷ lệ hoàn thành 40%.",
    ],
    [
      "unit-reorganised",
      "vi",
      "Ô D12 (trang Kế hoạch): Từ ngày 01/03/2025, đơn vị “Sở Kế hoạch và Đầu tư” không còn do sắp xếp tổ chức bộ máy; đơn vị tiếp nhận: Sở Tài chính.",
    ],
    [
      "unit-reorganised",
      "en",
      "Cell D12 (sheet Kế hoạch): Since 01/03/2025, unit “Sở Kế hoạch và Đầu tư” no longer exists after the reorganisation; its work passed to: Sở Tài chính.",
    ],
    [
      "timeframe-unparsed",
      "vi",
      "Ô E12 (trang Kế hoạch): Không đọc được thời gian hoàn thành “Theo tiến độ của Bộ” (là lời văn, không phải thời hạn). " +
        "Hãy ghi theo dạng “Quý I/2026”, “Tháng 6/2026”, “30/6/2026” hoặc “2023 – 2030”.",
    ],
    [
      "legacy-encoding",
      "vi",
      "Ô B12 (trang Kế hoạch): Chữ trong ô được gõ bằng bảng mã cũ TCVN3 (phông .VnTime) nên hiển thị sai dấu (“KÕ ho¹ch”). Hãy chuyển mã sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi kiểm tra lại.",
    ],
    [
      "task-key-duplicate",
      "vi",
      "Ô K12 (trang Kế hoạch): Mã nhiệm vụ “NV-003” bị trùng với nhiệm vụ ở dòng 11 (có thể do sao chép dòng); nhiệm vụ này được cấp mã mới “NV-009”.",
    ],
  ] as const)("%s in %s reads as written", (code, lang, expected) => {
    expect(renderIssue(SAMPLES[code], lang)).toBe(expected);
  });

  it("says where an issue is when it has no cell", () => {
    expect(renderIssue(SAMPLES["other-plan-candidate"], "vi")).toMatch(
      /^Trang Phụ lục 2: Ở đây cũng có một bảng/,
    );
    expect(renderIssue({ ...SAMPLES["lead-missing"], cell: "" }, "vi")).toMatch(
      /^Dòng 12 \(trang Kế hoạch\): /,
    );
    expect(renderIssue(SAMPLES["no-plan-table"], "vi")).toBe(
      "Không tìm thấy bảng kế hoạch (có các cột TT, Nhiệm vụ, Đơn vị chủ trì, Thời gian hoàn thành) trong các trang: “Sheet1”, “Tổng hợp”.",
    );
  });

  it("renders text typed in decomposed form as NFC", () => {
    const nfd = { ...SAMPLES["unit-unknown"], unit: "Sở Hư cấu".normalize("NFD") };
    expect(renderIssue(nfd, "vi")).toContain("“Sở Hư cấu”");
  });

  it("keeps an unknown parser reason as written", () => {
    expect(renderIssue({ ...SAMPLES["timeframe-unparsed"], reason: "something-new" }, "en")).toContain(
      "(something-new)",
    );
  });
});

describe("status labels", () => {
  it.each([
    ["done_on_time", "Hoàn thành đúng hạn", "Done on time"],
    ["done_late", "Hoàn thành quá hạn", "Done late"],
    ["done", "Đã hoàn thành", "Done"],
    ["in_progress", "Đang thực hiện trong hạn", "In progress, on schedule"],
    ["due_soon", "Sắp đến hạn", "Due soon"],
    ["overdue", "Quá hạn", "Overdue"],
    ["not_started_yet", "Chưa đến kỳ", "Period not yet begun"],
    ["ongoing", "Thường xuyên", "Ongoing"],
    ["paused", "Tạm dừng", "Paused"],
    ["unknown", "Chưa xác định thời hạn", "No readable deadline"],
  ] as [StatusCode, string, string][])("%s: %s / %s", (code, viLabel, enLabel) => {
    expect(statusLabel(code, "vi")).toBe(viLabel);
    expect(statusLabel(code, "en")).toBe(enLabel);
    expect(isNfc(statusLabel(code, "vi"))).toBe(true);
  });

  it("labels severities", () => {
    expect(["error", "warning", "info"].map((s) => severityLabel(s as "error", "vi"))).toEqual([
      "Lỗi",
      "Cảnh báo",
      "Lưu ý",
    ]);
    expect(["error", "warning", "info"].map((s) => severityLabel(s as "error", "en"))).toEqual([
      "Error",
      "Warning",
      "Note",
    ]);
  });
});

describe("t", () => {
  it("fills placeholders", () => {
    expect(t("issues.count", "vi", { count: 5 })).toBe("Phát hiện 5 vấn đề.");
    expect(t("issue.at.cell", "en", { cell: "E7", sheet: "Plan" })).toBe("Cell E7 (sheet Plan)");
    expect(t("app.title", "vi")).toBe("Theo dõi Kế hoạch");
  });

  const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

  it("has the same keys and placeholders in both languages, in NFC", () => {
    expect(Object.keys(en.ui).sort()).toEqual(Object.keys(vi.ui).sort());
    for (const key of Object.keys(vi.ui) as (keyof typeof vi.ui)[]) {
      expect([key, placeholders(en.ui[key])]).toEqual([key, placeholders(vi.ui[key])]);
      expect([key, isNfc(vi.ui[key])]).toEqual([key, true]);
    }
  });
});
