// Setting or removing one attribute in the raw text of a start tag, keeping the rest of the tag as written.
import { escapeAttr } from "./xmlEscape";

// One pattern per attribute name, made once: an edited plan sheet sets or drops attributes on every row it writes.
const patterns = new Map<string, RegExp>();

function attrPattern(name: string): RegExp {
  let re = patterns.get(name);
  if (re === undefined) {
    re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
    patterns.set(name, re);
  }
  return re;
}

/** `<row r="3" spans="1:6">` with ("spans", null) → `<row r="3">`; with ("ht", "30") → adds or replaces ht. */
export function setTagAttr(tag: string, name: string, value: string | null): string {
  const re = attrPattern(name);
  const found = re.exec(tag);
  if (value === null) return found ? tag.slice(0, found.index) + tag.slice(found.index + found[0].length) : tag;
  const text = ` ${name}="${escapeAttr(value)}"`;
  if (found) return tag.slice(0, found.index) + text + tag.slice(found.index + found[0].length);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  let at = close;
  while (at > 0 && /\s/.test(tag.charAt(at - 1))) at--;
  return tag.slice(0, at) + text + tag.slice(at);
}

/** `<row r="3"/>` → `<row r="3">` (the caller adds content and the end tag). */
export function openForm(tag: string): string {
  return tag.endsWith("/>") ? tag.slice(0, -2).trimEnd() + ">" : tag;
}

/** The qualified name of a start tag's element: "x:row" for `<x:row r="1">`. */
export function tagQName(tag: string): string {
  const m = /^<([^\s/>]+)/.exec(tag);
  return m?.[1] ?? "";
}
