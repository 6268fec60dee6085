// The forms' new-workbook writer: every written part valid against the OOXML Transitional schemas (xmllint, offline),
// the form sheet protected without a password, only the input cells unlocked.
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { analyzeWorkbook, reportInput } from "../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../src/core/model/Status";
import { makeContext } from "../../src/core/report/ReportContext";
import { buildForms } from "../../src/core/forms/buildForms";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { writeNewWorkbook } from "../../src/xlsx/writer/newWorkbook";

const root = path.join(__dirname, "../..");
const SCHEMAS = path.join(root, "../shared/schemas/ooxml");
const xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].find((p) => existsSync(p));
const canValidate = xmllint !== undefined && existsSync(path.join(SCHEMAS, "sml.xsd"));
if (!canValidate) console.warn("test/xlsx/newWorkbook.test.ts: xmllint or the OOXML schemas not found, schema validation skipped");

function sampleForm(): Uint8Array {
  const settings = { ...DEFAULT_SETTINGS, reportDate: "2026-11-10" };
  const snapshot = readXlsx(new Uint8Array(readFileSync(path.join(root, "assets/sample/ke-hoach-mau.xlsx"))));
  const ctx = makeContext(reportInput(analyzeWorkbook(snapshot, settings), settings, snapshot)!);
  const form = buildForms(ctx)[0]!;
  return writeNewWorkbook(form.patch, { protect: form.protect });
}

test("protected without a password; the input cells (G:L of the task rows) unlocked, the rest locked", () => {
  const files = unzipSync(sampleForm());
  const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
  const styles = strFromU8(files["xl/styles.xml"]!);
  expect(sheet).toMatch(/<\/sheetData><sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"\/>/);
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const unlocked = (ref: string) => {
    const s = Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)?.[1] ?? 0);
    return (xfs[s] ?? "").includes('<protection locked="0"/>');
  };
  expect(["G11", "H11", "I11", "J11", "K11", "L11", "L18"].map(unlocked)).toEqual(Array(7).fill(true));
  expect(["A11", "B11", "C11", "F11", "G10", "A1", "B18"].map(unlocked)).toEqual(Array(7).fill(false));
  const workbook = strFromU8(files["xl/workbook.xml"]!);
  expect(workbook).toMatch(/<sheet name="PT_Phieu" sheetId="2" state="hidden"/);
});

(canValidate ? test : test.skip)("every part validates against the OOXML schemas (xml:space on <t> is the schema copy's known false positive)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pt-form-xsd-"));
  try {
    const files = unzipSync(sampleForm());
    const schemaOf = (part: string) =>
      part === "[Content_Types].xml"
        ? "opc-xsd/opc-contentTypes.xsd"
        : part.endsWith(".rels")
          ? "opc-xsd/opc-relationships.xsd"
          : part.startsWith("xl/") && part.endsWith(".xml")
            ? "sml.xsd"
            : null;
    const checked: string[] = [];
    for (const [part, bytes] of Object.entries(files)) {
      const schema = schemaOf(part);
      if (!schema) continue;
      const file = path.join(dir, part);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, bytes);
      let out = "";
      try {
        execFileSync(xmllint as string, ["--noout", "--nonet", "--schema", path.join(SCHEMAS, schema), file], { stdio: "pipe" });
      } catch (e) {
        out = String((e as { stderr?: Buffer }).stderr ?? "");
      }
      const errors = out
        .split("\n")
        .filter((l) => /error/i.test(l) && !/attribute '\{http:\/\/www\.w3\.org\/XML\/1998\/namespace\}space'/.test(l));
      expect([part, errors]).toEqual([part, []]);
      checked.push(part);
    }
    expect(checked).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
