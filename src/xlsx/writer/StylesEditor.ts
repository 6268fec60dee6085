// xl/styles.xml: the patch's named styles appended as new fonts, fills, borders, number formats, cell formats
// (cellXfs) and differential formats (dxfs, for conditional formats). Existing entries and their indices never
// change; an entry this writer wrote on an earlier run (same XML) is reused, so re-runs do not grow the part.
import type { CellStyle, Color, FontStyle } from "../../core/patch/WorkbookPatch";
import { XmlCursor } from "../ooxml/XmlCursor";
import { builtinNumberFormat } from "../ooxml/builtinNumberFormats";
import { insertionPoint, rootChildren, type RootLayout } from "./rootChildren";
import { splice, type Splice } from "./splice";
import { escapeAttr } from "./xmlEscape";

const STYLESHEET_ORDER = [
  "numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst",
];

type Section = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";
const SECTIONS: Section[] = ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"];
const CHILD: Record<Section, string> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellXfs: "xf", dxfs: "dxf" };

interface SectionState {
  /** The items' XML as written, with whitespace between tags dropped, for reuse by comparison. */
  existing: string[];
  added: string[];
}

function compact(xml: string): string {
  return xml.replace(/>\s+</g, "><").trim();
}

function argb(color: Color): string {
  return `FF${color.toUpperCase()}`;
}

/** An empty stylesheet as Excel writes the minimum, for a package that has no styles part. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export class StylesEditor {
  private readonly layout: RootLayout;
  private readonly state = new Map<Section, SectionState>();
  /** Format code → id, custom ones from the part. */
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = 164;
  private readonly baseFont: { size?: string; name?: string } = {};
  private readonly xfCache = new Map<string, number>();
  private readonly dxfCache = new Map<string, number>();

  /** Throws a plain Error when the part cannot be scanned. */
  constructor(private readonly xml: string) {
    this.layout = rootChildren(xml);
    for (const section of SECTIONS) this.state.set(section, { existing: [], added: [] });
    for (const child of this.layout.children) {
      if (!SECTIONS.includes(child.name as Section)) continue;
      const section = child.name as Section;
      const items = this.itemsOf(xml.slice(child.start, child.end), CHILD[section]);
      this.state.get(section)?.existing.push(...items.map(compact));
    }
    const cursor = new XmlCursor(xml);
    let section = "";
    let firstFont = true;
    let inFont = false;
    while (cursor.next()) {
      if (cursor.kind === "close") {
        if (cursor.name === section) section = "";
        if (cursor.name === "font" && inFont) {
          inFont = false;
          firstFont = false;
        }
        continue;
      }
      if (cursor.name === "numFmts" || cursor.name === "fonts") section = cursor.name;
      else if (cursor.name === "dxfs" || cursor.name === "extLst" || cursor.name === "cellStyleXfs") cursor.skip();
      else if (section === "numFmts" && cursor.name === "numFmt") {
        const id = Number(cursor.attr("numFmtId"));
        const code = cursor.attr("formatCode");
        if (Number.isInteger(id)) {
          if (code !== undefined && !this.formatIds.has(code)) this.formatIds.set(code, id);
          this.nextFormatId = Math.max(this.nextFormatId, id + 1);
        }
      } else if (section === "fonts" && cursor.name === "font" && firstFont) {
        inFont = cursor.kind === "open";
        if (!inFont) firstFont = false;
      } else if (inFont && cursor.name === "sz") this.baseFont.size = cursor.attr("val");
      else if (inFont && cursor.name === "name") this.baseFont.name = cursor.attr("val");
    }
  }

  private itemsOf(sectionXml: string, item: string): string[] {
    const cursor = new XmlCursor(sectionXml);
    cursor.next();
    const out: string[] = [];
    while (cursor.next()) {
      if (cursor.kind === "close") continue;
      const start = cursor.tagStart;
      const name = cursor.name;
      cursor.skip();
      if (name === item) out.push(sectionXml.slice(start, cursor.tagEnd));
    }
    return out;
  }

  private index(section: Section, itemXml: string): number {
    const state = this.state.get(section) as SectionState;
    const at = state.existing.indexOf(itemXml);
    if (at >= 0) return at;
    const added = state.added.indexOf(itemXml);
    if (added >= 0) return state.existing.length + added;
    state.added.push(itemXml);
    return state.existing.length + state.added.length - 1;
  }

  private formatId(code: string): number {
    for (let id = 0; id < 50; id++) if (builtinNumberFormat(id) === code) return id;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.state.get("numFmts")?.added.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  private fontXml(font: FontStyle, withBase: boolean): string {
    let xml = "<font>";
    if (font.bold) xml += "<b/>";
    if (font.italic) xml += "<i/>";
    if (font.underline) xml += "<u/>";
    const size = font.size !== undefined ? String(font.size) : withBase ? this.baseFont.size : undefined;
    if (size !== undefined) xml += `<sz val="${escapeAttr(size)}"/>`;
    if (font.color) xml += `<color rgb="${argb(font.color)}"/>`;
    const name = font.name ?? (withBase ? this.baseFont.name : undefined);
    if (name !== undefined) xml += `<name val="${escapeAttr(name)}"/>`;
    return xml + "</font>";
  }

  private borderXml(style: CellStyle): string {
    const border = style.border;
    if (!border) return "<border><left/><right/><top/><bottom/><diagonal/></border>";
    const sides = new Set(border.sides ?? ["top", "bottom", "left", "right"]);
    const color = border.color ? `<color rgb="${argb(border.color)}"/>` : '<color indexed="64"/>';
    const side = (name: "left" | "right" | "top" | "bottom") =>
      sides.has(name) ? `<${name} style="${border.style}">${color}</${name}>` : `<${name}/>`;
    return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
  }

  private alignmentXml(style: CellStyle): string {
    const a = style.alignment;
    if (!a) return "";
    let attrs = "";
    if (a.horizontal) attrs += ` horizontal="${a.horizontal}"`;
    if (a.vertical) attrs += ` vertical="${a.vertical === "middle" ? "center" : a.vertical}"`;
    if (a.wrap) attrs += ' wrapText="1"';
    if (a.indent !== undefined && a.indent > 0) attrs += ` indent="${Math.round(a.indent)}"`;
    return attrs === "" ? "" : `<alignment${attrs}/>`;
  }

  /** The cellXfs index of a cell style (the `s` of a cell). */
  cellFormat(style: CellStyle): number {
    const key = JSON.stringify(style);
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const numFmtId = style.numberFormat !== undefined ? this.formatId(style.numberFormat) : 0;
    const fontId = style.font ? this.index("fonts", this.fontXml(style.font, true)) : 0;
    const fillId = style.fill
      ? this.index("fills", `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`)
      : 0;
    const borderId = style.border ? this.index("borders", this.borderXml(style)) : 0;
    const alignment = this.alignmentXml(style);
    let xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId !== 0) xf += ' applyNumberFormat="1"';
    if (style.font) xf += ' applyFont="1"';
    if (style.fill) xf += ' applyFill="1"';
    if (style.border) xf += ' applyBorder="1"';
    xf += alignment ? ` applyAlignment="1">${alignment}</xf>` : "/>";
    const index = this.index("cellXfs", xf);
    this.xfCache.set(key, index);
    return index;
  }

  /** The dxfs index of a style used by a conditional format (font colour and weight, fill, border). */
  differentialFormat(style: CellStyle): number {
    const key = JSON.stringify(style);
    const cached = this.dxfCache.get(key);
    if (cached !== undefined) return cached;
    let dxf = "<dxf>";
    if (style.font) dxf += this.fontXml(style.font, false);
    if (style.numberFormat !== undefined) {
      const id = this.formatId(style.numberFormat);
      dxf += `<numFmt numFmtId="${id}" formatCode="${escapeAttr(style.numberFormat)}"/>`;
    }
    if (style.fill) dxf += `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor rgb="${argb(style.fill)}"/></patternFill></fill>`;
    if (style.border) dxf += this.borderXml(style);
    dxf += "</dxf>";
    const index = this.index("dxfs", dxf);
    this.dxfCache.set(key, index);
    return index;
  }

  /** True when anything was appended. */
  changed(): boolean {
    return SECTIONS.some((s) => (this.state.get(s)?.added.length ?? 0) > 0);
  }

  toXml(): string {
    const edits: Splice[] = [];
    for (const section of SECTIONS) {
      const state = this.state.get(section) as SectionState;
      if (state.added.length === 0) continue;
      const count = state.existing.length + state.added.length;
      const p = this.layout.prefix;
      const items = p === "" ? state.added.join("") : state.added.join("").replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${p}`);
      const child = this.layout.children.find((c) => c.name === section);
      if (!child) {
        const at = insertionPoint(this.layout, STYLESHEET_ORDER, section);
        edits.push({ start: at, end: at, text: `<${p}${section} count="${count}">${items}</${p}${section}>` });
        continue;
      }
      const raw = this.xml.slice(child.start, child.end);
      const openEnd = raw.indexOf(">") + 1;
      let open = raw.slice(0, openEnd);
      const selfClosed = open.endsWith("/>");
      if (selfClosed) open = open.slice(0, -2).trimEnd() + ">";
      open = /\scount\s*=/.test(open) ? open.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${count}"`) : open.replace(/\s*>$/, ` count="${count}">`);
      const body = selfClosed ? "" : raw.slice(openEnd, raw.lastIndexOf("</"));
      edits.push({ start: child.start, end: child.end, text: `${open}${body}${items}</${p}${section}>` });
    }
    return splice(this.xml, edits);
  }
}
