import { isoDateToSerial } from "../../../src/xlsx/ooxml/isoDateToSerial";

describe("isoDateToSerial", () => {
  test.each<[string, boolean, number | null]>([
    ["2026-06-30", false, 46203],
    ["2026-06-30T12:00:00", false, 46203.5],
    ["2026-06-30T06:00:00Z", false, 46203.25],
    ["2026-06-30T18:00:00.000+07:00", false, 46203.75],
    ["2026-06-30", true, 44741],
    ["1904-01-01", true, 0],
    ["1900-01-01", false, 1],
    ["1900-02-28", false, 59],
    ["1900-03-01", false, 61],
    ["12:00:00", false, 0.5],
    ["T06:00", false, 0.25],
    // not ISO dates
    ["30/06/2026", false, null],
    ["2026-02-30", false, null],
    ["2026-13-01", false, null],
    ["", false, null],
    ["Quý II/2026", false, null],
  ])("%p (1904: %p) → %p", (text, date1904, expected) => {
    const serial = isoDateToSerial(text, date1904);
    if (expected === null) expect(serial).toBeNull();
    else expect(serial).toBeCloseTo(expected, 9);
  });
});
