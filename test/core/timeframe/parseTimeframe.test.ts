import fc from "fast-check";
import type { Certainty, Timeframe, TimeframeContext } from "../../../src/core/model/Timeframe";
import { cleanText } from "../../../src/core/text/normalize";
import { parseTimeframe } from "../../../src/core/timeframe/parseTimeframe";
import { timeframeParsers } from "../../../src/core/timeframe/timeframeParsers";

// The seed plan's programme ("giai đoạn 2023 - 2030"), no plan year: forms without a year recur or stay unread.
const CTX: TimeframeContext = { programPeriod: { start: 2023, end: 2030 } };
const PLAN_2026: TimeframeContext = { planYear: 2026, programPeriod: { start: 2023, end: 2030 } };

type Expected = Timeframe extends infer T ? (T extends Timeframe ? Omit<T, "text"> : never) : never;

const YEAR: Certainty = { year: true, month: false, day: false };
const MONTH: Certainty = { year: true, month: true, day: false };
const DAY: Certainty = { year: true, month: true, day: true };

const deadline = (due: string, start?: string, certain: Certainty = YEAR): Expected =>
  start === undefined ? { kind: "deadline", due, certain } : { kind: "deadline", due, start, certain };
const range = (start: string, due: string): Expected => ({ kind: "range", start, due });
const milestones = (...items: [string, string][]): Expected => ({
  kind: "milestones",
  milestones: items.map(([label, due]) => ({ label, due, certain: YEAR })),
});
const recurring = (extra: Omit<Extract<Expected, { kind: "recurring" }>, "kind">): Expected => ({
  kind: "recurring",
  ...extra,
});
const continuous: Expected = { kind: "continuous" };
const unparsed = (reason: Extract<Timeframe, { kind: "unparsed" }>["reason"]): Expected => ({
  kind: "unparsed",
  reason,
});

const NBSP = String.fromCharCode(0xa0);
const PROGRAMME = { firstYear: 2023, lastYear: 2030 };

const rows: [string, Expected, TimeframeContext?][] = [
  // Year ranges: any dash, any spacing, doubled dashes.
  ["2023 – 2030", range("2023-01-01", "2030-12-31")],
  ["2023 - 2030", range("2023-01-01", "2030-12-31")],
  ["2025 - 2030", range("2025-01-01", "2030-12-31")],
  ["2024-2030", range("2024-01-01", "2030-12-31")],
  ["2016-–2025", range("2016-01-01", "2025-12-31")],
  ["2023 — 2030", range("2023-01-01", "2030-12-31")],
  ["2023  -   2030", range("2023-01-01", "2030-12-31")],
  [`2023${NBSP}–${NBSP}2030`, range("2023-01-01", "2030-12-31")],
  ["2023 - - 2030", range("2023-01-01", "2030-12-31")],
  ["giai đoạn 2026-2030", range("2026-01-01", "2030-12-31")],
  ["Giai đoạn 2023 - 2025", range("2023-01-01", "2025-12-31")],
  ["GIAI ĐOẠN 2026 - 2030", range("2026-01-01", "2030-12-31")],
  ["Từ năm 2023 đến năm 2025", range("2023-01-01", "2025-12-31")],
  ["2023 đến 2025", range("2023-01-01", "2025-12-31")],
  ["2030 - 2025", unparsed("ambiguous")],
  ["1800 - 1900", unparsed("no-date")],
  // Two consecutive phases as year ranges.
  ["2023 - 2025 và 2026 -2030", milestones(["2023 - 2025", "2025-12-31"], ["2026 - 2030", "2030-12-31"])],
  [
    "Giai đoạn 2023-2025; giai đoạn 2026-2030",
    milestones(["2023 - 2025", "2025-12-31"], ["2026 - 2030", "2030-12-31"]),
  ],
  // School year and date ranges.
  ["Năm học 2025-2026", range("2025-09-01", "2026-05-31")],
  ["năm học 2024 – 2025", range("2024-09-01", "2025-05-31")],
  ["Năm học 2025-2027", range("2025-01-01", "2027-12-31")],
  ["Từ 01/01/2024 đến 30/6/2024", range("2024-01-01", "2024-06-30")],
  ["1/3/2026 - 30/6/2026", range("2026-03-01", "2026-06-30")],
  ["từ ngày 1.3.2026 đến ngày 30.6.2026", range("2026-03-01", "2026-06-30")],
  ["30/6/2026 - 1/3/2026", unparsed("ambiguous")],
  ["1/3/2026 - 31/6/2026", unparsed("invalid-date")],
  // Years.
  ["2026", deadline("2026-12-31", "2026-01-01")],
  ["Năm 2026", deadline("2026-12-31", "2026-01-01")],
  ["NĂM 2026", deadline("2026-12-31", "2026-01-01")],
  ["Năm 2025.", deadline("2025-12-31", "2025-01-01")],
  ["Trong năm 2026", deadline("2026-12-31", "2026-01-01")],
  ["Đến năm 2030", deadline("2030-12-31")],
  ["Phấn đấu đến năm 2025", deadline("2025-12-31")],
  ["Đến hết năm 2025", deadline("2025-12-31")],
  ["Đến 2030", deadline("2030-12-31")],
  ["2026 (sơ kết)", deadline("2026-12-31", "2026-01-01")],
  ["Theo Quyết định 1609/QĐ-TTg năm 2022", deadline("2022-12-31", "2022-01-01")],
  ["năm 2150", unparsed("free-text")],
  ["1989", unparsed("no-date")],
  ["2026%", unparsed("no-date")],
  // Quarters.
  ["Quý I/2026", deadline("2026-03-31", "2026-01-01")],
  ["quý II năm 2024", deadline("2024-06-30", "2024-04-01")],
  ["Q3/2025", deadline("2025-09-30", "2025-07-01")],
  ["Quý 4/2025", deadline("2025-12-31", "2025-10-01")],
  ["QUÝ III/2024", deadline("2024-09-30", "2024-07-01")],
  ["quý 3 năm 2025", deadline("2025-09-30", "2025-07-01")],
  ["Quý IV - 2026", deadline("2026-12-31", "2026-10-01")],
  // "Trước" + a period: before the period begins (patterns.ts hasBeforePrefix), not at its end.
  ["Trước quý II/2026", deadline("2026-03-31")],
  ["Quý II", deadline("2026-06-30", "2026-04-01", { year: false, month: false, day: false }), PLAN_2026],
  ["Quý II", unparsed("no-date")],
  ["Quý V/2026", unparsed("free-text")],
  // Several quarters or months.
  ["Quý III - IV/2026", range("2026-07-01", "2026-12-31")],
  ["quý I đến quý II năm 2026", range("2026-01-01", "2026-06-30")],
  ["Q1-Q2/2025", range("2025-01-01", "2025-06-30")],
  ["Quý IV - I/2026", unparsed("ambiguous")],
  ["Tháng 6 - 12/2026", range("2026-06-01", "2026-12-31")],
  ["Từ tháng 3 đến tháng 6/2026", range("2026-03-01", "2026-06-30")],
  ["Tháng 9 - 12 năm 2025", range("2025-09-01", "2025-12-31")],
  ["tháng 10/2025 - tháng 3/2026", range("2025-10-01", "2026-03-31")],
  ["Tháng 6 - 13/2026", unparsed("invalid-date")],
  // Months.
  ["Tháng 6/2026", deadline("2026-06-30", "2026-06-01", MONTH)],
  ["Tháng 02/2026", deadline("2026-02-28", "2026-02-01", MONTH)],
  ["Tháng 2/2028", deadline("2028-02-29", "2028-02-01", MONTH)],
  ["tháng 12 năm 2025", deadline("2025-12-31", "2025-12-01", MONTH)],
  ["Tháng 03/2026", deadline("2026-03-31", "2026-03-01", MONTH)],
  ["THÁNG 5/2026", deadline("2026-05-31", "2026-05-01", MONTH)],
  ["tháng 6 - 2026", deadline("2026-06-30", "2026-06-01", MONTH)],
  ["Kỳ họp chuyên đề tháng 5/2026", deadline("2026-05-31", "2026-05-01", MONTH)],
  ["trước tháng 6/2026", deadline("2026-05-31", undefined, MONTH)],
  ["06/2026", deadline("2026-06-30", "2026-06-01", MONTH)],
  ["Trước 06/2026", deadline("2026-05-31", undefined, MONTH)],
  ["Tháng 13/2026", unparsed("invalid-date")],
  ["Tháng 12", deadline("2026-12-31", "2026-12-01", { year: false, month: true, day: false }), PLAN_2026],
  ["Tháng 12", unparsed("no-date")],
  ["Theo Kế hoạch số 1/2026", { kind: "event", relation: "schedule", trigger: "Theo Kế hoạch số 1/2026" }],
  // Dates: day first, any separator, any padding.
  ["30/6/2026", deadline("2026-06-30", undefined, DAY)],
  ["30.6.2026", deadline("2026-06-30", undefined, DAY)],
  ["30-6-2026", deadline("2026-06-30", undefined, DAY)],
  ["30 / 6 / 2026", deadline("2026-06-30", undefined, DAY)],
  ["5/8/2026", deadline("2026-08-05", undefined, DAY)],
  ["05/08/2026", deadline("2026-08-05", undefined, DAY)],
  ["ngày 15/12/2016", deadline("2016-12-15", undefined, DAY)],
  ["ngày 15 tháng 12 năm 2016", deadline("2016-12-15", undefined, DAY)],
  ["2026-06-30", deadline("2026-06-30", undefined, DAY)],
  ["29/02/2024", deadline("2024-02-29", undefined, DAY)],
  ["31/2/2026", unparsed("invalid-date")],
  ["29/2/2025", unparsed("invalid-date")],
  ["32/1/2026", unparsed("invalid-date")],
  ["30/6/1890", unparsed("invalid-date")],
  // "Trước ngày …": the stated date is the due date.
  ["trước ngày 20.7.2020", deadline("2020-07-20", undefined, DAY)],
  ["trước ngày 25-10-2021", deadline("2021-10-25", undefined, DAY)],
  ["trước ngày 15/12/2016", deadline("2016-12-15", undefined, DAY)],
  ["Trước 30/6/2026", deadline("2026-06-30", undefined, DAY)],
  ["TRƯỚC NGÀY 15/12/2016", deadline("2016-12-15", undefined, DAY)],
  ["Trước ngày 15/12", deadline("2026-12-15", undefined, { year: false, month: true, day: true }), PLAN_2026],
  ["Trước ngày 15/12", unparsed("no-date")],
  ["Trước ngày 30/2", unparsed("invalid-date"), PLAN_2026],
  // Halves.
  ["6 tháng đầu năm 2024", deadline("2024-06-30", "2024-01-01")],
  ["6 tháng cuối năm 2025", deadline("2025-12-31", "2025-07-01")],
  ["Nửa đầu năm 2026", deadline("2026-06-30", "2026-01-01")],
  [
    "6 tháng đầu năm",
    deadline("2026-06-30", "2026-01-01", { year: false, month: false, day: false }),
    PLAN_2026,
  ],
  ["6 tháng đầu năm", recurring({ period: "year", month: 6, ...PROGRAMME })],
  ["6 tháng cuối năm", recurring({ period: "year", month: 12, ...PROGRAMME })],
  ["6 tháng cuối năm", recurring({ period: "year", month: 12 }), {}],
  // Recurring.
  ["Hằng năm", recurring({ period: "year", month: 12, ...PROGRAMME })],
  ["Hàng năm", recurring({ period: "year", month: 12, ...PROGRAMME })],
  ["HẰNG NĂM", recurring({ period: "year", month: 12, ...PROGRAMME })],
  ["Hằng năm", recurring({ period: "year", month: 12 }), {}],
  ["Tháng 12 hằng năm", recurring({ period: "year", month: 12, ...PROGRAMME })],
  ["Tháng 6 hàng năm", recurring({ period: "year", month: 6, ...PROGRAMME })],
  ["Trước 15/12 hằng năm", recurring({ period: "year", month: 12, day: 15, ...PROGRAMME })],
  ["Trước ngày 15 tháng 12 hằng năm", recurring({ period: "year", month: 12, day: 15, ...PROGRAMME })],
  ["Trước 30/6/2026; hằng năm", recurring({ period: "year", month: 6, day: 30, ...PROGRAMME })],
  ["Quý IV hằng năm", recurring({ period: "year", month: 12, ...PROGRAMME })],
  ["Trước 31/2 hằng năm", unparsed("invalid-date")],
  ["Hằng năm giai đoạn 2023-2025", recurring({ period: "year", month: 12, firstYear: 2023, lastYear: 2025 })],
  ["Hằng năm, từ năm 2025", recurring({ period: "year", month: 12, firstYear: 2025, lastYear: 2030 })],
  ["Hằng quý", recurring({ period: "quarter", ...PROGRAMME })],
  ["Định kỳ hằng quý", recurring({ period: "quarter", ...PROGRAMME })],
  ["Hằng tháng", recurring({ period: "month", ...PROGRAMME })],
  ["Trước ngày 25 hằng tháng", recurring({ period: "month", day: 25, ...PROGRAMME })],
  ["Định kỳ 6 tháng", recurring({ period: "half", ...PROGRAMME })],
  ["định kỳ 6 tháng", recurring({ period: "half", ...PROGRAMME })],
  ["6 tháng một lần", recurring({ period: "half", ...PROGRAMME })],
  // Continuous.
  ["Thường xuyên", continuous],
  ["Thường xuyên, liên tục", continuous],
  ["Liên tục", continuous],
  ["THƯỜNG XUYÊN", continuous],
  ["Thường xuyên, đến năm 2025", deadline("2025-12-31")],
  // Phases.
  ["GĐ1: 2025; GĐ2: 2030", milestones(["GĐ1", "2025-12-31"], ["GĐ2", "2030-12-31"])],
  ["GĐ1: 2025;\n\nGĐ2: 2030", milestones(["GĐ1", "2025-12-31"], ["GĐ2", "2030-12-31"])],
  [
    "Giai đoạn 1: 2025, giai đoạn 2: 2030",
    milestones(["Giai đoạn 1", "2025-12-31"], ["giai đoạn 2", "2030-12-31"]),
  ],
  ["GĐ1: 2023-2025; GĐ2: 2026-2030", milestones(["GĐ1", "2025-12-31"], ["GĐ2", "2030-12-31"])],
  ["gđ 1: năm 2025", milestones(["gđ 1", "2025-12-31"])],
  ["GĐ I (2023 – 2025); GĐ II (2026 – 2030)", milestones(["GĐ I", "2025-12-31"], ["GĐ II", "2030-12-31"])],
  // Nothing to read.
  ["", unparsed("empty")],
  ["   ", unparsed("empty")],
  ["\n\t", unparsed("empty")],
  // Event-relative wording is a form of its own (parseTimeframe.appendix.test.ts has the full table).
  ["Theo tiến độ của Bộ", { kind: "event", relation: "schedule", trigger: "Theo tiến độ của Bộ" }],
  ["Theo chỉ đạo của UBND tỉnh", { kind: "event", relation: "request", trigger: "Theo chỉ đạo của UBND tỉnh" }],
  ["Theo Kế hoạch số 1376/KH-UBND", { kind: "event", relation: "schedule", trigger: "Theo Kế hoạch số 1376/KH-UBND" }],
  ["Chưa rõ", unparsed("free-text")],
  ["x", unparsed("free-text")],
  ["12.53%", unparsed("no-date")],
  ["1.5", unparsed("no-date")],
  ["1.0", unparsed("no-date")],
  ["100", unparsed("no-date")],
];

describe("parseTimeframe", () => {
  test.each(rows)("%j", (input, expected, ctx = CTX) => {
    expect(parseTimeframe(input, ctx)).toEqual({ text: cleanText(input), ...expected });
  });

  test.each(rows)("reads %j the same when stored decomposed (NFD)", (input, _expected, ctx = CTX) => {
    const nfd = input.normalize("NFD");
    expect(parseTimeframe(nfd, ctx)).toEqual(parseTimeframe(input, ctx));
  });

  test("keeps the text as written: NFC, trimmed, inner spacing and case untouched", () => {
    const tf = parseTimeframe("  Quý I/2026 ".normalize("NFD"), CTX);
    expect(tf.text).toBe("Quý I/2026");
    expect(tf.text).toBe("Quý I/2026".normalize("NFC"));
  });

  test("never throws and always echoes the cleaned text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 40 }), (s) => {
        const tf = parseTimeframe(s, CTX);
        expect(tf.text).toBe(cleanText(s));
      }),
      { numRuns: 500 },
    );
  });

  test("survives input that is not a string", () => {
    expect(parseTimeframe(undefined as unknown as string)).toEqual({
      kind: "unparsed",
      text: "",
      reason: "empty",
    });
  });

  test("the debug hook names the parsers tried and why each declined", () => {
    const lines: string[] = [];
    parseTimeframe("Quý I/2026", CTX, (line) => lines.push(line));
    expect(lines.some((l) => /^phases: declined — no phase label/.test(l))).toBe(true);
    expect(lines.some((l) => /^yearRange: declined — no two years/.test(l))).toBe(true);
    expect(lines[lines.length - 1]).toBe("quarter: read it → deadline 2026-01-01 … 2026-03-31");
    expect(lines.some((l) => l.startsWith("month:"))).toBe(false);
  });

  test("the debug hook reports a miss", () => {
    const lines: string[] = [];
    parseTimeframe("Chưa rõ", CTX, (line) => lines.push(line));
    expect(lines[lines.length - 1]).toBe("no parser read it → unparsed (free-text)");
    expect(lines.filter((l) => l.includes(": declined")).length).toBe(timeframeParsers.length);
  });

  test("a throwing debug hook does not change the result", () => {
    const tf = parseTimeframe("2026", CTX, () => {
      throw new Error("boom");
    });
    expect(tf).toEqual({
      kind: "deadline",
      text: "2026",
      due: "2026-12-31",
      start: "2026-01-01",
      certain: YEAR,
    });
  });
});
