import { parseTypedDate } from "../../../src/core/date/parseTypedDate";

test.each([
  ["30/11/2026", "2026-11-30"],
  ["1/3/2025", "2025-03-01"],
  ["14.11.2026", "2026-11-14"],
  ["14-11-2026", "2026-11-14"],
  [" 29/02/2028 ", "2028-02-29"],
  ["2026-11-30", "2026-11-30"],
  ["31/11/2026", null],
  ["29/02/2027", null],
  ["11/30/2026", null],
  ["30/11/26", null],
  ["30/11-2026", null],
  ["2026-2-3", null],
  ["tháng 11/2026", null],
  ["", null],
])("%j → %j", (text, expected) => {
  expect(parseTypedDate(text)).toBe(expected);
});
