// The workbook part of a package being edited, from the package's officeDocument relationship.
import { relationshipKind } from "../ooxml/readRelationships";
import type { PackageEditor } from "./PackageEditor";

export function workbookPartName(pkg: PackageEditor): string {
  const main = pkg.relationships("").find((rel) => !rel.external && relationshipKind(rel.type) === "officeDocument");
  return main?.target ?? "xl/workbook.xml";
}
