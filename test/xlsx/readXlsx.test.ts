import type { Grid, WorkbookSnapshot } from "../../src/core/grid/Grid";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { XlsxReadError, type XlsxReadErrorCode } from "../../src/xlsx/XlsxReadError";
import { EXPECTED_PLAN, fixtureBytes } from "./packageFixtures";

function read(name: string): WorkbookSnapshot {
  return readXlsx(fixtureBytes(name));
}

function sheet(snapshot: WorkbookSnapshot, name: string): Grid {
  const grid = snapshot.sheets.find((g) => g.name === name);
  if (!grid) throw new Error(`no sheet ${name} in ${snapshot.sheets.map((g) => g.name).join(", ")}`);
  return grid;
}

/** The first four rows and six columns of a grid starting at `top`. */
function planBlock(grid: Grid, top = 0): unknown[][] {
  return grid.values.slice(top, top + 4).map((row) => row.slice(0, 6));
}

describe("readXlsx: every readable fixture carries the plan table in its first sheet", () => {
  test.each([
    ["formulas.xlsx", 0],
    ["hidden-sheets.xlsx", 0],
    ["validations-cf.xlsx", 0],
    ["image.xlsx", 0],
    ["comments.xlsx", 0],
    ["date1904.xlsx", 0],
    ["rich-text.xlsx", 0],
    ["quirks.xlsx", 0],
    ["strict.xlsx", 0],
    ["chart-openpyxl.xlsx", 0],
    ["defined-names.xlsx", 0],
    ["pivot.xlsx", 0],
    ["plan-basic.xlsx", 1],
    ["macro.xlsm", 1],
  ])("%s", (name, top) => {
    const snapshot = read(name);
    const first = snapshot.sheets[0];
    expect(first?.name).toBe("Kế hoạch");
    expect(first && planBlock(first, top)).toEqual(EXPECTED_PLAN);
  });
});

describe("readXlsx: plan-basic.xlsx (ExcelJS)", () => {
  const snapshot = read("plan-basic.xlsx");
  const plan = sheet(snapshot, "Kế hoạch");
  const data = sheet(snapshot, "Số liệu");

  test("sheets in tab order, visible, 1900 date system, no names", () => {
    expect(snapshot.sheets.map((g) => [g.name, g.hidden, g.date1904])).toEqual([
      ["Kế hoạch", false, false],
      ["Số liệu", false, false],
    ]);
    expect(snapshot.names).toEqual([]);
  });

  test("a title merged across the table and a task merged down two rows keep values in their top-left cell", () => {
    expect(plan.values[0]).toEqual(["PHỤ LỤC"]);
    expect(plan.values[5]).toEqual([null, null, null, null, null, "Tài liệu bồi dưỡng"]);
    expect(plan.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 4, left: 0, bottom: 5, right: 0 },
      { top: 4, left: 1, bottom: 5, right: 1 },
      { top: 4, left: 2, bottom: 5, right: 2 },
      { top: 4, left: 3, bottom: 5, right: 3 },
      { top: 4, left: 4, bottom: 5, right: 4 },
    ]);
  });

  test("dates read as serials with their format; numbers, booleans and text as written", () => {
    expect(data.values).toEqual([
      [46203, 12.5, 0.25, true, "Dòng 1\nDòng 2", 1234567],
      [46356, 0.5, -3.75, "  khoảng trắng  ", 'R&D <b> "x"'],
    ]);
    // "mm-dd-yy" and "h:mm" are stored as built-in ids 14 and 20; the others as custom or built-in codes.
    expect(data.formats).toEqual([
      ["dd/mm/yyyy", "0.00", "0%", null, null, "#,##0"],
      ["mm-dd-yy", "h:mm"],
    ]);
  });

  test("a sheet without formats has an empty format row per value row", () => {
    expect(plan.formats).toEqual([[], [], [], [], [], []]);
  });
});

describe("readXlsx: formulas.xlsx reads cached results", () => {
  const calc = sheet(read("formulas.xlsx"), "Tính toán");
  test.each([
    ["A3 = A1+A2", 2, 0, 30],
    ['B1 = "Sở "&"GDĐT" (t="str")', 0, 1, "Sở GDĐT"],
    ["C1 = A1>5 (t=b)", 0, 2, true],
    ["D1 = 1/0", 0, 3, "#DIV/0!"],
    ["D2, an error value", 1, 3, "#REF!"],
    ["D3 = NA()", 2, 3, "#N/A"],
    ["E1, master of a shared formula", 0, 4, 20],
    ["E2, a shared formula's child", 1, 4, 40],
    ["B2, empty", 1, 1, null],
  ])("%s", (_label, row, col, expected) => {
    expect(calc.values[row]?.[col] ?? null).toEqual(expected);
  });
});

describe("readXlsx: openpyxl writes formulas without results", () => {
  test("D1 =SUM(B2:B4) of chart-openpyxl.xlsx reads as empty", () => {
    const data = sheet(read("chart-openpyxl.xlsx"), "Số liệu");
    expect(data.values[0]).toEqual(["Đơn vị", "Số nhiệm vụ"]);
  });
});

describe("readXlsx: sheet visibility", () => {
  test("hidden and veryHidden sheets are read and flagged, in tab order", () => {
    const snapshot = read("hidden-sheets.xlsx");
    expect(snapshot.sheets.map((g) => [g.name, g.hidden, g.values])).toEqual([
      ["Kế hoạch", false, EXPECTED_PLAN],
      ["Ẩn", true, [["ẩn"]]],
      ["Rất ẩn", true, [["rất ẩn"]]],
      ["Tổng hợp", false, [["hiện"]]],
    ]);
  });
});

describe("readXlsx: defined names", () => {
  test("workbook-wide, sheet-scoped and built-in names, with refs as written", () => {
    expect(read("defined-names.xlsx").names).toEqual([
      { name: "PT_KeHoach", ref: "'Kế hoạch'!$A$1:$F$4" },
      { name: "PT_TrangThai", ref: "'Báo cáo'!$A$1:$A$4", scope: "Báo cáo" },
      { name: "NgayBaoCao", ref: "DATE(2026,11,30)" },
      { name: "_xlnm.Print_Area", ref: "'Kế hoạch'!$A$1:$F$4", scope: "Kế hoạch" },
    ]);
  });

  test("localSheetId counts the chartsheet, which yields no grid", () => {
    const snapshot = read("chart-openpyxl.xlsx");
    expect(snapshot.sheets.map((g) => g.name)).toEqual(["Kế hoạch", "Số liệu", "Ghi chú"]);
    expect(snapshot.names).toEqual([{ name: "PT_GhiChu", ref: "'Ghi chú'!$A$1", scope: "Ghi chú" }]);
  });

  test("a prefixed <x:definedName> and an entity in a sheet name", () => {
    expect(read("quirks.xlsx").names).toEqual([
      { name: "PT_Kieu", ref: "'Kiểu & định dạng'!$A$1:$G$3", scope: "Kiểu & định dạng" },
    ]);
  });
});

describe("readXlsx: date1904.xlsx", () => {
  test("every grid says 1904 and the serial is kept as stored", () => {
    const snapshot = read("date1904.xlsx");
    expect(snapshot.sheets.map((g) => g.date1904)).toEqual([true]);
    const plan = sheet(snapshot, "Kế hoạch");
    expect(plan.values[1]?.[6]).toBe(44741);
    expect(plan.formats?.[1]?.[6]).toBe("dd/mm/yyyy");
  });
});

describe("readXlsx: rich-text.xlsx shared strings", () => {
  const strings = sheet(read("rich-text.xlsx"), "Chuỗi").values.map((row) => row[0]);
  test.each([
    ["runs <r><t> concatenate", 0, "Sở GDĐT"],
    ['xml:space="preserve" keeps spaces', 1, "  khoảng trắng  "],
    ["predefined entities", 2, `R&D <b> "x" 'y'`],
    ["numeric references &#10; and &#x0A;", 3, "Dòng 1\nDòng 2\nDòng 3"],
    ["the _x000D_ escape", 4, "Dòng 1\r\nDòng 2"],
    ["_x005F_ keeps a literal escape", 5, "_x000D_ giữ nguyên"],
    ["phonetic runs <rPh> are not text", 6, "東京"],
    ["an empty item", 7, ""],
  ])("%s", (_label, index, expected) => {
    expect(strings[index]).toBe(expected);
  });
});

describe("readXlsx: quirks.xlsx (hand-made parts)", () => {
  const snapshot = read("quirks.xlsx");
  const types = sheet(snapshot, "Kiểu & định dạng");

  test("x:-prefixed elements, a BOM, and rows or cells without r attributes place values in order", () => {
    expect(sheet(snapshot, "Kế hoạch").values).toEqual(EXPECTED_PLAN);
  });

  test("every cell type", () => {
    expect(types.values[0]).toEqual(["ab", true, false, "#REF!", 46203, 46203.5]);
    expect(types.values[2]).toEqual(["Sở GDĐT", "a<b & c", 0.0015]);
    expect(types.values[3]).toEqual([]);
    expect(types.values[4]).toEqual(["Gộp"]);
  });

  test("built-in, custom and General formats; t=d gets a date format when its style has none", () => {
    expect(types.values[1]).toEqual([46203, 46203.5, 1.25, 3.14159, 7, 1]);
    expect(types.formats?.[0]).toEqual([null, null, null, null, "yyyy-mm-dd", "dd/mm/yyyy\\ hh:mm"]);
    // ids 14, 22, 46, custom 164 (not the dxf or cell-style redefinition), custom "General", 49.
    expect(types.formats?.[1]).toEqual(["mm-dd-yy", 'm/d/yy "h":mm', "[h]:mm:ss", "0.000", null, "@"]);
  });

  test("merges", () => {
    expect(types.merges).toEqual([
      { top: 4, left: 0, bottom: 4, right: 2 },
      { top: 4, left: 4, bottom: 5, right: 4 },
    ]);
  });
});

describe("readXlsx: strict OOXML", () => {
  test("strict namespaces and relationship types, and a t=d date", () => {
    const plan = sheet(read("strict.xlsx"), "Kế hoạch");
    expect(plan.values[0]?.[6]).toBe("Hạn chót");
    expect(plan.values[1]?.[6]).toBe(46203);
    expect(plan.formats?.[1]?.[6]).toBe("yyyy-mm-dd");
  });
});

describe("readXlsx: packages carrying parts it does not read", () => {
  test("pivot.xlsx (LibreOffice) reads the pivot table's cached cells as values", () => {
    const snapshot = read("pivot.xlsx");
    expect(snapshot.sheets.map((g) => g.name)).toEqual(["Kế hoạch", "Tổng hợp"]);
    const pivot = sheet(snapshot, "Tổng hợp");
    expect(pivot.values.slice(2)).toEqual([
      ["Đơn vị chủ trì", "Sum - Số sản phẩm"],
      ["Sở GDĐT", 7],
      ["Total Result", 7],
    ]);
  });

  test.each(["image.xlsx", "comments.xlsx", "validations-cf.xlsx", "macro.xlsm"])(
    "%s reads its worksheets",
    (name) => {
      expect(read(name).sheets.length).toBeGreaterThan(0);
    },
  );

  test("validations-cf.xlsx: G2 takes no format from the conditional style", () => {
    const plan = sheet(read("validations-cf.xlsx"), "Kế hoạch");
    expect(plan.values[1]?.[6]).toBe(5);
    expect(plan.formats?.[1]?.[6] ?? null).toBeNull();
  });

  test("macro.xlsm reads like the workbook it was made from", () => {
    expect(read("macro.xlsm")).toEqual(read("plan-basic.xlsx"));
  });
});

describe("readXlsx: files that are not readable workbooks", () => {
  test.each<[string, XlsxReadErrorCode]>([
    ["text-renamed.xlsx", "not-zip"],
    ["encrypted.xlsx", "encrypted"],
    ["legacy.xls", "xls-binary"],
    ["truncated.xlsx", "corrupt"],
    ["missing-workbook.xlsx", "corrupt"],
    ["word-document.xlsx", "not-workbook"],
  ])("%s → %s", (name, code) => {
    let error: unknown;
    try {
      read(name);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as XlsxReadError).code).toBe(code);
    expect((error as XlsxReadError).message.startsWith("xlsx: ")).toBe(true);
  });

  test("an empty file and a few bytes are not zips", () => {
    expect(() => readXlsx(new Uint8Array())).toThrow(expect.objectContaining({ code: "not-zip" }));
    expect(() => readXlsx(new Uint8Array([0x50, 0x4b]))).toThrow(
      expect.objectContaining({ code: "not-zip" }),
    );
  });

  test("a truncated zip keeps the unzip error as cause", () => {
    try {
      read("truncated.xlsx");
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(XlsxReadError);
      expect((e as XlsxReadError).cause).toBeInstanceOf(Error);
    }
  });
});
