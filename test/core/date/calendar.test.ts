import {
  addDays,
  daysInMonth,
  diffDays,
  endOfMonth,
  excelSerialToIso,
  formatVnDate,
  isoToExcelSerial,
  isValidDate,
  parseIso,
} from "../../../src/core/date/calendar";

test.each([
  [2026, 1, 31],
  [2026, 2, 28],
  [2024, 2, 29],
  [2000, 2, 29],
  [1900, 2, 28],
  [2100, 2, 28],
  [2026, 4, 30],
  [2026, 12, 31],
])("daysInMonth(%i, %i) = %i", (y, m, d) => {
  expect(daysInMonth(y, m)).toBe(d);
  // Cross-check against the platform calendar.
  expect(new Date(Date.UTC(y, m, 0)).getUTCDate()).toBe(d);
});

test.each([
  ["2026-11-30", { year: 2026, month: 11, day: 30 }],
  ["2024-02-29", { year: 2024, month: 2, day: 29 }],
  ["2026-02-29", null],
  ["2026-13-01", null],
  ["26-11-30", null],
  ["2026-11-30T00:00", null],
])("parseIso(%s)", (text, expected) => {
  expect(parseIso(text)).toEqual(expected);
});

test("isValidDate rejects impossible dates", () => {
  expect(isValidDate(2026, 2, 29)).toBe(false);
  expect(isValidDate(2026, 6, 31)).toBe(false);
  expect(isValidDate(2026, 6, 30)).toBe(true);
});

test("day arithmetic", () => {
  expect(addDays("2026-11-30", 31)).toBe("2026-12-31");
  expect(diffDays("2026-11-30", "2025-12-31")).toBe(-334);
  expect(endOfMonth(2026, 2)).toBe("2026-02-28");
  expect(formatVnDate("2026-03-05")).toBe("05/03/2026");
});

test.each([
  [1, "1900-01-01"],
  [59, "1900-02-28"],
  [61, "1900-03-01"],
  [45260, "2023-11-30"],
  [46356, "2026-11-30"],
])("Excel serial %i is %s, and back", (serial, iso) => {
  expect(excelSerialToIso(serial)).toBe(iso);
  expect(isoToExcelSerial(iso)).toBe(serial);
});

test("1904 date system", () => {
  expect(excelSerialToIso(0, true)).toBe("1904-01-01");
});
