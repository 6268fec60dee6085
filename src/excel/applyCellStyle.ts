// A patch CellStyle → the queued property sets on a RangeFormat (a Range's or a RangeAreas' `format`). The number
// format is not here: RangeAreas has none, so it travels with the values blocks.
import type { BorderStyle, CellStyle, Color, FontStyle } from "../core/patch/WorkbookPatch";

export function hex(color: Color): string {
  return `#${color}`;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

export function applyFont(font: Excel.RangeFont | Excel.ConditionalRangeFont, style: FontStyle): void {
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.color !== undefined) font.color = hex(style.color);
  if (style.underline !== undefined) font.underline = style.underline ? "Single" : "None";
}

/**
 * A per-cell border on every cell of a block: its outer edges plus the inside lines between its cells, so a
 * block styled at once looks the same as its cells styled one by one.
 */
function applyBorder(format: Excel.RangeFormat, border: BorderStyle): void {
  const sides = border.sides ?? ["top", "bottom", "left", "right"];
  const edges = new Set<
    | Excel.BorderIndex
    | "EdgeTop"
    | "EdgeBottom"
    | "EdgeLeft"
    | "EdgeRight"
    | "InsideVertical"
    | "InsideHorizontal"
  >();
  for (const side of sides) {
    if (side === "top") edges.add("EdgeTop").add("InsideHorizontal");
    if (side === "bottom") edges.add("EdgeBottom").add("InsideHorizontal");
    if (side === "left") edges.add("EdgeLeft").add("InsideVertical");
    if (side === "right") edges.add("EdgeRight").add("InsideVertical");
  }
  for (const edge of edges) {
    const line = format.borders.getItem(edge);
    line.style = "Continuous";
    line.weight = border.style === "medium" ? "Medium" : "Thin";
    if (border.color !== undefined) line.color = hex(border.color);
  }
}

export function applyCellStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.fill !== undefined) format.fill.color = hex(style.fill);
  if (style.font) {
    applyFont(format.font, style.font);
    if (style.font.name !== undefined) format.font.name = style.font.name;
    if (style.font.size !== undefined) format.font.size = style.font.size;
  }
  const align = style.alignment;
  if (align) {
    if (align.horizontal) format.horizontalAlignment = HORIZONTAL[align.horizontal];
    if (align.vertical) format.verticalAlignment = VERTICAL[align.vertical];
    if (align.wrap !== undefined) format.wrapText = align.wrap;
    if (align.indent !== undefined) format.indentLevel = align.indent;
  }
  if (style.border) applyBorder(format, style.border);
}

/** The parts of a style a conditional format can carry (Excel allows font and fill there, not size or name). */
export function applyConditionalStyle(format: Excel.ConditionalRangeFormat, style: CellStyle): void {
  if (style.fill !== undefined) format.fill.color = hex(style.fill);
  if (style.font) applyFont(format.font, style.font);
}

/** Excel character units (widths of "0" in the default 11-point font, 7 px) → points, with the 5 px cell padding. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
