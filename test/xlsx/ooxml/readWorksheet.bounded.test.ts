// Cell references past Excel's grid are left out and named, never allocated by; far-apart cells cost what is present.
import { readWorksheet } from "../../../src/xlsx/ooxml/readWorksheet";
import { analyzeWorkbook } from "../../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../../src/core/model/Status";
import { renderIssue } from "../../../src/core/i18n/renderIssue";
import { parseAddress, parseRange } from "../../../src/core/grid/address";

const context = { sharedStrings: [], styleFormats: [], date1904: false };
const sheet = (rows: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

describe("readWorksheet on references beyond the grid", () => {
  test.each(["A999999999", "ZZZZZZ1", "AAAAAAAAAAAA9", "B99999999999999999999", "XFE1", "A1048577"])(
    "%s is named and left out",
    (ref) => {
      const content = readWorksheet(sheet(`<row r="1"><c r="A1"><v>1</v></c><c r="${ref}"><v>2</v></c></row>`), context);
      expect(content.values.length).toBe(1);
      expect(content.values[0]).toEqual([1]);
      expect(content.beyondGrid).toEqual([ref]);
    },
  );

  test("a row numbered past 1,048,576 is skipped whole, with its number kept", () => {
    const content = readWorksheet(sheet(`<row r="99999999999"><c><v>5</v></c></row><row r="2"><c r="B2"><v>7</v></c></row>`), context);
    expect(content.beyondGrid).toEqual(["99999999999"]);
    expect(content.values[1]?.[1]).toBe(7);
  });

  test("cells at XFD1 and A1048576 are kept in sparse rows", () => {
    const content = readWorksheet(sheet(`<row r="1"><c r="XFD1"><v>1</v></c></row><row r="1048576"><c r="A1048576"><v>2</v></c></row>`), context);
    expect(content.beyondGrid).toEqual([]);
    expect(content.values[0]?.[16383]).toBe(1);
    expect(content.values[1048575]?.[0]).toBe(2);
    // The row between holds no cells: one shared empty row, not a million arrays of their own.
    expect(content.values[5]).toBe(content.values[500000]);
    expect(Object.keys(content.values[0] ?? []).length).toBe(1);
  });

  test("a merge past the grid is named, not indexed", () => {
    const xml = `<worksheet><sheetData/><mergeCells><mergeCell ref="A1:A99999999999"/><mergeCell ref="A1:B2"/></mergeCells></worksheet>`;
    const content = readWorksheet(xml, context);
    expect(content.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });

  test("parseAddress refuses addresses past the grid; parseRange with them", () => {
    expect(parseAddress("XFD1048576")).toEqual({ row: 1048575, col: 16383 });
    expect(parseAddress("XFE1")).toBeNull();
    expect(parseAddress("A1048577")).toBeNull();
    expect(parseAddress("A99999999999999999999")).toBeNull();
    expect(parseRange("A1:A99999999")).toBeNull();
  });

  test("the engine reports such cells as one issue on the sheet, in both languages", () => {
    const snapshot = {
      sheets: [{ name: "Kế hoạch", values: [["x"]], merges: [], beyondGrid: ["A999999999", "ZZZZZZ1"] }],
      names: [],
    };
    const analysis = analyzeWorkbook(snapshot, { ...DEFAULT_SETTINGS, reportDate: "2026-11-30" });
    const issue = analysis.issues.find((i) => i.code === "cell-beyond-grid");
    expect(issue).toMatchObject({ sheet: "Kế hoạch", refs: ["A999999999", "ZZZZZZ1"], severity: "warning" });
    expect(renderIssue(issue!, "vi")).toContain("A999999999");
    expect(renderIssue(issue!, "en")).toContain("ZZZZZZ1");
  });
});
