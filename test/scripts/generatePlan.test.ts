import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { addMergesToSheetXml } from "../../scripts/samples/addMergesToSheetXml";
import { generatePlanRows, romanNumeral, writeGeneratedPlan } from "../../scripts/samples/generatePlan";

/** A section row: a non-numeric number ("I", "A") and a heading, nothing else. */
function isSection(row: string[]): boolean {
  const number = row[0] ?? "";
  return number !== "" && !/^\d+$/.test(number) && row[1] !== "" && row.slice(2).every((c) => c === "");
}

/** Task first rows: a title in column B and not a section. */
function taskRows(rows: string[][]): string[][] {
  return rows.filter((row) => row[1] !== "" && !isSection(row));
}

describe("generatePlanRows", () => {
  it.each([1, 7, 40, 41, 200, 1000])("gives %i tasks, six cells per row", (n) => {
    const rows = generatePlanRows(n);
    expect(taskRows(rows)).toHaveLength(n);
    for (const row of rows) expect(row).toHaveLength(6);
  });

  it.each([0, -3, Number.NaN])("gives no rows for %p", (n) => {
    expect(generatePlanRows(n)).toEqual([]);
  });

  it("is deterministic", () => {
    expect(generatePlanRows(300)).toEqual(generatePlanRows(300));
    expect(generatePlanRows(100)).toEqual(generatePlanRows(300).slice(0, generatePlanRows(100).length));
  });

  it("has a sub-section every 40 tasks and a part every five sub-sections", () => {
    const sections = generatePlanRows(240).filter(isSection);
    expect(sections.map((row) => row[0])).toEqual(["I", "A", "B", "C", "D", "E", "II", "A"]);
    expect(sections[0]?.[1]).toBe("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
  });

  it("numbers parts with real Roman numerals, also past 39", () => {
    // A part row is the section row right before a sub-section "A" (a bare "C" could be either).
    const sections = generatePlanRows(10000).filter(isSection);
    const parts = sections.filter((_, i) => sections[i + 1]?.[0] === "A").map((row) => row[0] ?? "");
    expect(parts).toHaveLength(50);
    expect(parts.slice(0, 5)).toEqual(["I", "II", "III", "IV", "V"]);
    expect(parts[39]).toBe("XL");
    expect(parts[49]).toBe("L");
  });

  it.each([
    [1, "I"],
    [4, "IV"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
    [49, "XLIX"],
    [90, "XC"],
    [2024, "MMXXIV"],
    [0, ""],
  ])("romanNumeral(%i) is %p", (value, expected) => {
    expect(romanNumeral(value)).toBe(expected);
  });

  it("has Word-paste continuation rows (blank TT and Nhiệm vụ, a paragraph in another column)", () => {
    const rows = generatePlanRows(100);
    const continuations = rows.filter((row) => row[0] === "" && row[1] === "" && row.some((c) => c !== ""));
    expect(continuations.length).toBeGreaterThan(5);
    for (const row of continuations) {
      expect(row[2]).toBe("");
      expect(row[4]).toBe("");
    }
  });

  it("varies the text: titles, units, time expressions, the seed's blank TTs and its three spellings", () => {
    const rows = taskRows(generatePlanRows(500));
    expect(new Set(rows.map((row) => row[1])).size).toBeGreaterThan(100);
    expect(new Set(rows.map((row) => row[2])).size).toBeGreaterThanOrEqual(6);
    const timeframes = new Set(rows.map((row) => row[4]));
    expect(timeframes.size).toBeGreaterThan(25);
    expect(timeframes).toContain("Quý I/2026");
    expect(timeframes).toContain("GĐ1: 2025;\n\nGĐ2: 2030");
    expect(rows.filter((row) => row[0] === "").length).toBeGreaterThan(10);
    const all = generatePlanRows(500).flat().join("\n");
    for (const spelling of ["Sở Kế hoạch và Đầu tư", "Sở Kế hoạch Đầu tư", "Sở Kế hoạch đầu tư"]) {
      expect(all).toContain(spelling);
    }
  });
});

describe("writeGeneratedPlan", () => {
  const n = 60;
  const rows = generatePlanRows(n);
  let ws: ExcelJS.Worksheet;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-generated-"));
    await writeGeneratedPlan(path.join(dir, "a.xlsx"), n);
    await writeGeneratedPlan(path.join(dir, "b.xlsx"), n);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, "a.xlsx"));
    const sheet = workbook.getWorksheet("Kế hoạch");
    if (!sheet) throw new Error("no sheet");
    ws = sheet;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes the same bytes twice", () => {
    expect(fs.readFileSync(path.join(dir, "a.xlsx")).equals(fs.readFileSync(path.join(dir, "b.xlsx")))).toBe(
      true,
    );
  });

  it("has the sample's title block and header", () => {
    expect(ws.getCell("A1").value).toBe("ỦY BAN NHÂN DÂN");
    expect(ws.model.merges).toContain("A1:F1");
    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getRow(8).getCell(c).value)).toEqual([
      "TT",
      "Nhiệm vụ",
      "Đơn vị chủ trì",
      "Đơn vị phối hợp",
      "Thời gian hoàn thành",
      "Sản phẩm dự kiến",
    ]);
  });

  it("holds the generated rows from row 9, TT as numbers", () => {
    rows.forEach((row, i) => {
      row.forEach((text, c) => {
        const cell = ws.getRow(9 + i).getCell(c + 1);
        // ExcelJS reports a merged cell's value in every cell of the merge; only the top-left one holds it.
        if (cell.isMerged && cell.master.address !== cell.address) {
          expect(text).toBe("");
          return;
        }
        const value = cell.value;
        if (text === "") expect(value).toBeNull();
        else if (c === 0 && /^\d+$/.test(text)) expect(value).toBe(Number(text));
        else expect(value).toBe(text);
      });
    });
  });

  it("merges section headings across B:F and blank cells of a Word-paste task down over its rows", () => {
    const merges = new Set(ws.model.merges);
    rows.forEach((row, i) => {
      const r = 9 + i;
      if (isSection(row)) expect(merges).toContain(`B${r}:F${r}`);
    });
    // Task 5 is the first Word-paste task: its lead (column C) is merged down over its continuation rows.
    const first = rows.findIndex((row) => row[0] === "" && row[1] === "" && row.some((c) => c !== ""));
    expect(first).toBeGreaterThan(0);
    let last = first;
    while (rows[last + 1]?.[1] === "" && rows[last + 1]?.[0] === "" && rows[last + 1]?.some((c) => c !== ""))
      last++;
    expect(merges).toContain(`C${9 + first - 1}:C${9 + last}`);
    expect(ws.getCell(`C${9 + last}`).isMerged).toBe(true);
  });
});

describe("addMergesToSheetXml", () => {
  it.each([
    [
      "adds a mergeCells element after sheetData",
      "<worksheet><sheetData></sheetData><pageMargins/></worksheet>",
      '<worksheet><sheetData></sheetData><mergeCells count="2"><mergeCell ref="A1:A2"/><mergeCell ref="B3:F3"/></mergeCells><pageMargins/></worksheet>',
    ],
    [
      "extends an existing mergeCells element and its count",
      '<worksheet><sheetData></sheetData><mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells></worksheet>',
      '<worksheet><sheetData></sheetData><mergeCells count="3"><mergeCell ref="A1:F1"/><mergeCell ref="A1:A2"/><mergeCell ref="B3:F3"/></mergeCells></worksheet>',
    ],
  ])("%s", (_label, xml, expected) => {
    expect(addMergesToSheetXml(xml, ["A1:A2", "B3:F3"])).toBe(expected);
  });

  it("leaves the XML alone when there is nothing to add, and rejects XML without sheetData", () => {
    expect(addMergesToSheetXml("<worksheet/>", [])).toBe("<worksheet/>");
    expect(() => addMergesToSheetXml("<worksheet/>", ["A1:A2"])).toThrow(/sheetData/);
  });
});
