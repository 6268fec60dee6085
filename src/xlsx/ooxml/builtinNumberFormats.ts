// Number formats that styles.xml refers to by id without writing their code.

/**
 * The built-in formats of ECMA-376 Part 1 §18.8.30, with the codes ExcelJS also reports, so both readers
 * agree. Id 0 (General) is absent on purpose: General means "no format" in a Grid. Ids 14–22 and 45–47 are
 * the dates and times every locale has.
 */
const BUILTIN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * Ids 27–36 and 50–58 are East Asian date and time formats whose code depends on the locale Excel runs in
 * (a workbook saved by Japanese or Chinese Excel carries them). The engine only needs to know they are dates
 * or times, so they read as an ISO-like date code, or a time code for 32 and 33.
 */
function eastAsianFormat(id: number): string | null {
  if (id === 32) return "h:mm";
  if (id === 33) return "h:mm:ss";
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return "yyyy-mm-dd";
  return null;
}

/** The code of a built-in format id, or null for General and for ids with no built-in meaning. */
export function builtinNumberFormat(id: number): string | null {
  return BUILTIN[id] ?? eastAsianFormat(id);
}
