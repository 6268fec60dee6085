// One <c> element for a value the patch writes.
import type { PatchValue } from "../../core/patch/WorkbookPatch";
import { isoDateToSerial } from "../ooxml/isoDateToSerial";
import { MAX_CELL_CHARS, fitText } from "../../core/grid/excelLimits";
import { escapeText } from "./xmlEscape";

export interface CellXmlContext {
  /** Namespace prefix of the sheet's elements with its colon, or "". */
  prefix: string;
  date1904: boolean;
}

// Serials of the dates written, per date system: a report writes the same few hundred dates on 10⁴ rows.
const serials = [new Map<string, number | null>(), new Map<string, number | null>()] as const;

function dateSerial(date: string, date1904: boolean): number | null {
  const known = serials[date1904 ? 1 : 0];
  let serial = known.get(date);
  if (serial === undefined) {
    serial = isoDateToSerial(date, date1904);
    if (known.size > 10_000) known.clear();
    known.set(date, serial);
  }
  return serial;
}

function inlineString(p: string, ref: string, s: string, value: string): string {
  // A cell holds at most 32,767 characters; a longer text (a staff cell another program wrote) ends in "…".
  const text = fitText(value, MAX_CELL_CHARS);
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${space}>${escapeText(text)}</${p}t></${p}is></${p}c>`;
}

/**
 * Strings are written inline (t="inlineStr") so xl/sharedStrings.xml is never touched; dates as serials in the
 * workbook's date system. Null with a style gives a styled empty cell; null without one gives no element at all.
 */
export function cellXml(ref: string, value: PatchValue, styleIndex: number | undefined, ctx: CellXmlContext): string | null {
  const p = ctx.prefix;
  const s = styleIndex !== undefined && styleIndex > 0 ? ` s="${styleIndex}"` : "";
  if (value === null) return s === "" ? null : `<${p}c r="${ref}"${s}/>`;
  if (typeof value === "string") return inlineString(p, ref, s, value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return `<${p}c r="${ref}"${s} t="e"><${p}v>#NUM!</${p}v></${p}c>`;
    return `<${p}c r="${ref}"${s}><${p}v>${value}</${p}v></${p}c>`;
  }
  if (typeof value === "boolean") return `<${p}c r="${ref}"${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if ("date" in value) {
    const serial = dateSerial(value.date, ctx.date1904);
    return serial === null ? inlineString(p, ref, s, value.date) : `<${p}c r="${ref}"${s}><${p}v>${serial}</${p}v></${p}c>`;
  }
  if ("formula" in value) return `<${p}c r="${ref}"${s}><${p}f>${escapeText(value.formula.replace(/^=/, ""))}</${p}f></${p}c>`;
  return inlineString(p, ref, s, value.text);
}
