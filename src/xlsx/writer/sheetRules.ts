// Conditional formats and data validations as worksheet XML.
import { MAX_VALIDATION_LIST, MAX_VALIDATION_MESSAGE, MAX_VALIDATION_TITLE, fitText } from "../../core/grid/excelLimits";
import type { ConditionalFormat, DataValidation } from "../../core/patch/WorkbookPatch";
import { isoDateToSerial } from "../ooxml/isoDateToSerial";
import { rangeRef } from "./rangeRef";
import { escapeAttr, escapeText } from "./xmlEscape";

/** Largest date serial Excel accepts (31/12/9999). */
const MAX_DATE_SERIAL = 2_958_465;

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `priority` is the first free priority of the sheet; returns the XML and the next free priority. */
export function conditionalFormatXml(
  p: string,
  format: ConditionalFormat,
  priority: number,
  dxfIndex: (styleKey: string) => number,
): { xml: string; next: number } {
  let next = priority;
  const rules = format.rules.map((rule) => {
    const prio = next++;
    if (rule.kind === "equals") {
      // "=" in a cellIs rule compares text without case, as the patch asks.
      return `<${p}cfRule type="cellIs" dxfId="${dxfIndex(rule.style)}" priority="${prio}" operator="equal"><${p}formula>${escapeText(quoted(rule.text))}</${p}formula></${p}cfRule>`;
    }
    const cfvo = (kind: "min" | "max", value: number | undefined) =>
      value === undefined ? `<${p}cfvo type="${kind}"/>` : `<${p}cfvo type="num" val="${value}"/>`;
    return `<${p}cfRule type="dataBar" priority="${prio}"><${p}dataBar>${cfvo("min", rule.min)}${cfvo("max", rule.max)}<${p}color rgb="FF${rule.color.toUpperCase()}"/></${p}dataBar></${p}cfRule>`;
  });
  return { xml: `<${p}conditionalFormatting sqref="${rangeRef(format.range)}">${rules.join("")}</${p}conditionalFormatting>`, next };
}

/**
 * One <dataValidation>, or null for a list whose formula would pass Excel's 255 characters (Excel refuses the file;
 * the cells are then left without a drop-down rather than with a broken one). Titles and messages are cut to fit.
 */
export function dataValidationXml(p: string, dv: DataValidation, date1904: boolean): string | null {
  let type: string;
  const operator = "between";
  let f1: string;
  let f2: string | undefined;
  switch (dv.kind) {
    case "list":
      type = "list";
      f1 = quoted(dv.values.join(","));
      if (f1.length > MAX_VALIDATION_LIST) return null;
      break;
    case "whole":
    case "decimal":
      type = dv.kind;
      f1 = String(dv.min);
      f2 = String(dv.max);
      break;
    case "date": {
      type = "date";
      const min = dv.min !== undefined ? isoDateToSerial(dv.min, date1904) : null;
      const max = dv.max !== undefined ? isoDateToSerial(dv.max, date1904) : null;
      f1 = String(min ?? 1);
      f2 = String(max ?? MAX_DATE_SERIAL);
      break;
    }
  }
  let attrs = ` type="${type}"`;
  if (type !== "list") attrs += ` operator="${operator}"`;
  attrs += ' allowBlank="1" showInputMessage="1" showErrorMessage="1"';
  const title = (t: string) => escapeAttr(fitText(t, MAX_VALIDATION_TITLE));
  const message = (t: string) => escapeAttr(fitText(t, MAX_VALIDATION_MESSAGE));
  if (dv.error) attrs += ` errorTitle="${title(dv.error.title)}" error="${message(dv.error.text)}"`;
  if (dv.prompt) attrs += ` promptTitle="${title(dv.prompt.title)}" prompt="${message(dv.prompt.text)}"`;
  attrs += ` sqref="${rangeRef(dv.range)}"`;
  const formulas = `<${p}formula1>${escapeText(f1)}</${p}formula1>` + (f2 !== undefined ? `<${p}formula2>${escapeText(f2)}</${p}formula2>` : "");
  return `<${p}dataValidation${attrs}>${formulas}</${p}dataValidation>`;
}
