// [Content_Types].xml: every part in the package needs a content type, by a Default for its extension or an Override
// for its name. Some writers list each .rels part as an Override instead of a Default for "rels"; a .rels part added to
// such a package would have none, and Excel reports the file as corrupt.
import { XmlCursor } from "../ooxml/XmlCursor";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

/** Content types given to a part added without an explicit one, by extension. */
const BY_EXTENSION: Record<string, string> = {
  rels: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
};

export interface ContentTypeTable {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

/** Throws a plain Error when the part cannot be scanned or its root is not <Types>. */
export function readContentTypes(xml: string): ContentTypeTable {
  const table: ContentTypeTable = { defaults: new Map(), overrides: new Map() };
  const cursor = new XmlCursor(xml);
  let root = "";
  while (cursor.next()) {
    if (cursor.kind === "close") continue;
    if (root === "") {
      root = cursor.name;
      if (root !== "Types") throw new Error(`content types: root element <${root}>`);
      continue;
    }
    if (cursor.name === "Default") {
      table.defaults.set((cursor.attr("Extension") ?? "").toLowerCase(), cursor.attr("ContentType") ?? "");
    } else if (cursor.name === "Override") {
      table.overrides.set((cursor.attr("PartName") ?? "").toLowerCase(), cursor.attr("ContentType") ?? "");
    }
  }
  if (root === "") throw new Error("content types: no root element");
  return table;
}

/** The content type of a part ("xl/a.xml"), or undefined when the table gives it none. */
export function contentTypeOf(table: ContentTypeTable, partName: string): string | undefined {
  const name = "/" + partName.replace(/^\//, "");
  const override = table.overrides.get(name.toLowerCase());
  if (override !== undefined) return override;
  const dot = name.lastIndexOf(".");
  return dot > name.lastIndexOf("/") ? table.defaults.get(name.slice(dot + 1).toLowerCase()) : undefined;
}

/** The type an untyped part is given: by its extension, or undefined when there is no sensible one. */
export function fallbackContentType(partName: string): string | undefined {
  const dot = partName.lastIndexOf(".");
  return dot < 0 ? undefined : BY_EXTENSION[partName.slice(dot + 1).toLowerCase()];
}
