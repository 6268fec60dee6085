import type { RecurringTimeframe, TimeframeContext } from "../../../src/core/model/Timeframe";
import { currentOccurrence, occurrences, recurrenceBounds } from "../../../src/core/timeframe/occurrence";

const CTX: TimeframeContext = { programPeriod: { start: 2023, end: 2030 } };
const rec = (
  extra: Partial<RecurringTimeframe> & Pick<RecurringTimeframe, "period">,
): RecurringTimeframe => ({
  kind: "recurring",
  text: "",
  ...extra,
});

const yearly = rec({ period: "year", month: 12 });
const dec15 = rec({ period: "year", month: 12, day: 15 });
const quarterly = rec({ period: "quarter" });
const monthly25 = rec({ period: "month", day: 25 });
const halfYearly = rec({ period: "half" });

describe("currentOccurrence", () => {
  const rows: [
    string,
    RecurringTimeframe,
    string,
    TimeframeContext,
    { start: string; due: string } | null,
  ][] = [
    ["quarter in progress", quarterly, "2026-05-10", CTX, { start: "2026-04-01", due: "2026-06-30" }],
    ["quarter on its due date", quarterly, "2026-06-30", CTX, { start: "2026-04-01", due: "2026-06-30" }],
    [
      "the day after a quarter's due date",
      quarterly,
      "2026-07-01",
      CTX,
      { start: "2026-07-01", due: "2026-09-30" },
    ],
    [
      "year, due 15/12, on 16/12 → next year",
      dec15,
      "2026-12-16",
      CTX,
      { start: "2027-01-01", due: "2027-12-15" },
    ],
    ["year, due 15/12, in November", dec15, "2026-11-30", CTX, { start: "2026-01-01", due: "2026-12-15" }],
    [
      "after the programme → last occurrence",
      dec15,
      "2031-03-01",
      CTX,
      { start: "2030-01-01", due: "2030-12-15" },
    ],
    [
      "after the last due in the last year",
      dec15,
      "2030-12-20",
      CTX,
      { start: "2030-01-01", due: "2030-12-15" },
    ],
    [
      "before the programme → first occurrence",
      dec15,
      "2020-05-01",
      CTX,
      { start: "2023-01-01", due: "2023-12-15" },
    ],
    [
      "years written on the timeframe win over the programme",
      rec({ period: "year", month: 12, firstYear: 2023, lastYear: 2025 }),
      "2027-01-01",
      CTX,
      { start: "2025-01-01", due: "2025-12-31" },
    ],
    [
      "no years known: the year of the date",
      yearly,
      "2040-03-01",
      {},
      { start: "2040-01-01", due: "2040-12-31" },
    ],
    [
      "no years known: rolls into the next year",
      dec15,
      "2040-12-31",
      {},
      { start: "2041-01-01", due: "2041-12-15" },
    ],
    ["month with a day", monthly25, "2026-02-10", {}, { start: "2026-02-01", due: "2026-02-25" }],
    ["month with a day, past it", monthly25, "2026-02-26", {}, { start: "2026-03-01", due: "2026-03-25" }],
    [
      "month on 31/12 → December",
      rec({ period: "month" }),
      "2026-12-31",
      {},
      { start: "2026-12-01", due: "2026-12-31" },
    ],
    ["second half", halfYearly, "2026-07-01", CTX, { start: "2026-07-01", due: "2026-12-31" }],
    ["first half", halfYearly, "2026-01-01", CTX, { start: "2026-01-01", due: "2026-06-30" }],
    [
      "29/02 each year clamps to 28/02",
      rec({ period: "year", month: 2, day: 29 }),
      "2026-01-10",
      {},
      { start: "2026-01-01", due: "2026-02-28" },
    ],
    [
      "29/02 in a leap year",
      rec({ period: "year", month: 2, day: 29 }),
      "2028-01-10",
      {},
      { start: "2028-01-01", due: "2028-02-29" },
    ],
    [
      "only a first year known, date before it",
      rec({ period: "year", month: 6, firstYear: 2027 }),
      "2025-01-01",
      {},
      { start: "2027-01-01", due: "2027-06-30" },
    ],
    [
      "only a last year known, date after it",
      rec({ period: "year", month: 6, lastYear: 2024 }),
      "2026-01-01",
      {},
      { start: "2024-01-01", due: "2024-06-30" },
    ],
    ["not a date", yearly, "30/6/2026", CTX, null],
    [
      "empty years (first after last)",
      rec({ period: "year", firstYear: 2030, lastYear: 2025 }),
      "2026-01-01",
      {},
      null,
    ],
  ];
  test.each(rows)("%s", (_name, tf, date, ctx, expected) => {
    expect(currentOccurrence(tf, date, ctx)).toEqual(expected);
  });
});

describe("occurrences", () => {
  test("the four quarters of a year", () => {
    expect(occurrences(quarterly, CTX, 2026, 2026)).toEqual([
      { start: "2026-01-01", due: "2026-03-31" },
      { start: "2026-04-01", due: "2026-06-30" },
      { start: "2026-07-01", due: "2026-09-30" },
      { start: "2026-10-01", due: "2026-12-31" },
    ]);
  });

  test("kept within the programme", () => {
    const list = occurrences(yearly, CTX, 2020, 2035);
    expect(list).toHaveLength(8);
    expect(list[0]).toEqual({ start: "2023-01-01", due: "2023-12-31" });
    expect(list[7]).toEqual({ start: "2030-01-01", due: "2030-12-31" });
  });

  test("twelve months with their day", () => {
    const list = occurrences(monthly25, {}, 2026, 2026);
    expect(list).toHaveLength(12);
    expect(list.map((o) => o.due)).toContain("2026-02-25");
    expect(list[11]).toEqual({ start: "2026-12-01", due: "2026-12-25" });
  });

  test("a half-yearly recurrence over two years", () => {
    expect(occurrences(halfYearly, {}, 2025, 2026).map((o) => o.due)).toEqual([
      "2025-06-30",
      "2025-12-31",
      "2026-06-30",
      "2026-12-31",
    ]);
  });

  test("an absurd span is clamped instead of looping", () => {
    expect(occurrences(yearly, {}, -1e9, 1e9)).toHaveLength(111);
  });

  test("recurrenceBounds prefers the timeframe's years", () => {
    expect(recurrenceBounds(rec({ period: "year", lastYear: 2025 }), CTX)).toEqual({
      firstYear: 2023,
      lastYear: 2025,
    });
    expect(recurrenceBounds(yearly, {})).toEqual({});
  });
});
