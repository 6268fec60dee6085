import type { CellValue, Grid } from "../../../src/core/grid/Grid";
import {
  defaultDirectory,
  directoryFromGrid,
  findUnit,
  isReorganisedAt,
  resolveUnitName,
} from "../../../src/core/units/directory";

const sheet = (values: CellValue[][], extra: Partial<Grid> = {}): Grid => ({
  name: "Đơn vị",
  values,
  merges: [],
  ...extra,
});

// Columns in an order of their own, headers in other cases and spacing: matched by key, not by position.
const HEADER: CellValue[] = [
  "Ghi chú",
  "TÊN ĐƠN VỊ",
  "Từ ngày",
  "Viết  tắt",
  "Đơn vị kế thừa",
  "Cách viết khác",
];
// 2025-07-01 as an Excel serial (1900 system).
const SERIAL_2025_07_01 = 45839;

const ROWS: CellValue[][] = [
  ["DANH MỤC ĐƠN VỊ"],
  [],
  HEADER,
  // 4: an existing unit named by a variant spelling: extended, not renamed.
  [null, "Sở Kế hoạch đầu tư", null, "SKHĐT\nSở KH-ĐT", "", "Sở KH và ĐT"],
  // 5: a new unit, reorganised on a date cell, its successors added further down and already known.
  [
    null,
    "Trung tâm Giáo dục thường xuyên tỉnh",
    SERIAL_2025_07_01,
    "TTGDTX tỉnh",
    "Sở GDĐT (giáo dục thường xuyên); Sở Công Thương",
    null,
  ],
  // 6: a new unit with a remark.
  ["Bổ sung theo Kế hoạch năm 2026", "Sở Công Thương", "", "Sở CT", "", ""],
  // 7: an existing unit's reorganisation restated with a text date and a noted successor.
  [null, "Ban Dân tộc tỉnh", "01/03/2025", null, "Sở Dân tộc và Tôn giáo (công tác dân tộc)", null],
  // 8: blank row: skipped without a word.
  [null, "  ", null, null, null, null],
  // 9: no name.
  [null, null, null, "Sở ABC", null, null],
  // 10: a date that is no date: the rest of the row still applies.
  [null, "Sở Y tế", "đầu năm 2025", "Sở YT", "Sở Nội vụ", null],
  // 11: successors without a date.
  [null, "Sở Xây dựng", null, null, "Sở Nội vụ", null],
  // 12: an error value.
  [null, "#REF!", null, null, null, null],
  // 13: an impossible date.
  [null, "Sở Nội vụ", "31/02/2025", null, "Sở Tư pháp", null],
  // 14: a number for a name.
  [null, 12, null, null, null, null],
];

describe("directoryFromGrid", () => {
  const base = defaultDirectory();
  const { directory, issues } = directoryFromGrid(sheet(ROWS), base);
  const unit = (id: string) => findUnit(directory, id);

  test("a row naming a known unit in a variant spelling extends it and accepts that spelling", () => {
    const u = unit("so-ke-hoach-dau-tu");
    expect(u?.name).toBe("Sở Kế hoạch và Đầu tư");
    expect(u?.abbreviations).toEqual(["Sở KH&ĐT", "Sở KHĐT", "Sở KH-ĐT", "Sở Kế hoạch đầu tư", "SKHĐT"]);
    expect(u?.variants).toEqual(["Sở Kế hoạch Đầu tư", "Sở KH và ĐT"]);
    expect(resolveUnitName("Sở Kế hoạch đầu tư", directory)).toEqual({
      unitId: "so-ke-hoach-dau-tu",
      match: "abbreviation",
    });
    expect(resolveUnitName("SKHĐT", directory)?.unitId).toBe("so-ke-hoach-dau-tu");
    // Its reorganisation is kept.
    expect(u?.reorganised?.effective).toBe("2025-03-01");
  });

  test("a new name adds a unit with an id from its name", () => {
    expect(unit("so-cong-thuong")).toEqual({
      id: "so-cong-thuong",
      name: "Sở Công Thương",
      abbreviations: ["Sở CT"],
      variants: [],
      note: "Bổ sung theo Kế hoạch năm 2026",
    });
    expect(resolveUnitName("Sở CT", directory)).toEqual({ unitId: "so-cong-thuong", match: "abbreviation" });
  });

  test("a date cell and successors, resolved against the finished directory, with notes", () => {
    const u = unit("trung-tam-giao-duc-thuong-xuyen-tinh");
    expect(u?.reorganised).toEqual({
      effective: "2025-07-01",
      successors: [
        { unitId: "so-gddt", name: "Sở GDĐT", note: "giáo dục thường xuyên" },
        { unitId: "so-cong-thuong", name: "Sở Công Thương" },
      ],
    });
    expect(u && isReorganisedAt(u, "2025-06-30")).toBe(false);
    expect(u && isReorganisedAt(u, "2025-07-01")).toBe(true);
  });

  test("a text date and a successor override the directory's, keeping its basis", () => {
    expect(unit("ban-dan-toc")?.reorganised).toEqual({
      effective: "2025-03-01",
      successors: [
        { unitId: "so-dan-toc-ton-giao", name: "Sở Dân tộc và Tôn giáo", note: "công tác dân tộc" },
      ],
      basis: "Nghị quyết 176/2025/QH15; Nghị định 45/2025/NĐ-CP",
    });
  });

  test("rows that cannot be read become directory-row-invalid warnings", () => {
    expect(issues).toEqual([
      {
        code: "directory-row-invalid",
        severity: "warning",
        sheet: "Đơn vị",
        row: 9,
        cell: "B9",
        text: "Sở ABC",
      },
      {
        code: "directory-row-invalid",
        severity: "warning",
        sheet: "Đơn vị",
        row: 10,
        cell: "C10",
        text: "đầu năm 2025",
      },
      {
        code: "directory-row-invalid",
        severity: "warning",
        sheet: "Đơn vị",
        row: 11,
        cell: "C11",
        text: "Sở Nội vụ",
      },
      {
        code: "directory-row-invalid",
        severity: "warning",
        sheet: "Đơn vị",
        row: 12,
        cell: "B12",
        text: "#REF!",
      },
      {
        code: "directory-row-invalid",
        severity: "warning",
        sheet: "Đơn vị",
        row: 13,
        cell: "C13",
        text: "31/02/2025",
      },
      {
        code: "directory-row-invalid",
        severity: "warning",
        sheet: "Đơn vị",
        row: 14,
        cell: "B14",
        text: "12",
      },
    ]);
  });

  test("what could be read of an invalid row still applies; its reorganisation does not", () => {
    expect(unit("so-y-te")?.abbreviations).toEqual(["Sở YT"]);
    expect(unit("so-y-te")?.reorganised).toBeUndefined();
    expect(unit("so-xay-dung")?.reorganised).toBeUndefined();
    expect(unit("so-noi-vu")?.reorganised).toBeUndefined();
  });

  test("the base directory is left as it was", () => {
    expect(base).toEqual(defaultDirectory());
    expect(directory.units.length).toBe(base.units.length + 2);
    expect(directory.genericPhrases).toEqual(base.genericPhrases);
  });
});

describe("directoryFromGrid: dates and headers", () => {
  const header: CellValue[] = ["Tên đơn vị", "Từ ngày", "Đơn vị kế thừa"];
  const reorganisedOn = (value: CellValue, extra: Partial<Grid> = {}) => {
    const { directory, issues } = directoryFromGrid(
      sheet([header, ["Sở Giao thông vận tải", value, "Sở Xây dựng"]], extra),
      defaultDirectory(),
    );
    return { effective: findUnit(directory, "so-giao-thong-van-tai")?.reorganised?.effective, issues };
  };

  test.each([
    ["1/3/2025", "2025-03-01"],
    ["01.03.2025", "2025-03-01"],
    ["01-03-2025", "2025-03-01"],
    ["2025-03-01", "2025-03-01"],
    [" 1 / 3 / 2025 ", "2025-03-01"],
  ])("text date %j → %s", (value, expected) => {
    expect(reorganisedOn(value)).toEqual({ effective: expected, issues: [] });
  });

  test("a serial date in a 1904 workbook", () => {
    expect(reorganisedOn(SERIAL_2025_07_01 - 1462, { date1904: true })).toEqual({
      effective: "2025-07-01",
      issues: [],
    });
  });

  test.each([["3/2025"], ["32/1/2025"], ["Quý I/2025"], [true]])("unreadable date %j", (value) => {
    const { effective, issues } = reorganisedOn(value);
    // The directory's own date stays.
    expect(effective).toBe("2025-03-01");
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["directory-row-invalid", "B2"]]);
  });

  test("NFD headers and names", () => {
    const { directory, issues } = directoryFromGrid(
      sheet([
        ["Tên đơn vị".normalize("NFD"), "Viết tắt".normalize("NFD")],
        ["Sở Tư pháp".normalize("NFD"), "Sở TP".normalize("NFD")],
      ]),
      defaultDirectory(),
    );
    expect(issues).toEqual([]);
    expect(findUnit(directory, "so-tu-phap")?.abbreviations).toEqual(["Sở TP"]);
  });

  test("a sheet without a name column changes nothing and says so", () => {
    const base = defaultDirectory();
    const { directory, issues } = directoryFromGrid(
      sheet([[], ["Viết tắt", "Ghi chú"], ["Sở YT", ""]]),
      base,
    );
    expect(directory).toEqual(base);
    expect(issues).toEqual([
      {
        code: "directory-row-invalid",
        severity: "warning",
        sheet: "Đơn vị",
        row: 2,
        cell: "A2",
        text: "Viết tắt | Ghi chú",
      },
    ]);
  });

  test("an empty sheet", () => {
    const { directory, issues } = directoryFromGrid(sheet([]), defaultDirectory());
    expect(directory.units.length).toBe(defaultDirectory().units.length);
    expect(issues.map((i) => [i.row, i.cell, i.text])).toEqual([[1, "A1", ""]]);
  });

  test("two new units with the same key get distinct ids", () => {
    const { directory } = directoryFromGrid(
      sheet([["Tên đơn vị"], ["Trường Mầm non Hoa Sen"], ["TRƯỜNG MẦM NON HOA SEN (cơ sở 2)"]]),
      defaultDirectory(),
    );
    const ids = directory.units.map((u) => u.id);
    expect(ids).toContain("truong-mam-non-hoa-sen");
    expect(ids).toContain("truong-mam-non-hoa-sen-co-so-2");
  });
});
