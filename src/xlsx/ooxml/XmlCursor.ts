// A forward-only scanner over the tags of an XML part: no DOM, no allocation per attribute.
import { decodeXmlText } from "./decodeXmlText";

export type XmlTagKind = "open" | "close" | "empty";

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/**
 * Moves from tag to tag. Names are local names: the namespace prefix is dropped, because some writers
 * emit <x:row>/<x:c> with a prefixed SpreadsheetML namespace and strict OOXML uses other namespace URIs
 * for the same element names. Comments, processing instructions and a DOCTYPE are skipped; entities
 * other than the five predefined ones and numeric references are never expanded.
 *
 * Throws a plain Error on markup that never ends (a truncated part); the caller reports it.
 */
export class XmlCursor {
  /** Kind of the current tag: <a>, </a> or <a/>. */
  kind: XmlTagKind = "close";
  /** Local name of the current tag ("row" for <x:row>). */
  name = "";
  private pos = 0;
  private start = 0;
  private attrStart = 0;
  private attrEnd = 0;

  constructor(private readonly xml: string) {}

  /** True on a start tag with content (<a>), as opposed to <a/> or </a>. */
  isOpen(): boolean {
    return this.kind === "open";
  }

  isClose(): boolean {
    return this.kind === "close";
  }

  /** Offset of the current tag's "<" in the text (the writer splices parts by these offsets). */
  get tagStart(): number {
    return this.start;
  }

  /** Offset just past the current tag's ">". */
  get tagEnd(): number {
    return this.pos;
  }

  /** Advances to the next tag; false at the end of the text. */
  next(): boolean {
    const xml = this.xml;
    const len = xml.length;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) {
        this.pos = len;
        return false;
      }
      const first = xml.charCodeAt(lt + 1);
      if (first === 33 /* ! */) {
        this.pos = this.skipDeclaration(lt);
        continue;
      }
      if (first === 63 /* ? */) {
        const end = xml.indexOf("?>", lt + 2);
        if (end < 0) throw new Error("xml: unterminated processing instruction");
        this.pos = end + 2;
        continue;
      }
      if (first === 47 /* / */) {
        const gt = xml.indexOf(">", lt + 2);
        if (gt < 0) throw new Error("xml: unterminated end tag");
        let nameEnd = gt;
        while (nameEnd > lt + 2 && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
        let localStart = nameEnd;
        while (localStart > lt + 2 && xml.charCodeAt(localStart - 1) !== 58 /* : */) localStart--;
        this.name = xml.slice(localStart, nameEnd);
        this.start = lt;
        this.kind = "close";
        this.attrStart = this.attrEnd = gt;
        this.pos = gt + 1;
        return true;
      }
      let i = lt + 1;
      let localStart = i;
      while (i < len) {
        const ch = xml.charCodeAt(i);
        if (ch === 62 /* > */ || ch === 47 /* / */ || isSpace(ch)) break;
        if (ch === 58 /* : */) localStart = i + 1;
        i++;
      }
      this.name = xml.slice(localStart, i);
      const attrStart = i;
      let quote = 0;
      while (i < len) {
        const ch = xml.charCodeAt(i);
        if (quote !== 0) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) {
          quote = ch;
        } else if (ch === 62) {
          break;
        }
        i++;
      }
      if (i >= len) throw new Error("xml: unterminated start tag");
      const selfClosing = xml.charCodeAt(i - 1) === 47;
      this.kind = selfClosing ? "empty" : "open";
      this.start = lt;
      this.attrStart = attrStart;
      this.attrEnd = selfClosing ? i - 1 : i;
      this.pos = i + 1;
      return true;
    }
  }

  /** The decoded value of the current start tag's attribute with this local name ("id" finds r:id). */
  attr(local: string): string | undefined {
    const xml = this.xml;
    const end = this.attrEnd;
    let i = this.attrStart;
    while (i < end) {
      if (isSpace(xml.charCodeAt(i))) {
        i++;
        continue;
      }
      const nameStart = i;
      let localStart = i;
      while (i < end) {
        const ch = xml.charCodeAt(i);
        if (ch === 61 /* = */ || isSpace(ch)) break;
        if (ch === 58) localStart = i + 1;
        i++;
      }
      const nameEnd = i;
      while (i < end && xml.charCodeAt(i) !== 61) i++;
      i++;
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== 34 && quote !== 39) return undefined;
      const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (valueEnd < 0 || valueEnd >= end) return undefined;
      if (nameEnd - localStart === local.length && nameEnd > nameStart && xml.startsWith(local, localStart)) {
        return decodeXmlText(xml.slice(i + 1, valueEnd));
      }
      i = valueEnd + 1;
    }
    return undefined;
  }

  /**
   * The text content of the current start tag up to its end tag (text of nested elements included,
   * CDATA kept verbatim), leaving the cursor on that end tag. "" for an empty or end tag.
   */
  text(): string {
    if (this.kind !== "open") return "";
    const xml = this.xml;
    let pos = this.pos;
    // Fast path for the common leaf <v>123</v>: text, then this element's own end tag.
    const lt0 = xml.indexOf("<", pos);
    if (lt0 >= 0 && xml.charCodeAt(lt0 + 1) === 47 /* / */) {
      const gt = xml.indexOf(">", lt0 + 2);
      if (gt >= 0) {
        this.kind = "close";
        this.start = lt0;
        this.attrStart = this.attrEnd = gt;
        this.pos = gt + 1;
        return decodeXmlText(xml.slice(pos, lt0));
      }
    }
    let out = "";
    let depth = 0;
    for (;;) {
      const lt = xml.indexOf("<", pos);
      if (lt < 0) throw new Error("xml: unterminated element");
      if (lt > pos) out += decodeXmlText(xml.slice(pos, lt));
      const first = xml.charCodeAt(lt + 1);
      if (first === 33 || first === 63) {
        if (xml.startsWith("<![CDATA[", lt)) {
          const end = xml.indexOf("]]>", lt + 9);
          if (end < 0) throw new Error("xml: unterminated CDATA");
          out += xml.slice(lt + 9, end);
          pos = end + 3;
          continue;
        }
        if (first === 63) {
          const end = xml.indexOf("?>", lt + 2);
          if (end < 0) throw new Error("xml: unterminated processing instruction");
          pos = end + 2;
        } else {
          pos = this.skipDeclaration(lt);
        }
        continue;
      }
      this.pos = lt;
      this.next();
      pos = this.pos;
      if (this.kind === "open") depth++;
      else if (this.kind === "close") {
        if (depth === 0) return out;
        depth--;
      }
    }
  }

  /** Moves past the end tag matching the current start tag (nothing to do for <a/> or </a>). */
  skip(): void {
    if (this.kind !== "open") return;
    let depth = 0;
    while (this.next()) {
      if (this.kind === "open") depth++;
      else if (this.kind === "close") {
        if (depth === 0) return;
        depth--;
      }
    }
    throw new Error("xml: unterminated element");
  }

  private skipDeclaration(lt: number): number {
    const xml = this.xml;
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      if (end < 0) throw new Error("xml: unterminated comment");
      return end + 3;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      if (end < 0) throw new Error("xml: unterminated CDATA");
      return end + 3;
    }
    // <!DOCTYPE …> possibly with an internal subset in brackets: skipped, never interpreted.
    let depth = 0;
    for (let i = lt + 2; i < xml.length; i++) {
      const ch = xml.charCodeAt(i);
      if (ch === 91 /* [ */) depth++;
      else if (ch === 93 /* ] */) depth--;
      else if (ch === 62 && depth <= 0) return i + 1;
    }
    throw new Error("xml: unterminated declaration");
  }
}
