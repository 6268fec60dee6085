import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { FIXTURE_DIR, buildPlanFixtures } from "../../scripts/build-plan-fixtures";
import type { FixtureExpectation } from "../../scripts/fixtures/PlanFixture";
import { PLAN_FIXTURES, TIME_EXPRESSIONS } from "../../scripts/fixtures/planFixtures";

const expected = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, "expected.json"), "utf8")) as Record<
  string,
  FixtureExpectation
>;
const xlsxFiles = fs
  .readdirSync(FIXTURE_DIR)
  .filter((file) => file.endsWith(".xlsx"))
  .sort();

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(FIXTURE_DIR, file));
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** A cell's text as a reader would see it before any cleaning. */
function text(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "error" in value) return String(value.error);
  return String(value);
}

/** True when the cell is the top-left of a merge that reaches the given last column on the same row. */
function mergedAcross(ws: ExcelJS.Worksheet, row: number, col: number, lastCol: number): boolean {
  const end = ws.getRow(row).getCell(lastCol);
  return end.isMerged && end.master.address === ws.getRow(row).getCell(col).address;
}

describe("the fixture set", () => {
  it("has one expected.json entry and one README line per .xlsx file, and a definition for each", () => {
    expect(Object.keys(expected).sort()).toEqual(xlsxFiles);
    expect(PLAN_FIXTURES.map((f) => f.file).sort()).toEqual(xlsxFiles);
    const readme = fs.readFileSync(path.join(FIXTURE_DIR, "README.md"), "utf8");
    for (const file of xlsxFiles) expect(readme).toContain(`| ${file} |`);
    expect(xlsxFiles.length).toBeGreaterThanOrEqual(16);
  });

  it("is rebuilt byte for byte by build-plan-fixtures", async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-fixtures-"));
    try {
      await buildPlanFixtures(outDir);
      for (const file of [...xlsxFiles, "expected.json", "README.md"]) {
        const fresh = fs.readFileSync(path.join(outDir, file));
        expect({ file, same: fresh.equals(fs.readFileSync(path.join(FIXTURE_DIR, file))) }).toEqual({
          file,
          same: true,
        });
      }
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});

// Fixtures with readerTasks (a unit column before the task column, headings numbered like tasks) are laid out
// so that this walk cannot tell their tasks from their headings; test/core/plan/publishedLayouts.test.ts reads them.
describe.each(xlsxFiles.filter((file) => expected[file]?.sheet !== null && expected[file]?.readerTasks === undefined))(
  "%s matches expected.json",
  (file) => {
    const exp = expected[file]!;
    let workbook: ExcelJS.Workbook;
    let ws: ExcelJS.Worksheet;
    beforeAll(async () => {
      workbook = await load(file);
      ws = sheet(workbook, exp.sheet!);
    });

    it("has a TT header at the first table column and a cell (or merge) over every header column", () => {
      const first = exp.firstCol! + 1;
      const last = exp.lastCol! + 1;
      const header = ws.getRow(exp.headerRow!);
      const top = ws.getRow(exp.headerTopRow!);
      expect(text(top.getCell(first)).trim().normalize("NFC")).toMatch(/^S?TT$/i);
      for (let c = first; c <= last; c++) {
        const cell = header.getCell(c);
        expect(text(cell.isMerged ? cell.master : cell).trim()).not.toBe("");
      }
      expect(text(header.getCell(last + 1))).toBe("");
      if (first > 1) expect(text(header.getCell(first - 1))).toBe("");
    });

    it("has the expected tasks and sections between the first and last data rows, and nothing below", () => {
      const first = exp.firstCol! + 1;
      const last = exp.lastCol! + 1;
      const tasks: string[] = [];
      const sections: string[] = [];
      for (let r = exp.firstDataRow!; r <= exp.lastDataRow!; r++) {
        const titleCell = ws.getRow(r).getCell(first + 1);
        if (titleCell.isMerged && titleCell.master.address !== titleCell.address) continue;
        const number = text(ws.getRow(r).getCell(first)).trim();
        if (mergedAcross(ws, r, first + 1, last)) sections.push(number);
        else tasks.push(number);
      }
      expect(tasks).toEqual(exp.taskNumbers);
      expect(sections).toEqual(exp.sections);
      const below = ws.getRow(exp.lastDataRow! + 1);
      for (let c = first; c <= last; c++) expect(text(below.getCell(c))).toBe("");
    });

    it("lists as other candidates only sheets of the workbook", () => {
      const names = workbook.worksheets.map((w) => w.name);
      for (const other of exp.otherCandidates) expect(names).toContain(other);
      expect(exp.otherCandidates).not.toContain(exp.sheet);
    });
  },
);

describe("what each fixture reproduces", () => {
  it("two-level-header: Đơn vị thực hiện merged over Chủ trì | Phối hợp", async () => {
    const ws = sheet(await load("two-level-header.xlsx"), "Kế hoạch");
    expect(ws.model.merges).toEqual(expect.arrayContaining(["C4:D4", "A4:A5", "B4:B5", "E4:E5", "F4:F5"]));
    expect([text(ws.getCell("C4")), text(ws.getCell("C5")), text(ws.getCell("D5"))]).toEqual([
      "Đơn vị thực hiện",
      "Chủ trì",
      "Phối hợp",
    ]);
  });

  it("column-number-row: (1) … (6) under the header", async () => {
    const ws = sheet(await load("column-number-row.xlsx"), "Kế hoạch");
    expect([1, 2, 3, 4, 5, 6].map((c) => text(ws.getRow(5).getCell(c)))).toEqual([
      "(1)",
      "(2)",
      "(3)",
      "(4)",
      "(5)",
      "(6)",
    ]);
  });

  it("section-rows: section headings merged across B:F", async () => {
    const ws = sheet(await load("section-rows.xlsx"), "Kế hoạch");
    expect(ws.model.merges).toEqual(expect.arrayContaining(["B4:F4", "B7:F7", "B8:F8", "B11:F11"]));
    expect(text(ws.getCell("B4"))).toBe("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
  });

  it.each([
    [
      "header-upper-case.xlsx",
      "Kế hoạch",
      [
        "STT",
        "NỘI DUNG NHIỆM VỤ",
        "CƠ QUAN CHỦ TRÌ",
        "CƠ QUAN PHỐI HỢP",
        "THỜI HẠN",
        "KẾT QUẢ, SẢN PHẨM",
        "GHI CHÚ",
      ],
    ],
    [
      "header-no-diacritics.xlsx",
      "Ke hoach",
      [
        "STT",
        "Noi dung nhiem vu",
        "Co quan chu tri",
        "Co quan phoi hop",
        "Thoi han",
        "Ket qua, san pham",
        "Ghi chu",
      ],
    ],
  ])("%s: header variants", async (file, name, header) => {
    const ws = sheet(await load(file), name);
    expect(header.map((_, c) => text(ws.getRow(3).getCell(c + 1)))).toEqual(header);
  });

  it("nfd-text: every string cell is NFD and differs from its NFC form where it has diacritics", async () => {
    const ws = sheet(await load("nfd-text.xlsx"), "Kế hoạch");
    let decomposed = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value !== "string") return;
        expect(cell.value).toBe(cell.value.normalize("NFD"));
        if (cell.value !== cell.value.normalize("NFC")) decomposed++;
      }),
    );
    expect(decomposed).toBeGreaterThan(20);
    expect(text(ws.getCell("B8")).normalize("NFC")).toBe("Nhiệm vụ");
    expect(text(ws.getCell("B8"))).not.toBe("Nhiệm vụ");
  });

  it("lead-merged-over-tasks: C4:C6 merged, three distinct TT and titles", async () => {
    const ws = sheet(await load("lead-merged-over-tasks.xlsx"), "Kế hoạch");
    expect(ws.model.merges).toContain("C4:C6");
    expect(new Set([4, 5, 6].map((r) => text(ws.getCell(`B${r}`)))).size).toBe(3);
    expect(text(ws.getCell("C4"))).toBe("Sở GDĐT (Phòng Nghiệp vụ Dạy học)");
  });

  it("error-cells: error values, not text", async () => {
    const ws = sheet(await load("error-cells.xlsx"), "Kế hoạch");
    expect(ws.getCell("C3").value).toEqual({ error: "#REF!" });
    expect(ws.getCell("E4").value).toEqual({ error: "#N/A" });
    expect(ws.getCell("D5").value).toEqual({ error: "#VALUE!" });
    expect(ws.getCell("C3").type).toBe(ExcelJS.ValueType.Error);
  });

  it("number-forms: numbers shown as 1.0 and text TTs", async () => {
    const ws = sheet(await load("number-forms.xlsx"), "Kế hoạch");
    expect([4, 5, 6, 7, 8].map((r) => ws.getCell(`A${r}`).value)).toEqual([1, 2, "3.", "4.", "5"]);
    expect(ws.getCell("A4").numFmt).toBe("0.0");
  });

  it("progress-columns: real date cell, text date, percentage formats", async () => {
    const ws = sheet(await load("progress-columns.xlsx"), "Kế hoạch");
    expect(["G3", "H3", "I3", "J3"].map((a) => text(ws.getCell(a)))).toEqual([
      "Tình trạng",
      "Tiến độ (%)",
      "Ngày hoàn thành",
      "Kết quả thực hiện",
    ]);
    expect([4, 5, 6, 7, 8].map((r) => text(ws.getCell(`G${r}`)))).toEqual([
      "Đã hoàn thành",
      "Đang thực hiện",
      "Chưa thực hiện",
      "Đã hoàn thành",
      "Đang thực hiện",
    ]);
    const completed = ws.getCell("I4").value;
    expect(completed).toBeInstanceOf(Date);
    expect((completed as Date).toISOString().slice(0, 10)).toBe("2024-03-15");
    expect(ws.getCell("I4").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("I7").value).toBe("15/3/2026");
    expect(ws.getCell("H8").value).toBe(0.3);
    expect(ws.getCell("H8").numFmt).toBe("0%");
  });

  it("two-plan-sheets: the weaker summary comes first", async () => {
    const workbook = await load("two-plan-sheets.xlsx");
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Kế hoạch chi tiết"]);
  });

  it("no-plan: no sheet has a task, unit or deadline header", async () => {
    const workbook = await load("no-plan.xlsx");
    expect(expected["no-plan.xlsx"]?.sheet).toBeNull();
    const all: string[] = [];
    workbook.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => all.push(text(cell)))));
    expect(all.join("\n")).not.toMatch(/Nhiệm vụ|Đơn vị|Thời gian/);
    expect(all).toContain("STT");
  });

  it("offset-table: columns A and B are empty", async () => {
    const ws = sheet(await load("offset-table.xlsx"), "Kế hoạch");
    ws.eachRow((row) => {
      expect(text(row.getCell(1))).toBe("");
      expect(text(row.getCell(2))).toBe("");
    });
    expect(text(ws.getCell("C3"))).toBe("TT");
  });

  it("padded-cells: spaces and non-breaking spaces are kept in the file", async () => {
    const ws = sheet(await load("padded-cells.xlsx"), "Kế hoạch");
    expect(ws.getCell("A3").value).toBe("  TT ");
    expect(text(ws.getCell("D3"))).toMatch(/^\u00a0Đơn vị phối hợp$/);
    expect(ws.getCell("A4").value).toBe(" 1 ");
    expect(text(ws.getCell("C5"))).not.toBe(text(ws.getCell("C5")).trim());
  });

  it("unit-directory: an Đơn vị sheet with successors and dates", async () => {
    const workbook = await load("unit-directory.xlsx");
    const units = sheet(workbook, "Đơn vị");
    expect(text(units.getCell("A1"))).toBe("Tên đơn vị");
    expect(text(units.getCell("C4"))).toBe("Sở Kế hoạch Đầu tư; Sở Kế hoạch đầu tư");
    expect(text(units.getCell("D4"))).toBe("Sở Tài chính");
    expect(units.getCell("E4").value).toBeInstanceOf(Date);
  });

  it("time-expressions: the timeframe column holds every expression in order", async () => {
    const ws = sheet(await load("time-expressions.xlsx"), "Kế hoạch");
    const read = TIME_EXPRESSIONS.map((_, i) => ws.getCell(`E${4 + i}`).value);
    expect(read).toEqual(TIME_EXPRESSIONS);
    expect(read).toContain("Quý I/2026");
    expect(read).toContain("GĐ1: 2025;\n\nGĐ2: 2030");
    expect(read).toContain("trước ngày 20.7.2020");
  });
});
