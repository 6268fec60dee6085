import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildSamples } from "../../scripts/build-samples";
import type { SeedPlan } from "../../scripts/samples/SeedPlan";

const sampleDir = path.resolve(__dirname, "..", "..", "assets", "sample");
const seed = JSON.parse(fs.readFileSync(path.join(sampleDir, "seed-plan.json"), "utf8")) as SeedPlan;
const COLUMN_LETTERS = ["A", "B", "C", "D", "E", "F"];

async function loadSheet(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(sampleDir, file));
  expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Kế hoạch"]);
  const ws = workbook.getWorksheet("Kế hoạch");
  if (!ws) throw new Error("sheet Kế hoạch missing");
  return ws;
}

function cellsOf(task: SeedPlan["tasks"][number]): string[] {
  return [task.number, task.title, task.lead, task.coordinating, task.timeframe, task.products];
}

describe.each(["ke-hoach-mau.xlsx", "ke-hoach-dan-tu-word.xlsx"])("%s: title block and header", (file) => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = await loadSheet(file);
  });

  it("has the six title lines in rows 1–6, merged across A:F and centred, then a blank row", () => {
    expect(seed.titleLines).toHaveLength(6);
    seed.titleLines.forEach((line, i) => {
      const cell = ws.getCell(`A${i + 1}`);
      expect(cell.value).toBe(line);
      expect(cell.alignment?.horizontal).toBe("center");
      expect(ws.model.merges).toContain(`A${i + 1}:F${i + 1}`);
    });
    expect(ws.getCell("A1").value).toBe("ỦY BAN NHÂN DÂN");
    expect(String(ws.getCell("A5").value)).toContain("giai đoạn 2023 - 2030");
    expect(String(ws.getCell("A6").value)).toMatch(/^\(Ban hành kèm theo Kế hoạch số/);
    expect(ws.getRow(7).cellCount).toBe(0);
  });

  it("has the bold bordered header in row 8, Times New Roman 12", () => {
    COLUMN_LETTERS.forEach((col, i) => {
      const cell = ws.getCell(`${col}8`);
      expect(cell.value).toBe(seed.header[i]);
      expect(cell.font).toMatchObject({ name: "Times New Roman", size: 12, bold: true });
      expect(cell.border?.bottom?.style).toBe("thin");
    });
  });

  it("has no column beyond F (no progress columns)", () => {
    ws.eachRow((row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        expect(Number(cell.col)).toBeLessThanOrEqual(6);
      });
    });
  });
});

describe("ke-hoach-mau.xlsx: one row per task", () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = await loadSheet("ke-hoach-mau.xlsx");
  });

  it("stores TT as numbers where present and leaves the seed's blanks blank", () => {
    const tt = seed.tasks.map((_, i) => ws.getCell(`A${9 + i}`).value);
    expect(tt).toEqual([1, null, 3, 3, 4, null, null, null]);
  });

  it("holds every other cell exactly as seed-plan.json", () => {
    seed.tasks.forEach((task, i) => {
      const row = 9 + i;
      cellsOf(task).forEach((text, c) => {
        if (c === 0) return;
        expect(ws.getCell(`${COLUMN_LETTERS[c]}${row}`).value).toBe(text);
      });
    });
    expect(ws.getCell("E16").value).toBe("GĐ1: 2025;\n\nGĐ2: 2030");
    expect(ws.getRow(17).cellCount).toBe(0);
  });

  it("formats task cells as a real plan sheet: wrapped, top-aligned, bordered, Times New Roman 12", () => {
    for (let row = 9; row <= 16; row++) {
      for (const col of COLUMN_LETTERS) {
        const cell = ws.getCell(`${col}${row}`);
        expect(cell.alignment).toMatchObject({ wrapText: true, vertical: "top" });
        expect(cell.font).toMatchObject({ name: "Times New Roman", size: 12 });
        expect(cell.border?.left?.style).toBe("thin");
      }
    }
    expect(ws.getColumn(2).width).toBeGreaterThan(30);
    expect(ws.getColumn(1).width).toBeLessThan(10);
  });

  it("has no merged cells in the table", () => {
    expect(ws.model.merges.filter((range) => !/^A\d:F\d$/.test(range))).toEqual([]);
  });
});

describe("ke-hoach-dan-tu-word.xlsx: the Word-paste layout", () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = await loadSheet("ke-hoach-dan-tu-word.xlsx");
  });

  // Expected layout, worked out here from the JSON: a task takes as many rows as its fullest cell has
  // non-empty paragraphs.
  const paragraphs = seed.tasks.map((task) =>
    cellsOf(task).map((text) => text.split("\n").filter((p) => p.trim())),
  );
  const spans: { first: number; last: number }[] = [];
  let next = 9;
  for (const columns of paragraphs) {
    const height = Math.max(...columns.map((p) => p.length), 1);
    spans.push({ first: next, last: next + height - 1 });
    next += height;
  }

  it("gives task 1 three rows (its coordinating cell has three paragraphs) and task 8 five", () => {
    expect(spans[0]).toEqual({ first: 9, last: 11 });
    expect(spans[7]!.last - spans[7]!.first + 1).toBe(5);
  });

  it("merges the single-paragraph cells over each task's rows, and nothing else", () => {
    const expected = seed.titleLines.map((_, i) => `A${i + 1}:F${i + 1}`);
    paragraphs.forEach((columns, t) => {
      const span = spans[t]!;
      if (span.last === span.first) return;
      columns.forEach((p, c) => {
        if (p.length <= 1)
          expected.push(`${COLUMN_LETTERS[c]}${span.first}:${COLUMN_LETTERS[c]}${span.last}`);
      });
    });
    expect([...ws.model.merges].sort()).toEqual(expected.sort());
  });

  it("puts each paragraph of a multi-paragraph cell on its own row, in order", () => {
    paragraphs.forEach((columns, t) => {
      const span = spans[t]!;
      columns.forEach((p, c) => {
        if (p.length <= 1) return;
        for (let row = span.first; row <= span.last; row++) {
          const value = ws.getCell(`${COLUMN_LETTERS[c]}${row}`).value;
          expect(value).toBe(p[row - span.first] ?? null);
        }
      });
    });
    expect(ws.getCell("D10").value).toBe(
      "- Sở Kế hoạch và Đầu tư, Sở Tài chính; Ban dân tộc tỉnh; Sở Nông nghiệp và Phát triển nông thôn, Sở Lao động – Thương binh và Xã hội; Sở Thông tin truyền thông; ",
    );
  });

  it("keeps the value of a merged cell in its top-left cell only, TT as numbers", () => {
    const tt = spans.map((span) => ws.getCell(`A${span.first}`).value);
    expect(tt).toEqual([1, null, 3, 3, 4, null, null, null]);
    spans.forEach((span, t) => {
      expect(ws.getCell(`C${span.first}`).value).toBe(seed.tasks[t]!.lead);
      expect(ws.getCell(`C${span.last}`).isMerged).toBe(span.last > span.first);
    });
    const lastRow = spans[spans.length - 1]!.last;
    expect(ws.getRow(lastRow + 1).cellCount).toBe(0);
  });
});

describe("build-samples", () => {
  it("writes the same bytes as the committed samples", async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-samples-"));
    try {
      const files = await buildSamples(outDir);
      expect(files.map((file) => path.basename(file))).toEqual([
        "ke-hoach-mau.xlsx",
        "ke-hoach-dan-tu-word.xlsx",
      ]);
      for (const file of files) {
        const committed = fs.readFileSync(path.join(sampleDir, path.basename(file)));
        expect(fs.readFileSync(file).equals(committed)).toBe(true);
      }
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});
