// Conditional formats and data validations as worksheet XML.
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

export function dataValidationXml(p: string, dv: DataValidation, date1904: boolean): string {
  let type: string;
  const operator = "between";
  let f1: string;
  let f2: string | undefined;
  switch (dv.kind) {
    case "list":
      type = "list";
      f1 = quoted(dv.values.join(","));
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
  if (dv.error) attrs += ` errorTitle="${escapeAttr(dv.error.title)}" error="${escapeAttr(dv.error.text)}"`;
  if (dv.prompt) attrs += ` promptTitle="${escapeAttr(dv.prompt.title)}" prompt="${escapeAttr(dv.prompt.text)}"`;
  attrs += ` sqref="${rangeRef(dv.range)}"`;
  const formulas = `<${p}formula1>${escapeText(f1)}</${p}formula1>` + (f2 !== undefined ? `<${p}formula2>${escapeText(f2)}</${p}formula2>` : "");
  return `<${p}dataValidation${attrs}>${formulas}</${p}dataValidation>`;
}
