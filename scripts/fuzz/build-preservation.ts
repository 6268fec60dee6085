// Writes test/fixtures/preservation/*.xlsx: plans with staff content right of the table that has no header above it
// and is not a plain value — formulas (one saved without a result), a string of spaces, a hyperlink, a comment, a
// data validation, a conditional format. `report` must place its columns right of all of it.
// Run: node -r ts-node/register/transpile-only scripts/fuzz/build-preservation.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CONTENT_TYPES, PLAN_ROWS, planPackage, planRowsXml, sheetXml } from "./minimalPlan";

const dir = path.resolve(__dirname, "../../test/fixtures/preservation");
mkdirSync(dir, { recursive: true });

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// Columns E–K, rows 2–4 (the tasks): E =LEN(Bn) with results, F a formula saved without a result (row 2), G a cell
// of three spaces (row 3), H a hyperlink (row 2), I a comment (row 3), J a list validation (J2:J4), K a conditional
// format (K2:K4) — J and K hold no value at all.
const extra = (r: number): string => {
  if (r === 1) return "";
  let cells = `<c r="E${r}"><f>LEN(B${r})</f><v>${(PLAN_ROWS[r - 1]?.[1] ?? "").length}</v></c>`;
  if (r === 2) cells += `<c r="F2"><f>TODAY()-DATE(2026,1,1)</f></c>`;
  if (r === 3) cells += `<c r="G3" t="inlineStr"><is><t xml:space="preserve">   </t></is></c>`;
  if (r === 2) cells += `<c r="H2" t="inlineStr"><is><t>Văn bản</t></is></c>`;
  return cells;
};
const afterSheetData =
  '<conditionalFormatting sqref="K2:K4"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>0</formula></cfRule></conditionalFormatting>' +
  '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="J2:J4"><formula1>"Có,Không"</formula1></dataValidation></dataValidations>' +
  `<hyperlinks><hyperlink ref="H2" r:id="rId1"/></hyperlinks>`;
const sheet = sheetXml(planRowsXml(PLAN_ROWS, extra), afterSheetData);
const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><dxfs count="1"><dxf><font><b/></font></dxf></dxfs></styleSheet>`;
const sheetRels =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/hyperlink" Target="https://moet.gov.vn/van-ban" TargetMode="External"/>` +
  `<Relationship Id="rId2" Type="${REL}/comments" Target="../comments1.xml"/></Relationships>`;
const comments = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS}"><authors><author>Văn phòng</author></authors><commentList><comment ref="I3" authorId="0"><text><r><t>Đã nhắc đơn vị</t></r></text></comment></commentList></comments>`;
const types = CONTENT_TYPES.replace(
  "</Types>",
  '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>',
);

const bytes = planPackage(
  { "xl/worksheets/sheet1.xml": { data: sheet }, "xl/styles.xml": { data: styles }, "[Content_Types].xml": { data: types } },
  [
    { name: "xl/worksheets/_rels/sheet1.xml.rels", data: sheetRels },
    { name: "xl/comments1.xml", data: comments },
  ],
);
writeFileSync(path.join(dir, "right-of-table.xlsx"), bytes);
writeFileSync(
  path.join(dir, "README.md"),
  [
    "# Data-preservation fixtures (issue 9 §3a)",
    "",
    "Built by `node -r ts-node/register/transpile-only scripts/fuzz/build-preservation.ts`.",
    "",
    "| file | what it carries |",
    "| --- | --- |",
    "| right-of-table.xlsx | the three-task plan in A1:D4 and, right of it with no header: E2:E4 `=LEN(Bn)` with results, F2 a formula saved without a result, G3 three spaces, H2 a hyperlink, I3 a comment, J2:J4 a list validation, K2:K4 a conditional format |",
    "",
  ].join("\n"),
);
console.log("written", dir);
