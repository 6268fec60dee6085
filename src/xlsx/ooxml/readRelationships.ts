// A .rels part → its relationships.
import { XmlCursor } from "./XmlCursor";
import { resolvePartName } from "./resolvePartName";

export interface Relationship {
  id: string;
  /** The relationship type URI, transitional or strict. */
  type: string;
  /** The target resolved to a part name ("xl/worksheets/sheet1.xml"), or the URI as written when external. */
  target: string;
  external: boolean;
}

/**
 * The last segment of a relationship type, which is the same in transitional OOXML
 * (http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet) and strict OOXML
 * (http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet).
 */
export function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/** Parses the relationships of `sourcePart` ("" for the package itself) from the text of its .rels part. */
export function readRelationships(xml: string, sourcePart: string): Relationship[] {
  const out: Relationship[] = [];
  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.kind === "close" || cursor.name !== "Relationship") continue;
    const id = cursor.attr("Id");
    const type = cursor.attr("Type");
    const target = cursor.attr("Target");
    if (id === undefined || type === undefined || target === undefined) continue;
    const external = cursor.attr("TargetMode") === "External";
    out.push({ id, type, target: external ? target : resolvePartName(sourcePart, target), external });
  }
  return out;
}
