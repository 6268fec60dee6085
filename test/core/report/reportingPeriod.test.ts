import { reportingPeriod } from "../../../src/core/report/reportingPeriod";

describe("reportingPeriod", () => {
  test.each([
    // Khánh Hòa's rule: the 15th of the previous month to the 14th of the report month.
    ["2026-11-30", 14, { year: 2026, month: 11, start: "2026-10-15", end: "2026-11-14" }],
    ["2026-11-14", 14, { year: 2026, month: 11, start: "2026-10-15", end: "2026-11-14" }],
    ["2026-11-01", 14, { year: 2026, month: 11, start: "2026-10-15", end: "2026-11-14" }],
    // January reaches back into December of the previous year.
    ["2027-01-20", 14, { year: 2027, month: 1, start: "2026-12-15", end: "2027-01-14" }],
    // A cut-off past the month's end is its last day: the whole calendar month.
    ["2026-11-30", 31, { year: 2026, month: 11, start: "2026-11-01", end: "2026-11-30" }],
    ["2026-03-10", 30, { year: 2026, month: 3, start: "2026-03-01", end: "2026-03-30" }],
    ["2024-03-10", 29, { year: 2024, month: 3, start: "2024-03-01", end: "2024-03-29" }],
    ["2026-03-10", 20, { year: 2026, month: 3, start: "2026-02-21", end: "2026-03-20" }],
    // A cut-off that is not a day of the month falls back to 14.
    ["2026-11-30", 0, { year: 2026, month: 11, start: "2026-10-15", end: "2026-11-14" }],
    ["2026-11-30", 32, { year: 2026, month: 11, start: "2026-10-15", end: "2026-11-14" }],
    ["2026-11-30", 14.5, { year: 2026, month: 11, start: "2026-10-15", end: "2026-11-14" }],
    ["2026-11-30", Number.NaN, { year: 2026, month: 11, start: "2026-10-15", end: "2026-11-14" }],
  ])("%s with cut-off %p", (date, cutoff, expected) => {
    expect(reportingPeriod(date, cutoff)).toEqual(expected);
  });
});
