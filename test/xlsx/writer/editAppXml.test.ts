// docProps/app.xml after sheets are added: titles appended after the worksheets, the worksheet count raised.
import { readFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { editAppXml } from "../../../src/xlsx/writer/editAppXml";

const EXCEL_APP =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
  '<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>' +
  "<vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>" +
  '<TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>Kế hoạch</vt:lpstr><vt:lpstr>Số liệu</vt:lpstr><vt:lpstr>\'Kế hoạch\'!Print_Area</vt:lpstr></vt:vector></TitlesOfParts>' +
  "<AppVersion>16.0300</AppVersion></Properties>";

test("new sheets follow the worksheets, before the named ranges; counts and sizes raised", () => {
  const out = editAppXml(EXCEL_APP, ["Tổng hợp", "BC T11-2026"]);
  expect(out).toContain("<vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>4</vt:i4>");
  expect(out).toContain("<vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4>");
  expect(out).toContain(
    '<vt:vector size="5" baseType="lpstr"><vt:lpstr>Kế hoạch</vt:lpstr><vt:lpstr>Số liệu</vt:lpstr><vt:lpstr>Tổng hợp</vt:lpstr><vt:lpstr>BC T11-2026</vt:lpstr><vt:lpstr>\'Kế hoạch\'!Print_Area</vt:lpstr>',
  );
});

test("a Vietnamese Excel's heading (Trang tính) is recognised", () => {
  const out = editAppXml(EXCEL_APP.replace("Worksheets", "Trang tính"), ["Lộ trình"]);
  expect(out).toContain("<vt:lpstr>Trang tính</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4>");
});

test("a part without the lists is left as it is", () => {
  const bare = '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>LibreOffice</Application></Properties>';
  expect(editAppXml(bare, ["Tổng hợp"])).toBe(bare);
});

test("the ExcelJS-written fixture's app.xml gains the sheets", () => {
  const parts = unzipSync(readFileSync(path.resolve(__dirname, "../../fixtures/packages/plan-basic.xlsx")));
  const app = new TextDecoder().decode(parts["docProps/app.xml"]);
  const out = editAppXml(app, ["Tổng hợp"]);
  expect(out).not.toBe(app);
  expect(out).toContain("<vt:lpstr>Tổng hợp</vt:lpstr>");
});
