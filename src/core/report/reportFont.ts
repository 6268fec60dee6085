// The one typeface of plan-tracker's own sheets and columns. Nghị định 30/2020/NĐ-CP has administrative documents in
// Times New Roman, and the Sở GDĐT's plan workbooks are typed in it (the samples' tables are Times New Roman 12), so
// a report in the workbook's default font (Calibri) would look foreign next to the plan: 12 points for text, 11 for
// the dense timeline table, larger only for titles.
import type { FontStyle } from "../patch/WorkbookPatch";

export const REPORT_FONT = "Times New Roman";
/** Text and tables. */
export const BODY_SIZE = 12;
/** The timeline's table, whose many columns must fit one page wide. */
export const DENSE_SIZE = 11;

/** The report typeface at `size` with the given emphasis and colour. */
export function reportFont(size: number = BODY_SIZE, extra: Omit<FontStyle, "name" | "size"> = {}): FontStyle {
  return { name: REPORT_FONT, size, ...extra };
}

/**
 * Points per line of wrapped Times New Roman at `size`: about 1.3 times the size, rounded up to a quarter point, which
 * is Excel's own single-line height for the sizes used here (15.75 at 12 points, 17 at 13) and leaves LibreOffice,
 * whose lines are a little shorter, some air rather than clipped descenders.
 */
export function lineHeight(size: number): number {
  return Math.ceil(size * 1.3 * 4) / 4;
}

/**
 * Characters of Vietnamese text per unit of column width at `size`. A width unit is the default font's digit width
 * (7 px for Calibri 11). Measured on the samples rendered with metric-compatible fonts (Liberation Serif, Carlito):
 * 1.05 to 1.12 characters of Times New Roman 12 per unit, depending on capitals and diacritics, proportionally more at
 * smaller sizes, bold a tenth fewer. The lower figure errs towards a line too many rather than a clipped one.
 */
export function charsPerUnit(size: number = BODY_SIZE, bold = false): number {
  return ((1.05 * BODY_SIZE) / size) * (bold ? 0.9 : 1);
}
