// A time given as a sitting of the legislature or a council, on its own calendar, with no date in the cell:
// "Kỳ họp thứ nhất Quốc hội khóa XVI" (Nghị quyết 97/NQ-CP ngày 06/4/2026, Phụ lục;
// test/fixtures/corpus/nq97-2026-pl). Read as an event (never overdue), not unparsed. A sitting written with its
// month or date is read by that date.
import { parseTimeframe } from "../../../src/core/timeframe/parseTimeframe";

const ROWS: [string, string, Record<string, unknown>][] = [
  [
    "the National Assembly's first sitting (97/NQ-CP)",
    "Kỳ họp thứ nhất Quốc hội khóa XVI",
    { kind: "event", relation: "schedule", trigger: "Kỳ họp thứ nhất Quốc hội khóa XVI" },
  ],
  [
    "a provincial council's sitting",
    "Tại Kỳ họp HĐND tỉnh cuối năm",
    { kind: "event", relation: "schedule", trigger: "Tại Kỳ họp HĐND tỉnh cuối năm" },
  ],
  [
    "a Government meeting",
    "Phiên họp Chính phủ thường kỳ",
    { kind: "event", relation: "schedule", trigger: "Phiên họp Chính phủ thường kỳ" },
  ],
  [
    "upper case",
    "KỲ HỌP THỨ NHẤT QUỐC HỘI KHÓA XVI",
    { kind: "event", relation: "schedule", trigger: "KỲ HỌP THỨ NHẤT QUỐC HỘI KHÓA XVI" },
  ],
  // Negative cases: a sitting with its month is that month; a date before the sitting wins; other "kỳ" words.
  ["a sitting with its month", "Kỳ họp tháng 7/2026", { kind: "deadline", due: "2026-07-31" }],
  [
    "a month before the sitting",
    "Tháng 6/2026, trình Kỳ họp HĐND tỉnh",
    { kind: "deadline", due: "2026-06-30" },
  ],
  ["định kỳ is no sitting", "Định kỳ", { kind: "unparsed" }],
];

describe("parseTimeframe: sittings of the legislature and councils", () => {
  it.each(ROWS)("%s", (_label, input, expected) => {
    expect(parseTimeframe(input)).toMatchObject(expected);
    const nfd = parseTimeframe(input.normalize("NFD"));
    expect(nfd.kind).toBe(expected.kind);
  });
});
