// parseRangeRef reads references by hand: the same ranges as the pattern A1 references follow, on a table of forms
// and on random text checked against that pattern.
import fc from "fast-check";
import type { CellRange } from "../../../src/core/grid/Grid";
import { parseRangeRef } from "../../../src/xlsx/writer/rangeRef";

const range = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

test.each([
  ["H9", range(8, 7, 8, 7)],
  ["$H$9", range(8, 7, 8, 7)],
  ["  A10:F10 ", range(9, 0, 9, 5)],
  ["F10:A1", range(0, 0, 9, 5)],
  ["H:H", range(0, 7, 1_048_575, 7)],
  ["9:9", range(8, 0, 8, 16_383)],
  ["xfd1048576", range(1_048_575, 16_383, 1_048_575, 16_383)],
  ["A1:B2:C3", range(0, 0, 1, 1)],
  ["$$5", range(4, 0, 4, 16_383)],
  ["A$", range(0, 0, 1_048_575, 0)],
  ["ABCD1", null],
  ["A0", null],
  ["A1:", null],
  ["", null],
  ["A1 B2", null],
  ["Ắ1", null],
])("%j", (ref, expected) => {
  expect(parseRangeRef(ref)).toEqual(expected);
});

/** The pattern the references follow, as a regular expression: the oracle for random text. */
function byPattern(ref: string): CellRange | null {
  const [first = "", second = first] = ref.trim().split(":");
  const corner = (text: string) => {
    const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
    if (!m || (m[1] === "" && m[2] === "")) return null;
    const out: { row?: number; col?: number } = {};
    if (m[1]) out.col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    if (m[2]) {
      if (Number(m[2]) - 1 < 0) return null;
      out.row = Number(m[2]) - 1;
    }
    return out;
  };
  const a = corner(first);
  const b = corner(second);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row ?? 0, b.row ?? 0),
    left: Math.min(a.col ?? 0, b.col ?? 0),
    bottom: Math.max(a.row ?? 1_048_575, b.row ?? 1_048_575),
    right: Math.max(a.col ?? 16_383, b.col ?? 16_383),
  };
}

test("random references read as the pattern reads them", () => {
  const piece = fc.constantFrom("$", ":", "A", "b", "Z", "0", "1", "9", " ", "Đ", "x");
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), (chars) => {
      const ref = chars.join("");
      expect(parseRangeRef(ref)).toEqual(byPattern(ref));
    }),
    { numRuns: 5000 },
  );
});
