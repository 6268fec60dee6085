// Sheet names in references (defined names, hyperlinks, chart series) are always quoted: unquoted, KH2026 is the
// cell in column KH, row 2026, and R1C1 a cell in R1C1 notation.
import { quoteSheetName } from "../../../src/core/grid/address";
import { parseMarkerRef } from "../../../src/core/report/markers";

test.each([
  ["KH2026", "'KH2026'"],
  ["R1C1", "'R1C1'"],
  ["Sheet1", "'Sheet1'"],
  ["Tổng hợp", "'Tổng hợp'"],
  ["O'Brien", "'O''Brien'"],
])("%s → %s, read back as the same sheet", (name, quoted) => {
  expect(quoteSheetName(name)).toBe(quoted);
  expect(parseMarkerRef(`${quoteSheetName(name)}!$B$9`)?.sheet).toBe(name);
});
