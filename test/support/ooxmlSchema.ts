// Validates written .xlsx parts against the Transitional OOXML schemas in ../shared/schemas/ooxml with xmllint, the way
// that folder's README says: Markup Compatibility content removed first, the xml:space="preserve" message on <t> taken
// as the known false positive, and every part compared with the same part of the input, so that an error already in
// the input is not blamed on the writer.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const SCHEMA_DIR = process.env.OOXML_SCHEMAS ?? path.resolve(__dirname, "../../../shared/schemas/ooxml");

/** Why the suite cannot run here, or null when it can. */
export function schemaSuiteUnavailable(): string | null {
  if (!existsSync(path.join(SCHEMA_DIR, "sml.xsd"))) return `the OOXML schemas are not at ${SCHEMA_DIR} (set OOXML_SCHEMAS)`;
  try {
    execFileSync("xmllint", ["--version"], { stdio: "pipe" });
  } catch {
    return "xmllint is not installed";
  }
  return null;
}

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** The schema file for a content type ("" for the content-types part), or null when no schema applies. */
export function schemaFor(contentType: string): string | null {
  if (contentType === "[Content_Types]") return "opc-xsd/opc-contentTypes.xsd";
  if (contentType === "application/vnd.openxmlformats-package.relationships+xml") return "opc-xsd/opc-relationships.xsd";
  if (contentType === "application/vnd.openxmlformats-officedocument.drawingml.chart+xml") return "dml-chart.xsd";
  if (contentType === "application/vnd.openxmlformats-officedocument.drawing+xml") return "dml-spreadsheetDrawing.xsd";
  if (contentType === "application/vnd.openxmlformats-officedocument.theme+xml") return "dml-main.xsd";
  if (contentType === "application/vnd.openxmlformats-officedocument.extended-properties+xml") return "shared-documentPropertiesExtended.xsd";
  if (/^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\..*\+xml$/.test(contentType)) return "sml.xsd";
  return null;
}

/**
 * What a consumer that understands only the Transitional namespaces keeps of a part (ECMA-376 Part 3): elements and
 * attributes in the ignorable namespaces removed, each mc:AlternateContent replaced by its mc:Fallback (the choices
 * require extensions), the mc: attributes dropped.
 */
export function stripMarkupCompatibility(xml: string): string {
  const mcPrefix = new RegExp(`xmlns:([\\w.-]+)="${MC.replace(/[./]/g, "\\$&")}"`).exec(xml)?.[1];
  if (!mcPrefix) return xml;
  const ignorable = (new RegExp(`${mcPrefix}:Ignorable="([^"]*)"`).exec(xml)?.[1] ?? "").split(/\s+/).filter(Boolean);
  let out = xml;
  const ac = new RegExp(`<${mcPrefix}:AlternateContent\\b[^>]*>([\\s\\S]*?)</${mcPrefix}:AlternateContent>`, "g");
  out = out.replace(ac, (_, body: string) => new RegExp(`<${mcPrefix}:Fallback>([\\s\\S]*?)</${mcPrefix}:Fallback>`).exec(body)?.[1] ?? "");
  for (const p of ignorable) {
    for (let before = ""; before !== out; ) {
      before = out;
      out = out.replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*/>`, "g"), "");
      out = out.replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*>[\\s\\S]*?</${p}:\\1>`, "g"), "");
    }
    out = out.replace(new RegExp(`\\s${p}:[\\w.-]+="[^"]*"`, "g"), "");
  }
  return out.replace(new RegExp(`\\s${mcPrefix}:[\\w.-]+="[^"]*"`, "g"), "");
}

export interface PartCheck {
  /** Where the part comes from, for the report ("foreign/x.xlsx xl/styles.xml"). */
  label: string;
  schema: string;
  after: string;
  /** The same part in the input, when it had one. */
  before?: string;
}

const FALSE_POSITIVE = /\{http:\/\/www\.w3\.org\/XML\/1998\/namespace\}space/;

/** xmllint's messages per file, without the file and line, the known false positive left out. */
function lint(schema: string, files: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>(files.map((f) => [f, []]));
  if (files.length === 0) return out;
  let text = "";
  try {
    execFileSync("xmllint", ["--noout", "--nonet", "--schema", path.join(SCHEMA_DIR, schema), ...files], { stdio: "pipe", maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    text = String((e as { stderr?: Buffer }).stderr ?? "");
  }
  for (const line of text.split("\n")) {
    const m = /^(.*?):(\d+): (.*)$/.exec(line);
    if (!m || !m[1] || !m[3]) continue;
    if (FALSE_POSITIVE.test(m[3])) continue;
    out.get(m[1])?.push(m[3]);
  }
  return out;
}

/** The errors each written part has that its input part did not have (by message, counted), by label. */
export function newSchemaErrors(parts: readonly PartCheck[]): Map<string, string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "pt-xsd-"));
  try {
    const bySchema = new Map<string, { after: string; before?: string; label: string }[]>();
    parts.forEach((p, i) => {
      const after = path.join(dir, `${i}-after.xml`);
      writeFileSync(after, stripMarkupCompatibility(p.after));
      let before: string | undefined;
      if (p.before !== undefined) {
        before = path.join(dir, `${i}-before.xml`);
        writeFileSync(before, stripMarkupCompatibility(p.before));
      }
      const list = bySchema.get(p.schema) ?? [];
      list.push({ after, label: p.label, ...(before ? { before } : {}) });
      bySchema.set(p.schema, list);
    });
    const result = new Map<string, string[]>();
    for (const [schema, list] of bySchema) {
      const files = list.flatMap((x) => (x.before ? [x.after, x.before] : [x.after]));
      const messages = lint(schema, files);
      for (const x of list) {
        const old = [...(x.before ? (messages.get(x.before) ?? []) : [])];
        const fresh: string[] = [];
        for (const msg of messages.get(x.after) ?? []) {
          const at = old.indexOf(msg);
          if (at >= 0) old.splice(at, 1);
          else fresh.push(msg);
        }
        result.set(x.label, fresh);
      }
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
