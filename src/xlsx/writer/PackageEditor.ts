// An unzipped package being edited: parts read and written by name, [Content_Types].xml overrides and .rels
// entries added or removed, then zipped again with every untouched entry's bytes and the entry order kept.
import { ZipArchive, type ZipEntry } from "../zip/ZipArchive";
import { writeZip, type ZipOutEntry } from "../zip/writeZip";
import { decodeXmlBytes } from "../ooxml/decodeXmlBytes";
import { readRelationships, type Relationship } from "../ooxml/readRelationships";
import { relationshipsPartName } from "../ooxml/resolvePartName";
import { XmlCursor } from "../ooxml/XmlCursor";
import { splice } from "./splice";
import { escapeAttr } from "./xmlEscape";

const encoder = new TextEncoder();
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const STORED = /\.(png|jpe?g|gif|emf|wmf|bin)$/i;

export const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export class PackageEditor {
  /**
   * Stored name → the entry as read (copied raw when written back, never inflated unless read) or the new bytes,
   * in the zip's entry order.
   */
  private readonly entries = new Map<string, { entry?: ZipEntry; data?: Uint8Array }>();
  private readonly byLower = new Map<string, string>();
  private readonly changed = new Set<string>();
  private readonly archive: ZipArchive;

  /** Throws ZipError when the archive's directory cannot be read. */
  constructor(bytes: Uint8Array) {
    this.archive = ZipArchive.open(bytes);
    for (const entry of this.archive.entries) {
      const name = entry.name;
      if (name.endsWith("/") || this.entries.has(name)) continue;
      this.entries.set(name, { entry });
      this.byLower.set(name.toLowerCase(), name);
    }
  }

  private bytesOf(stored: string): Uint8Array | undefined {
    const slot = this.entries.get(stored);
    if (slot === undefined) return undefined;
    if (slot.data === undefined && slot.entry !== undefined) slot.data = this.archive.inflate(slot.entry);
    return slot.data;
  }

  /** Stored name of a part ("/xl/a.xml" or "xl/a.xml"), matched without case as OPC requires. */
  find(partName: string): string | undefined {
    const name = partName.startsWith("/") ? partName.slice(1) : partName;
    return this.byLower.get(name.toLowerCase());
  }

  has(partName: string): boolean {
    return this.find(partName) !== undefined;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  readText(partName: string): string | undefined {
    const stored = this.find(partName);
    const data = stored === undefined ? undefined : this.bytesOf(stored);
    return data === undefined ? undefined : decodeXmlBytes(data);
  }

  /**
   * Replaces a part (keeping its stored name and place) or appends a new one. Parts are written in UTF-8: a part
   * read from UTF-16 has its declaration changed to say so.
   */
  writeText(partName: string, xml: string): void {
    const stored = this.find(partName) ?? (partName.startsWith("/") ? partName.slice(1) : partName);
    this.entries.set(stored, { data: encoder.encode(utf8Declaration(xml)) });
    this.byLower.set(stored.toLowerCase(), stored);
    this.changed.add(stored);
  }

  /** As writeText, for a part already encoded as UTF-8 (its declaration, if any, saying so). */
  writeBytes(partName: string, data: Uint8Array): void {
    const stored = this.find(partName) ?? (partName.startsWith("/") ? partName.slice(1) : partName);
    this.entries.set(stored, { data });
    this.byLower.set(stored.toLowerCase(), stored);
    this.changed.add(stored);
  }

  remove(partName: string): void {
    const stored = this.find(partName);
    if (stored === undefined) return;
    this.entries.delete(stored);
    this.byLower.delete(stored.toLowerCase());
    this.changed.add(stored);
  }

  /** Parts written or removed so far. */
  touched(): string[] {
    return [...this.changed];
  }

  /** A part name not yet used: "xl/worksheets/sheet" + n + ".xml" with the lowest free n ≥ 1. */
  freeName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.has(name)) return name;
    }
  }

  relationships(sourcePart: string): Relationship[] {
    const xml = this.readText(relationshipsPartName(sourcePart));
    return xml === undefined ? [] : readRelationships(xml, sourcePart);
  }

  /** Adds a relationship from `sourcePart` and returns its new id. `target` is written as given (relative). */
  addRelationship(sourcePart: string, type: string, target: string): string {
    const relsName = relationshipsPartName(sourcePart);
    const xml = this.readText(relsName) ?? `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}"></Relationships>`;
    const ids = new Set(readRelationships(xml, sourcePart).map((r) => r.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const entry = `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
    this.writeText(relsName, insertBeforeRootEnd(xml, entry));
    return id;
  }

  /** Removes the relationships of `sourcePart` with these ids; the .rels part goes when none is left. */
  removeRelationships(sourcePart: string, ids: ReadonlySet<string>): void {
    const relsName = relationshipsPartName(sourcePart);
    const xml = this.readText(relsName);
    if (xml === undefined || ids.size === 0) return;
    const edits = [];
    let left = 0;
    const cursor = new XmlCursor(xml);
    while (cursor.next()) {
      if (cursor.kind === "close" || cursor.name !== "Relationship") continue;
      const start = cursor.tagStart;
      const id = cursor.attr("Id") ?? "";
      if (cursor.kind === "open") cursor.skip();
      if (ids.has(id)) edits.push({ start, end: cursor.tagEnd, text: "" });
      else left++;
    }
    if (left === 0) this.remove(relsName);
    else this.writeText(relsName, splice(xml, edits));
  }

  /** Adds or replaces the [Content_Types].xml override of a part. */
  setContentType(partName: string, contentType: string): void {
    const absolute = "/" + (this.find(partName) ?? partName.replace(/^\//, ""));
    this.removeContentType(absolute);
    const xml = this.readText("[Content_Types].xml");
    if (xml === undefined) throw new Error("package: no [Content_Types].xml");
    const entry = `<Override PartName="${escapeAttr(absolute)}" ContentType="${escapeAttr(contentType)}"/>`;
    this.writeText("[Content_Types].xml", insertBeforeRootEnd(xml, entry));
  }

  removeContentType(partName: string): void {
    const xml = this.readText("[Content_Types].xml");
    if (xml === undefined) return;
    const key = "/" + partName.replace(/^\//, "").toLowerCase();
    const edits = [];
    const cursor = new XmlCursor(xml);
    while (cursor.next()) {
      if (cursor.kind === "close" || cursor.name !== "Override") continue;
      const start = cursor.tagStart;
      const name = (cursor.attr("PartName") ?? "").toLowerCase();
      if (cursor.kind === "open") cursor.skip();
      if (name === key) edits.push({ start, end: cursor.tagEnd, text: "" });
    }
    if (edits.length > 0) this.writeText("[Content_Types].xml", splice(xml, edits));
  }

  /** The package zipped again: untouched entries copied raw (bytes and header fields as read), the others deflated. */
  toBytes(): Uint8Array {
    const out: ZipOutEntry[] = [];
    for (const [name, slot] of this.entries) {
      if (slot.entry !== undefined && !this.changed.has(name)) out.push({ kind: "raw", entry: slot.entry });
      else if (slot.data !== undefined) out.push({ kind: "new", name, data: slot.data, store: STORED.test(name) });
    }
    return writeZip(out, (entry) => this.archive.inflate(entry));
  }

  /** As toBytes, the changed parts deflated by an asynchronous codec, all at once. */
  async toBytesAsync(deflate: (data: Uint8Array) => Promise<Uint8Array>): Promise<Uint8Array> {
    const out: ZipOutEntry[] = [];
    const pending: Promise<void>[] = [];
    for (const [name, slot] of this.entries) {
      if (slot.entry !== undefined && !this.changed.has(name)) {
        out.push({ kind: "raw", entry: slot.entry });
      } else if (slot.data !== undefined) {
        const data = slot.data;
        const item: ZipOutEntry = { kind: "new", name, data, store: STORED.test(name) };
        out.push(item);
        if (!item.store) pending.push(deflate(data).then((compressed) => void (item.compressed = compressed)));
      }
    }
    await Promise.all(pending);
    return writeZip(out, (entry) => this.archive.inflate(entry));
  }
}

/** `<?xml version="1.0" encoding="UTF-16"?>` → encoding="UTF-8", since the part is written back as UTF-8 bytes. */
export function utf8Declaration(xml: string): string {
  const body = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  if (!body.startsWith("<?xml")) return body;
  const end = body.indexOf("?>");
  if (end < 0) return body;
  const decl = body.slice(0, end);
  const fixed = decl.replace(/encoding\s*=\s*(["'])[^"']*\1/, 'encoding="UTF-8"');
  return fixed === decl ? body : fixed + body.slice(end);
}

/** Inserts `text` just before the root element's end tag (a self-closed root is opened first). */
export function insertBeforeRootEnd(xml: string, text: string): string {
  const end = xml.lastIndexOf("</");
  const selfClosed = /<([^\s/>?!]+)([^>]*)\/>\s*$/.exec(xml);
  if (selfClosed && (end < 0 || end < selfClosed.index)) {
    return `${xml.slice(0, selfClosed.index)}<${selfClosed[1]}${selfClosed[2]}>${text}</${selfClosed[1]}>`;
  }
  if (end < 0) throw new Error("xml: no root end tag");
  return xml.slice(0, end) + text + xml.slice(end);
}

export { XML_DECLARATION };
