// Excel's own limits, which the OOXML schema does not know: a part within the schema but past one of these makes
// Excel "repair" the workbook. The writer keeps every value it writes inside them.

/** Characters in one cell. */
export const MAX_CELL_CHARS = 32_767;
/** Column width in characters. */
export const MAX_COLUMN_WIDTH = 255;
/** Characters of a data-validation list formula ("a,b,c" in quotes included). */
export const MAX_VALIDATION_LIST = 255;
/** Data-validation titles and messages. */
export const MAX_VALIDATION_TITLE = 32;
export const MAX_VALIDATION_MESSAGE = 255;
/** Sheet names: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
export const MAX_SHEET_NAME = 31;

/** The mark that ends a text cut to fit a cell: visible, one character. */
export const TRUNCATION_MARK = "…";

/** `text` cut to `max` characters with the mark at the end (never between the halves of a surrogate pair). */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - TRUNCATION_MARK.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + TRUNCATION_MARK;
}

export function fitColumnWidth(width: number): number {
  return Number.isFinite(width) ? Math.min(MAX_COLUMN_WIDTH, Math.max(0, width)) : MAX_COLUMN_WIDTH;
}

/** Null when the name is one Excel accepts for a sheet, else why not. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return "empty";
  if (name.length > MAX_SHEET_NAME) return `longer than ${MAX_SHEET_NAME} characters`;
  if (/[:\\/?*[\]]/.test(name)) return "holds one of : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  return null;
}
