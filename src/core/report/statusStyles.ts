// The status cell look: the status colour as the fill, dark text of the same hue, a thin border, wrapped words.
import type { StatusCode } from "../model/Status";
import type { CellStyle, FontStyle } from "../patch/WorkbookPatch";
import { STATUS_PALETTE, UI_COLORS } from "./palette";
import type { StyleBook } from "./StyleBook";

/** Style key of a status cell; `font` sets the family of the sheet (the report prints in Times New Roman). */
export function statusStyle(
  book: StyleBook,
  code: StatusCode,
  prefix = "status",
  font: FontStyle = {},
  horizontal: "left" | "center" = "center",
): string {
  const colors = STATUS_PALETTE[code];
  const style: CellStyle = {
    font: { ...font, color: colors.text },
    fill: colors.fill,
    border: { style: "thin", color: UI_COLORS.border },
    // Left-aligned words keep a small indent off the border, as the report's other bordered text does.
    alignment: { horizontal, vertical: "middle", wrap: true, ...(horizontal === "left" ? { indent: 1 } : {}) },
  };
  return book.use(`${prefix}.${code}`, style);
}

/** The style keys of every status at once, for builders that style thousands of cells. */
export function statusStyleKeys(
  book: StyleBook,
  prefix = "status",
  font: FontStyle = {},
  horizontal: "left" | "center" = "center",
): Record<StatusCode, string> {
  const keys = {} as Record<StatusCode, string>;
  for (const code of Object.keys(STATUS_PALETTE) as StatusCode[]) keys[code] = statusStyle(book, code, prefix, font, horizontal);
  return keys;
}

/** The conditional-format style of a status: fill and text colour only, so it repaints a manual edit. */
export function statusRuleStyle(book: StyleBook, code: StatusCode): string {
  const colors = STATUS_PALETTE[code];
  return book.use(`rule.${code}`, { font: { color: colors.text }, fill: colors.fill });
}
