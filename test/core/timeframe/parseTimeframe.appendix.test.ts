// Deadlines as published appendices write them (issue 7 §1). Each table reads the same NFC, decomposed (NFD) and
// in capitals, as staff paste them.
//
// Sources of the rows:
// - [NQ03] Nghị quyết 03/NQ-CP (09/01/2025), Phụ lục II "Danh mục các nhiệm vụ triển khai Chương trình hành động",
//   column "Thời gian hoàn thành", cells as transcribed at
//   https://github.com/thetrungdtt/VNMasterplan/blob/d969b03d999806b0ed3729086a09b1d1d496ad0e/NQCP03/NQ03%20PL2%20Nhiem%20vu.md
//   ("2025 và những năm tiếp theo", "Nhiệm vụ thường xuyên", "6/2025", "2025-2026", "Quý II/2025").
// - [I7] the forms issue 7 quotes from the public Government and ministry appendices it was tried on ("Từ tháng
//   3/2024", "Từ Quý II/2025", "Năm 2027 và những năm tiếp theo", "Quý III/2026 (căn cứ … giai đoạn 2026 - 2030)",
//   "Tháng 12/2025 (sau khi Nghị định được ban hành)", "Quý II/2026: dự thảo; Quý IV/2026: ban hành" …).
// - [domain] ../shared/docs/domain.md's list of time expressions seen in real plans ("Theo tiến độ của Bộ").
import type { Timeframe, TimeframeContext } from "../../../src/core/model/Timeframe";
import { cleanText } from "../../../src/core/text/normalize";
import { MAX_ANALYSED_CHARS, parseTimeframe } from "../../../src/core/timeframe/parseTimeframe";
import { timeframeParsers } from "../../../src/core/timeframe/timeframeParsers";
import { timeframeRole } from "../../../src/core/timeframe/timeframeRole";

const CTX: TimeframeContext = { programPeriod: { start: 2023, end: 2030 } };
const NO_PROGRAMME: TimeframeContext = {};

type Expected = Timeframe extends infer T ? (T extends Timeframe ? Omit<T, "text"> : never) : never;
const YEAR = { year: true, month: false, day: false };
const MONTH = { year: true, month: true, day: false };
const QUARTER = YEAR;

const rows: [source: string, input: string, expected: Expected, ctx?: TimeframeContext][] = [
  // Open-ended starts: continuous from the start of the period named.
  ["I7", "Từ tháng 3/2024", { kind: "continuous", start: "2024-03-01" }],
  ["I7", "Từ Quý II/2025", { kind: "continuous", start: "2025-04-01" }],
  ["I7", "Từ năm 2027", { kind: "continuous", start: "2027-01-01" }],
  ["I7", "Từ tháng 9/2025, thường xuyên", { kind: "continuous", start: "2025-09-01" }],
  ["I7", "Từ ngày 01/7/2025", { kind: "continuous", start: "2025-07-01" }],
  ["I7", "Bắt đầu từ năm 2026", { kind: "continuous", start: "2026-01-01" }],
  ["I7", "Từ năm 2024 đến nay", { kind: "continuous", start: "2024-01-01" }],
  ["I7", "Tháng 9/2025 đến nay", { kind: "continuous", start: "2025-09-01" }],
  // "từ … đến …" over any two forms, and "Giai đoạn …".
  ["I7", "Từ quý I/2026 đến quý IV/2028", { kind: "range", start: "2026-01-01", due: "2028-12-31" }],
  ["I7", "Từ tháng 6/2025 đến tháng 12/2026", { kind: "range", start: "2025-06-01", due: "2026-12-31" }],
  ["I7", "Từ 01/7/2025 đến 31/12/2025", { kind: "range", start: "2025-07-01", due: "2025-12-31" }],
  ["I7", "Giai đoạn 2026 - 2030", { kind: "range", start: "2026-01-01", due: "2030-12-31" }],
  ["I7", "Từ tháng 10/2025 đến hết năm 2026", { kind: "range", start: "2025-10-01", due: "2026-12-31" }],
  ["I7", "Từ năm 2025 đến quý II/2026", { kind: "range", start: "2025-01-01", due: "2026-06-30" }],
  ["I7", "Từ 01/7/2025 đến tháng 12/2025", { kind: "range", start: "2025-07-01", due: "2025-12-31" }],
  ["I7", "Quý I/2026 đến Quý IV/2028", { kind: "range", start: "2026-01-01", due: "2028-12-31" }],
  ["NQ03", "2025-2026", { kind: "range", start: "2025-01-01", due: "2026-12-31" }],
  ["I7", "Quý I/2026 - Quý II/2026", { kind: "range", start: "2026-01-01", due: "2026-06-30" }],
  ["I7", "Năm 2025 - Quý II/2026", { kind: "range", start: "2025-01-01", due: "2026-06-30" }],
  // A dash after a period without its year is not a range: "Tháng 6 - 2026" is June 2026.
  ["I7", "Tháng 6 - 2026", { kind: "deadline", due: "2026-06-30", start: "2026-06-01", certain: MONTH }],
  ["I7", "Từ quý IV/2028 đến quý I/2026", { kind: "unparsed", reason: "ambiguous" }],
  // Recurring from a year on: yearly occurrences, never one 31/12 deadline.
  ["NQ03", "2025 và những năm tiếp theo", { kind: "recurring", period: "year", month: 12, firstYear: 2025, lastYear: 2030 }],
  ["I7", "Năm 2027 và những năm tiếp theo", { kind: "recurring", period: "year", month: 12, firstYear: 2027, lastYear: 2030 }],
  ["I7", "Năm 2027 và những năm tiếp theo", { kind: "recurring", period: "year", month: 12, firstYear: 2027 }, NO_PROGRAMME],
  ["I7", "năm 2025 và các năm tiếp theo", { kind: "recurring", period: "year", month: 12, firstYear: 2025, lastYear: 2030 }],
  ["I7", "Từ năm 2026 trở đi", { kind: "recurring", period: "year", month: 12, firstYear: 2026, lastYear: 2030 }],
  ["I7", "Tháng 12/2025 và các năm tiếp theo", { kind: "recurring", period: "year", month: 12, firstYear: 2025, lastYear: 2030 }],
  ["I7", "Từ năm 2026, hằng năm", { kind: "recurring", period: "year", month: 12, firstYear: 2026, lastYear: 2030 }],
  ["I7", "Hằng năm, thường xuyên", { kind: "recurring", period: "year", month: 12, firstYear: 2023, lastYear: 2030 }],
  ["NQ03", "Hằng năm", { kind: "recurring", period: "year", month: 12, firstYear: 2023, lastYear: 2030 }],
  // "Trong năm/quý/tháng …": the period's end.
  ["I7", "Trong năm 2024", { kind: "deadline", due: "2024-12-31", start: "2024-01-01", certain: YEAR }],
  ["I7", "Trong quý II/2026", { kind: "deadline", due: "2026-06-30", start: "2026-04-01", certain: QUARTER }],
  ["I7", "Trong tháng 10/2025", { kind: "deadline", due: "2025-10-31", start: "2025-10-01", certain: MONTH }],
  ["NQ03", "Quý II/2025", { kind: "deadline", due: "2025-06-30", start: "2025-04-01", certain: QUARTER }],
  ["NQ03", "6/2025", { kind: "deadline", due: "2025-06-30", start: "2025-06-01", certain: MONTH }],
  // Brackets and trailing clauses: the form outside wins; inside is used only when nothing is outside.
  ["I7", "Quý III/2026 (căn cứ Kế hoạch giai đoạn 2026 - 2030)", { kind: "deadline", due: "2026-09-30", start: "2026-07-01", certain: QUARTER }],
  ["I7", "Tháng 12/2025 (sau khi Nghị định được ban hành)", { kind: "deadline", due: "2025-12-31", start: "2025-12-01", certain: MONTH }],
  ["I7", "Quý IV/2026, sau khi Luật được thông qua", { kind: "deadline", due: "2026-12-31", start: "2026-10-01", certain: QUARTER }],
  ["I7", "Sau khi Đề án được phê duyệt (dự kiến Quý II/2026)", { kind: "deadline", due: "2026-06-30", start: "2026-04-01", certain: QUARTER }],
  ["I7", "Hằng năm (trước ngày 15/12)", { kind: "recurring", period: "year", month: 12, day: 15, firstYear: 2023, lastYear: 2030 }],
  ["I7", "Thường xuyên (báo cáo kết quả)", { kind: "continuous" }],
  // Event-relative wording: kind "event" with its clause, or continuous where the text says so.
  ["I7", "Sau khi Nghị định được ban hành", { kind: "event", relation: "after", trigger: "Sau khi Nghị định được ban hành" }],
  ["I7", "Sau khi Chiến lược giai đoạn 2021-2030 được phê duyệt", { kind: "event", relation: "after", trigger: "Sau khi Chiến lược giai đoạn 2021-2030 được phê duyệt" }],
  ["I7", "Ngay sau khi Luật có hiệu lực.", { kind: "event", relation: "after", trigger: "Ngay sau khi Luật có hiệu lực" }],
  ["domain", "Theo tiến độ của Bộ", { kind: "event", relation: "schedule", trigger: "Theo tiến độ của Bộ" }],
  ["I7", "Theo lộ trình của Bộ Giáo dục và Đào tạo", { kind: "event", relation: "schedule", trigger: "Theo lộ trình của Bộ Giáo dục và Đào tạo" }],
  ["I7", "Khi có yêu cầu", { kind: "event", relation: "request", trigger: "Khi có yêu cầu" }],
  ["I7", "Theo yêu cầu", { kind: "event", relation: "request", trigger: "Theo yêu cầu" }],
  ["I7", "Thường xuyên, theo yêu cầu", { kind: "continuous" }],
  ["I7", "Trong thời gian triển khai Kế hoạch", { kind: "continuous" }],
  ["NQ03", "Nhiệm vụ thường xuyên", { kind: "continuous" }],
  // Several deadlines in one cell: milestones.
  [
    "I7",
    "Tháng 6 và tháng 12/2026",
    { kind: "milestones", milestones: [
      { label: "Tháng 6", due: "2026-06-30", certain: { year: false, month: true, day: false } },
      { label: "tháng 12/2026", due: "2026-12-31", certain: MONTH },
    ] },
  ],
  [
    "I7",
    "Quý II/2026: dự thảo; Quý IV/2026: ban hành",
    { kind: "milestones", milestones: [
      { label: "Quý II/2026: dự thảo", due: "2026-06-30", certain: QUARTER },
      { label: "Quý IV/2026: ban hành", due: "2026-12-31", certain: QUARTER },
    ] },
  ],
  [
    "I7",
    "Tháng 3/2026; tháng 9/2026",
    { kind: "milestones", milestones: [
      { label: "Tháng 3/2026", due: "2026-03-31", certain: MONTH },
      { label: "tháng 9/2026", due: "2026-09-30", certain: MONTH },
    ] },
  ],
  [
    "I7",
    "- Quý I/2026: dự thảo\n- Quý IV/2026: ban hành",
    { kind: "milestones", milestones: [
      { label: "Quý I/2026: dự thảo", due: "2026-03-31", certain: QUARTER },
      { label: "Quý IV/2026: ban hành", due: "2026-12-31", certain: QUARTER },
    ] },
  ],
  // Negative cases: not a start, not a list, not an event.
  ["I7", "Tháng 12/2025\nBáo cáo kết quả", { kind: "deadline", due: "2025-12-31", start: "2025-12-01", certain: MONTH }],
  ["I7", "Từ nguồn vốn sự nghiệp giáo dục", { kind: "unparsed", reason: "free-text" }],
  ["I7", "Quý I/2026, báo cáo kết quả", { kind: "deadline", due: "2026-03-31", start: "2026-01-01", certain: QUARTER }],
  ["I7", "Thường xuyên, đến năm 2025", { kind: "deadline", due: "2025-12-31", certain: YEAR }],
  ["I7", "Sau khi", { kind: "event", relation: "after", trigger: "Sau khi" }],
  ["I7", "Khi nào xong", { kind: "unparsed", reason: "free-text" }],
  ["I7", "Tháng 6 và", { kind: "unparsed", reason: "no-date" }],
];

const variants: [string, (s: string) => string][] = [
  ["NFC", (s) => s],
  ["NFD", (s) => s.normalize("NFD")],
  ["UPPER CASE", (s) => s.toUpperCase()],
];

describe.each(variants)("published deadline forms, %s", (_name, variant) => {
  test.each(rows)("[%s] %j", (_source, input, expected, ctx = CTX) => {
    const written = variant(input);
    const tf = parseTimeframe(written, ctx);
    if (variant === variants[0]![1]) {
      expect(tf).toEqual({ text: cleanText(written), ...expected });
    } else {
      // Labels and triggers keep the text as written (in capitals here); everything else is the same.
      const nfc = parseTimeframe(input, ctx);
      const strip = (t: Timeframe) => JSON.parse(JSON.stringify(t, (k, v) => (k === "text" || k === "label" || k === "trigger" ? undefined : v)));
      expect(strip(tf)).toEqual(strip(nfc));
      expect(tf.text).toBe(cleanText(written));
    }
  });
});

describe("the column's role comes from its header", () => {
  test.each([
    ["Thời gian hoàn thành", "deadline"],
    ["Thời hạn", "deadline"],
    ["Thời hạn hoàn thành", "deadline"],
    ["THỜI GIAN HOÀN THÀNH", "deadline"],
    ["Thời gian\nhoàn thành", "deadline"],
    ["Tiến độ hoàn thành", "deadline"],
    ["Thời gian thực hiện", "period"],
    ["Thời gian triển khai", "period"],
    ["Tiến độ thực hiện", "period"],
    // Unknown or bare "Thời gian": read as a work period (timeframeRole.ts says why).
    ["Thời gian", "period"],
    ["Tiến độ", "period"],
  ])("%j → %s", (header, role) => {
    expect(timeframeRole(header)).toBe(role);
    expect(timeframeRole(header.normalize("NFD"))).toBe(role);
    expect(parseTimeframe("Quý I/2027", { ...CTX, header }).role).toBe(role);
  });

  test("no header, no role", () => {
    expect(parseTimeframe("Quý I/2027", CTX).role).toBeUndefined();
  });
});

describe("a cell of any length is read in bounded work", () => {
  // Work is counted as the characters handed to the parsers, summed over every parser call: a parser reading a
  // longer text does more work, and a regular expression that backtracks needs a longer text to blow up.
  function work(input: string): number {
    let chars = 0;
    const spies = timeframeParsers.map((p) => {
      const original = p.extract.bind(p);
      return jest.spyOn(p, "extract").mockImplementation((text, ctx, note) => {
        chars += text.folded.length;
        return original(text, ctx, note);
      });
    });
    try {
      parseTimeframe(input, CTX);
    } finally {
      for (const s of spies) s.mockRestore();
    }
    return chars;
  }

  const shapes: [string, (n: number) => string][] = [
    ["words", (n) => "Xây dựng kế hoạch từ quý I/2026 đến ".repeat(Math.ceil(n / 36)).slice(0, n)],
    ["digits", (n) => "1".repeat(n)],
    ["spaces and dashes", (n) => `2023${" -".repeat(n / 2)}2030`],
    ["newlines", (n) => `Quý I${"\n".repeat(n)}/2026`],
    ["brackets", (n) => "(".repeat(n / 2) + ")".repeat(n / 2)],
    ["dates", (n) => "1/1/2026 ".repeat(Math.ceil(n / 9)).slice(0, n)],
    ["semicolons", (n) => "Tháng 6;".repeat(Math.ceil(n / 8)).slice(0, n)],
  ];

  test.each(shapes)("%s: 100,000 characters cost no more than 10,000", (_name, make) => {
    const small = work(make(10_000));
    const large = work(make(100_000));
    expect(small).toBeGreaterThan(0);
    // Linear would be 10×, a backtracking pattern 100× or worse; the parsers see at most MAX_ANALYSED_CHARS.
    expect(large).toBeLessThanOrEqual(small * 1.5);
    expect(large).toBeLessThanOrEqual(MAX_ANALYSED_CHARS * timeframeParsers.length * 3);
  });

  test("the result keeps the whole cell as its text", () => {
    const long = `Quý I/2026 ${"x".repeat(50_000)}`;
    const tf = parseTimeframe(long, CTX);
    expect(tf.kind).toBe("deadline");
    expect(tf.text).toHaveLength(long.length);
  });
});
