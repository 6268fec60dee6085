// CellValue → text, the way a reader of the sheet sees it.
import type { CellValue } from "../grid/Grid";
import { excelSerialToIso, formatVnDate } from "../date/calendar";
import { cleanText } from "../text/normalize";

/** Excel's error values, as hosts deliver them in place of a value. */
const CELL_ERRORS: ReadonlySet<string> = new Set([
  "#REF!",
  "#N/A",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#GETTING_DATA",
]);

/** The error text when the cell holds an Excel error value ("#REF!", "#N/A" …), else null. */
export function cellError(value: CellValue | undefined): string | null {
  if (typeof value !== "string" || value.length > 14 || value.length < 4) return null;
  const trimmed = value.trim();
  return CELL_ERRORS.has(trimmed) ? trimmed : null;
}

const BRACKETED = /\[[^\]]*\]|"[^"]*"|\\./g;
const DATE_PART = /[dy]/i;
const MONTH_PART = /m/i;
const TIME_PART = /[hs]/i;
const dateFormatCache = new Map<string, boolean>();

/** True for a number format that shows a date ("dd/mm/yyyy", "d-mmm-yy", "[$-42A]d/m/yyyy"). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  let known = dateFormatCache.get(format);
  if (known === undefined) {
    // Colours, locales and literal text can hold the letters d, m, y: drop them before looking.
    const bare = format.replace(BRACKETED, "");
    known = DATE_PART.test(bare) || (MONTH_PART.test(bare) && !TIME_PART.test(bare));
    if (dateFormatCache.size < 1000) dateFormatCache.set(format, known);
  }
  return known;
}

/** A number as a person reads it: no ".0", no floating-point noise (0.1 + 0.2 → "0.3"). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return "";
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(12)));
}

/**
 * A string cleanText would return unchanged: most cells, returned as they are without allocating. Looks for
 * what cleanText changes: whitespace at either end, returns, tabs and other control characters, doubled
 * spaces, spaces at a line's edge, odd spaces (U+00A0, U+2000–U+200B, U+202F, U+205F, U+3000), and what NFC
 * changes in practice: combining marks (decomposed Vietnamese), the Ohm/Kelvin/Ångström signs, CJK
 * compatibility ideographs. A plain loop: a Unicode regex over every cell's text was the reader's hot spot.
 */
export function isClean(s: string): boolean {
  const n = s.length;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(n - 1);
  if (first <= 32 || last <= 32) return false;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300) {
      if (c === 32) {
        if (previous === 32 || previous === 10) return false;
      } else if (c === 10) {
        if (previous === 32) return false;
      } else if (c < 32 || c === 0xa0) {
        return false;
      }
    } else if (
      c <= 0x36f ||
      (c >= 0x1dc0 && c <= 0x1dff) ||
      (c >= 0x2000 && c <= 0x200b) ||
      (c >= 0x20d0 && c <= 0x20ff) ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x2126 ||
      c === 0x212a ||
      c === 0x212b ||
      c === 0x3000 ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe20 && c <= 0xfe2f)
    ) {
      return false;
    }
    previous = c;
  }
  return true;
}

/**
 * The text of a cell: strings cleaned (NFC, spaces, trimmed, newlines kept), numbers without ".0",
 * date-formatted numbers as "dd/mm/yyyy", percent-formatted numbers as "80%", booleans as TRUE/FALSE.
 * Error values and empty cells give "" (callers report errors with cellError).
 */
export function cellText(value: CellValue | undefined, format?: string | null, date1904 = false): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") {
    if (value === "" || cellError(value)) return "";
    return isClean(value) ? value : cleanText(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number" || !Number.isFinite(value)) return "";
  if (format && isDateFormat(format)) {
    const iso = excelSerialToIso(value, date1904);
    if (iso) return formatVnDate(iso);
  }
  if (format && format.includes("%")) return `${formatNumber(value * 100)}%`;
  return formatNumber(value);
}
