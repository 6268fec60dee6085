// Every part `report` writes or changes is valid against the Transitional OOXML schemas (no error the input's same part
// did not already have), every part has a content type, and Excel's own limits hold (rows ≤ 409 pt, columns ≤ 255).
// Over the samples, the plan and package fixtures (through the command line's report), and the foreign packages
// (plan-tracker's sheets and columns written into each by the same writer). Skips, saying why, only where the schema
// folder or xmllint is missing.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { analyzeWorkbook, reportInput } from "../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../src/core/model/Status";
import type { WorkbookPatch } from "../../src/core/patch/WorkbookPatch";
import { buildPatch } from "../../src/core/report/buildPatch";
import { applyPatchToXlsx } from "../../src/xlsx/applyPatchToXlsx";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { HostError } from "../../src/workbook/WorkbookSession";
import { contentTypeOf, readContentTypes } from "../../src/xlsx/writer/contentTypes";
import { newSchemaErrors, schemaFor, schemaSuiteUnavailable, type PartCheck } from "../support/ooxmlSchema";

const ROOT = path.resolve(__dirname, "../..");
const SETTINGS = { ...DEFAULT_SETTINGS, reportDate: "2026-11-30" };
const unavailable = schemaSuiteUnavailable();
if (unavailable) console.log(`OOXML schema suite skipped: ${unavailable}`);
const maybe = unavailable ? describe.skip : describe;

const files = (dir: string) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => /\.xlsx$/.test(f))
    .map((f) => path.join(dir, f));

/** The report patch for a workbook that holds a plan, or null. */
function reportPatch(bytes: Uint8Array): WorkbookPatch | null {
  let snapshot;
  try {
    snapshot = readXlsx(bytes);
  } catch {
    return null;
  }
  const analysis = analyzeWorkbook(snapshot, SETTINGS);
  const input = reportInput(analysis, SETTINGS, snapshot);
  return input ? buildPatch(input) : null;
}

/** The sample plan's patch, its plan-sheet update moved onto another workbook's first worksheet. */
function foreignPatch(bytes: Uint8Array): WorkbookPatch | null {
  let first: string | undefined;
  try {
    first = readXlsx(bytes).sheets[0]?.name;
  } catch {
    return null;
  }
  const sample = reportPatch(new Uint8Array(readFileSync(path.join(ROOT, "assets/sample/ke-hoach-mau.xlsx"))));
  if (!first || !sample) return null;
  const plan = sample.sheets.find((s) => s.mode === "update")?.name;
  const to = first;
  return {
    ...sample,
    sheets: sample.sheets.map((s) => (s.name === plan ? { ...s, name: to } : s)),
    names: sample.names.map((n) => (n.sheet === plan ? { ...n, sheet: to } : n)),
  };
}

interface Written {
  label: string;
  before: Record<string, Uint8Array>;
  after: Record<string, Uint8Array>;
}

const decode = (b: Uint8Array | undefined) => (b === undefined ? undefined : new TextDecoder().decode(b));

/** The package as written, or null when the writer refuses it (a strict OOXML workbook: a clear message, no output). */
function written(label: string, input: Uint8Array, patch: WorkbookPatch): Written | null {
  let bytes: Uint8Array;
  try {
    bytes = applyPatchToXlsx(input, patch).bytes;
  } catch (e) {
    if (e instanceof HostError) return null;
    throw e;
  }
  return { label, before: unzipSync(input), after: unzipSync(bytes) };
}

/** The parts that changed or are new, each with its schema. */
function changedParts(w: Written): PartCheck[] {
  const types = readContentTypes(decode(w.after["[Content_Types].xml"]) ?? "");
  const out: PartCheck[] = [];
  for (const [name, data] of Object.entries(w.after)) {
    const old = w.before[name];
    if (old && Buffer.compare(Buffer.from(old), Buffer.from(data)) === 0) continue;
    const type = name === "[Content_Types].xml" ? "[Content_Types]" : (contentTypeOf(types, name) ?? "");
    const schema = schemaFor(type);
    if (!schema) continue;
    const before = decode(old);
    out.push({ label: `${w.label} ${name}`, schema, after: decode(data) ?? "", ...(before !== undefined ? { before } : {}) });
  }
  return out;
}

const cases: { label: string; make: () => Written | null }[] = [
  ...[...files("assets/sample"), ...files("test/fixtures/plans"), ...files("test/fixtures/packages"), ...files("test/fixtures/preservation")].map((file) => ({
    label: file,
    make: () => {
      const input = new Uint8Array(readFileSync(path.join(ROOT, file)));
      const patch = reportPatch(input);
      return patch ? written(file, input, patch) : null;
    },
  })),
  ...files("test/fixtures/foreign").map((file) => ({
    label: file,
    make: () => {
      const input = new Uint8Array(readFileSync(path.join(ROOT, file)));
      const patch = foreignPatch(input);
      return patch ? written(file, input, patch) : null;
    },
  })),
];

maybe("OOXML schema validation of what report writes", () => {
  const outputs: Written[] = [];
  beforeAll(() => {
    for (const c of cases) {
      const w = c.make();
      if (w) outputs.push(w);
    }
  });

  test("enough packages were written: samples, fixtures and at least 20 foreign ones", () => {
    expect(outputs.filter((w) => w.label.includes("fixtures/foreign")).length).toBeGreaterThanOrEqual(20);
    expect(outputs.filter((w) => w.label.startsWith("assets/sample")).length).toBe(2);
    expect(outputs.length).toBeGreaterThanOrEqual(40);
  });

  test("no part written or changed has a schema error its input did not have", () => {
    const parts = outputs.flatMap(changedParts);
    console.log(`schema check: ${outputs.length} packages written (${outputs.filter((w) => w.label.includes("fixtures/foreign")).length} foreign), ${parts.length} parts validated`);
    expect(parts.length).toBeGreaterThan(200);
    const errors = newSchemaErrors(parts);
    const bad = [...errors].filter(([, list]) => list.length > 0).map(([label, list]) => `${label}: ${list.slice(0, 3).join(" | ")}`);
    expect(bad).toEqual([]);
  });

  test("every part of every output has a content type", () => {
    for (const w of outputs) {
      const types = readContentTypes(decode(w.after["[Content_Types].xml"]) ?? "");
      const untyped = Object.keys(w.after).filter((n) => n !== "[Content_Types].xml" && !n.endsWith("/") && contentTypeOf(types, n) === undefined);
      const before = readContentTypes(decode(w.before["[Content_Types].xml"]) ?? "<Types/>");
      // A part the input already left untyped is not the writer's.
      const ours = untyped.filter((n) => !(n in w.before) || contentTypeOf(before, n) !== undefined);
      expect([w.label, ours]).toEqual([w.label, []]);
    }
  });

  test("Excel's limits: no row over 409 pt, no column over 255, sheet names of at most 31 characters", () => {
    for (const w of outputs) {
      for (const [name, data] of Object.entries(w.after)) {
        if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
        if (w.before[name] && Buffer.compare(Buffer.from(w.before[name]), Buffer.from(data)) === 0) continue;
        const xml = decode(data) ?? "";
        for (const m of xml.matchAll(/<(?:\w+:)?row\b[^>]*\bht="([\d.]+)"/g)) expect([w.label, name, Number(m[1]) <= 409]).toEqual([w.label, name, true]);
        for (const m of xml.matchAll(/<(?:\w+:)?col\b[^>]*\bwidth="([\d.]+)"/g)) expect([w.label, name, Number(m[1]) <= 255]).toEqual([w.label, name, true]);
      }
      const workbook = decode(w.after["xl/workbook.xml"]) ?? "";
      for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"/g)) expect((m[1] ?? "").length).toBeLessThanOrEqual(31);
    }
  });

  test("the check can fail: a part out of the schema's order is caught, an Excel part with x14ac attributes is not", () => {
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac"';
    const errors = newSchemaErrors([
      { label: "out-of-order", schema: "sml.xsd", after: `<worksheet ${ns}><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><sheetData/></worksheet>` },
      { label: "excel", schema: "sml.xsd", after: `<worksheet ${ns} ${mc}><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData/></worksheet>` },
      {
        label: "already-bad",
        schema: "sml.xsd",
        before: `<worksheet ${ns}><bogus/><sheetData/></worksheet>`,
        after: `<worksheet ${ns}><bogus/><sheetData/></worksheet>`,
      },
    ]);
    expect(errors.get("out-of-order")?.length).toBeGreaterThan(0);
    expect(errors.get("excel")).toEqual([]);
    expect(errors.get("already-bad")).toEqual([]);
  });
});
