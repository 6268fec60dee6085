// Issue 9 §3a: staff content right of the table that is not a plain value — formulas (one without a result), spaces,
// a hyperlink, a comment, a validation, a conditional format — survives `report`, read back by ExcelJS (not our reader):
// every staff cell's value, formula, type, style and hyperlink, the comment, the validation and the rule.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { main } from "../../src/cli/main";

const FIXTURE = path.resolve(__dirname, "../fixtures/preservation/right-of-table.xlsx");
let work: string;
beforeAll(() => (work = mkdtempSync(path.join(tmpdir(), "pt-keep-"))));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function report(input: string, out: string): Promise<void> {
  const errors: string[] = [];
  const code = await main(["report", input, "--date", "2026-11-30", "--out", out], { out: () => undefined, err: (t) => errors.push(t), today: () => "2026-11-30" });
  expect(errors).toEqual([]);
  expect(code).toBe(0);
}

async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet("Kế hoạch");
  if (!ws) throw new Error("no plan sheet");
  return ws;
}

function cells(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      out.set(
        cell.address,
        JSON.stringify({ value: cell.value, formula: cell.formula, type: cell.type, style: cell.style, link: cell.hyperlink, note: cell.note }),
      );
    }),
  );
  return out;
}

test("every staff cell is as it was, and plan-tracker's columns start right of column K", async () => {
  const out = path.join(work, "once.xlsx");
  await report(FIXTURE, out);
  const before = await sheetOf(FIXTURE);
  const after = await sheetOf(out);
  const a = cells(before);
  const b = cells(after);
  expect(a.size).toBeGreaterThanOrEqual(20);
  for (const [address, json] of a) expect([address, b.get(address)]).toEqual([address, json]);
  // The spaces, the formula without a result and the link are among them.
  expect(after.getCell("G3").value).toBe("   ");
  expect(after.getCell("F2").formula).toBe("TODAY()-DATE(2026,1,1)");
  expect(after.getCell("H2").hyperlink).toBe("https://moet.gov.vn/van-ban");
  // The comment (ExcelJS reads notes only with their VML drawing): its part and its relationship are kept.
  const parts = unzipSync(readFileSync(out));
  const input = unzipSync(readFileSync(FIXTURE));
  expect(parts["xl/comments1.xml"]).toEqual(input["xl/comments1.xml"]);
  expect(new TextDecoder().decode(parts["xl/worksheets/_rels/sheet1.xml.rels"])).toContain('Target="../comments1.xml"');
  // The owned header ("Trạng thái") sits right of K, the last column holding anything of the staff's.
  const headerRow = after.getRow(1);
  let statusCol = 0;
  headerRow.eachCell((cell, col) => {
    if (String(cell.value).includes("Trạng thái")) statusCol = col;
  });
  expect(statusCol).toBeGreaterThan(11);
  // The validation and the rule still cover their cells.
  const validations = (after as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  for (const ref of ["J2", "J3", "J4"]) expect(validations[ref]).toMatchObject({ type: "list", formulae: ['"Có,Không"'] });
  const rules = (after as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map((c) => c.ref);
  expect(rules).toContain("K2:K4");
});

test("a second run keeps the same columns and the staff's cells", async () => {
  const once = path.join(work, "a.xlsx");
  const twice = path.join(work, "b.xlsx");
  await report(FIXTURE, once);
  await report(once, twice);
  const a = cells(await sheetOf(once));
  const b = cells(await sheetOf(twice));
  const staff = cells(await sheetOf(FIXTURE));
  for (const address of staff.keys()) expect([address, b.get(address)]).toEqual([address, a.get(address)]);
});
