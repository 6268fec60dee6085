import { relationshipsPartName, resolvePartName } from "../../../src/xlsx/ooxml/resolvePartName";

describe("resolvePartName", () => {
  test.each<[string, string, string]>([
    ["xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/worksheets/sheet1.xml", "../drawings/drawing1.xml", "xl/drawings/drawing1.xml"],
    ["xl/workbook.xml", "./styles.xml", "xl/styles.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
    ["xl/workbook.xml", "worksheets/sheet%201.xml", "xl/worksheets/sheet 1.xml"],
    ["xl/workbook.xml", "bad%zz.xml", "xl/bad%zz.xml"],
  ])("%p + %p", (source, target, expected) => {
    expect(resolvePartName(source, target)).toBe(expected);
  });

  test.each<[string, string]>([
    ["xl/workbook.xml", "xl/_rels/workbook.xml.rels"],
    ["", "_rels/.rels"],
  ])("relationships of %p", (part, expected) => {
    expect(relationshipsPartName(part)).toBe(expected);
  });
});
