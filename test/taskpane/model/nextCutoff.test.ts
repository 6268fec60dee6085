import { nextCutoff } from "../../../src/taskpane/model/unitReminder";

describe("nextCutoff", () => {
  it.each([
    ["2026-11-30", 14, "2026-12-14"],
    ["2026-11-14", 14, "2026-11-14"],
    ["2026-11-13", 14, "2026-11-14"],
    ["2026-12-20", 14, "2027-01-14"],
    ["2026-01-31", 31, "2026-01-31"],
    ["2026-02-01", 31, "2026-02-28"],
    // A cut-off day that is not a day of the month falls back to the default 14.
    ["2026-11-30", 40, "2026-12-14"],
  ])("%s with cut-off day %d → %s", (date, cutoff, expected) => {
    expect(nextCutoff(date, cutoff)).toBe(expected);
  });
});
