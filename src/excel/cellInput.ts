// A patch value → what Range.values takes. Excel treats text assigned to `values` as if typed: "=…" becomes a
// formula, "12" a number, "1/2" a date, "TRUE" a boolean. A leading apostrophe keeps typed text as text (Excel
// stores it without the apostrophe), so text that Excel would convert is written with one.
import { isoToExcelSerial } from "../core/date/calendar";
import { MAX_CELL_CHARS, fitText } from "../core/grid/excelLimits";
import type { PatchValue } from "../core/patch/WorkbookPatch";

export type ExcelInput = string | number | boolean;

/** Days between serial 0 of the 1900 date system (1899-12-30) and of the 1904 one (1904-01-01). */
export const DAYS_1904 = 1462;

/** Starts like a formula, or would read as a number, date, time, percentage or boolean when typed. */
const CONVERTIBLE = [
  /^[=+\-@']/,
  /^\s*[(]?[$€₫]?\s*[\d.,]+\s*(?:%|[$€₫đ])?\s*[)]?\s*$/u,
  // "30/11/2026", "20.7.2020", "03/2026" (a month), "2023-2030": digits and date separators only.
  /^\s*\d{1,4}(?:\s*[/.:-]\s*\d{1,4}){1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[AaPp][Mm])?\s*$/,
  /^\s*(?:true|false)\s*$/i,
  // English month names read as dates in an en-US Excel: "Nov 2026", "1-Nov".
  /^\s*(?:\d{1,2}[\s-])?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:[\s-]\d{1,4})?\s*$/i,
];

export function needsTextGuard(text: string): boolean {
  return CONVERTIBLE.some((re) => re.test(text));
}

/**
 * Null (empty the cell) is written as "": Range.values leaves a cell unchanged where the array holds null.
 * Dates become serial numbers (the style carries the date format); a link writes its text (the hyperlink is set
 * separately).
 */
export function cellInput(value: PatchValue, date1904 = false): ExcelInput {
  if (value === null) return "";
  if (typeof value === "string") return guardedText(value);
  if (typeof value !== "object") return value;
  // A 1904 workbook counts days from 1904-01-01: the same day is 1,462 less.
  if ("date" in value) return isoToExcelSerial(value.date) - (date1904 ? DAYS_1904 : 0);
  if ("formula" in value) return value.formula.startsWith("=") ? value.formula : `=${value.formula}`;
  return guardedText(value.text);
}

/** Text as typed: with the apostrophe where Excel would convert it, and cut to the 32,767 characters a cell holds
 * (ending in "…", as the .xlsx writer does; the engine has already told the staff which cell, cell-text-too-long). */
function guardedText(text: string): string {
  const guarded = needsTextGuard(text) ? `'${text}` : text;
  return fitText(guarded, MAX_CELL_CHARS + (guarded === text ? 0 : 1));
}
