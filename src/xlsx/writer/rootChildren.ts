// The child elements of a part's root, with their offsets, for editing a part by splicing whole elements.
import { XmlCursor } from "../ooxml/XmlCursor";

export interface ChildElement {
  /** Local name. */
  name: string;
  start: number;
  end: number;
}

export interface RootLayout {
  /** Local name of the root element. */
  root: string;
  /** The root's start tag, as written. */
  openTag: string;
  openEnd: number;
  /** Offset of the root's end tag ("<" of </worksheet>). */
  closeStart: number;
  /** Namespace prefix of the root element with its colon ("x:"), or "" for the default namespace. */
  prefix: string;
  children: ChildElement[];
}

/** Throws a plain Error when the part is not well-formed enough to find its root's end. */
export function rootChildren(xml: string): RootLayout {
  const cursor = new XmlCursor(xml);
  let found = false;
  while (!found && cursor.next()) found = !cursor.isClose();
  if (!found) throw new Error("xml: no root element");
  const root = cursor.name;
  const openTag = xml.slice(cursor.tagStart, cursor.tagEnd);
  const qname = /^<([^\s/>]+)/.exec(openTag)?.[1] ?? root;
  const prefix = qname.includes(":") ? qname.slice(0, qname.indexOf(":") + 1) : "";
  const openEnd = cursor.tagEnd;
  if (!cursor.isOpen()) throw new Error("xml: empty root element");
  const children: ChildElement[] = [];
  while (cursor.next()) {
    if (cursor.isClose()) {
      return { root, openTag, openEnd, closeStart: cursor.tagStart, prefix, children };
    }
    const name = cursor.name;
    const start = cursor.tagStart;
    cursor.skip();
    children.push({ name, start, end: cursor.tagEnd });
  }
  throw new Error("xml: root element never ends");
}

/**
 * Where a new child `name` goes so the schema's sequence holds: before the first existing child that comes after
 * it in `order`; children the order does not know (mc:AlternateContent) are stepped over.
 */
export function insertionPoint(layout: RootLayout, order: readonly string[], name: string): number {
  const rank = order.indexOf(name);
  for (const child of layout.children) {
    const r = order.indexOf(child.name);
    if (r > rank) return child.start;
  }
  return layout.closeStart;
}

/** The namespace URI bound to `prefix` ("" = default) on the root start tag. */
export function namespaceOf(openTag: string, prefix: string): string | undefined {
  const attr = prefix === "" ? "xmlns" : `xmlns:${prefix.replace(/:$/, "")}`;
  const m = new RegExp(`\\s${attr.replace(":", "\\:")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(openTag);
  return m ? (m[2] ?? m[3]) : undefined;
}

/** The prefix the root binds to a namespace URI ending in `suffix` (e.g. "/relationships"), without colon. */
export function prefixFor(openTag: string, suffix: string): string | undefined {
  const re = /\sxmlns:([\w.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(openTag); m; m = re.exec(openTag)) {
    const uri = m[3] ?? m[4] ?? "";
    if (uri.endsWith(suffix)) return m[1];
  }
  return undefined;
}
