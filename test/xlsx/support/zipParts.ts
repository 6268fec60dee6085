// The parts of a zip in entry order, read with fflate directly (not through the code under test).
import { unzipSync } from "fflate";

export function zipParts(bytes: Uint8Array): Map<string, Uint8Array> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).filter(([name]) => !name.endsWith("/")));
}

export function partText(bytes: Uint8Array, name: string): string {
  const data = zipParts(bytes).get(name);
  if (!data) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(data);
}

/** The worksheet part of a sheet, from workbook.xml and its relationships (plain regular expressions). */
export function sheetPartName(bytes: Uint8Array, sheet: string): string {
  const workbook = partText(bytes, "xl/workbook.xml");
  const rels = partText(bytes, "xl/_rels/workbook.xml.rels");
  const tags = workbook.match(/<(?:\w+:)?sheet\s[^>]*>/g) ?? [];
  const tag = tags.find((t) => t.includes(`name="${sheet}"`));
  const rid = tag ? /r:id="([^"]+)"/.exec(tag)?.[1] : undefined;
  const rel = (rels.match(/<Relationship\s[^>]*>/g) ?? []).find((r) => r.includes(`Id="${rid}"`));
  const target = rel ? /Target="([^"]+)"/.exec(rel)?.[1] : undefined;
  if (!target) throw new Error(`no part for sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}
