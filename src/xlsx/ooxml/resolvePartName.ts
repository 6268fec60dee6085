// Relationship targets → part names.

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relationshipsPartName(sourcePart: string): string {
  const slash = sourcePart.lastIndexOf("/");
  return `${sourcePart.slice(0, slash + 1)}_rels/${sourcePart.slice(slash + 1)}.rels`;
}

/**
 * Resolves a relationship target against the part that holds the relationship: "worksheets/sheet1.xml"
 * from "xl/workbook.xml" → "xl/worksheets/sheet1.xml"; "/xl/styles.xml" is absolute; ".." climbs.
 * Percent-escapes are decoded, since zip entry names hold the plain characters.
 */
export function resolvePartName(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // a stray "%" that is not an escape: keep the target as written
  }
  const base = decoded.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}
