import fc from "fast-check";
import type { StatusCode, TaskStatus } from "../../../src/core/model/Status";
import { buildPatch } from "../../../src/core/report/buildPatch";
import { makeContext } from "../../../src/core/report/ReportContext";
import { STATUS_ORDER } from "../../../src/core/report/palette";
import { PLAN_SHEET, seedInput } from "./seedReport";
import { cellAt, rowTexts, sheetOf, textOf } from "./patchLookup";

const LEAF_LABELS = [
  "- Đúng hạn",
  "- Quá hạn",
  "- Chưa rõ ngày hoàn thành",
  "- Trong hạn",
  "Sắp đến hạn",
  "Chưa đến kỳ",
  "Thường xuyên",
  "Tạm dừng",
  "Chưa xác định",
];

/** The count written beside a label in the first table of "Tổng hợp" (the first row with that label). */
function countOf(sheet: ReturnType<typeof sheetOf>, label: string, nth = 0): number {
  const rows = sheet.cells.filter((c) => c.col === 0 && c.value === label).map((c) => c.row);
  const row = rows[nth];
  const v = row === undefined ? undefined : cellAt(sheet, row, 1)?.value;
  if (typeof v !== "number") throw new Error(`no count for ${label}`);
  return v;
}

describe("Tổng hợp: counts in the government categories", () => {
  test("the seed at 2026-11-30: 6 in progress within the deadline, 1 overdue, 1 due soon", () => {
    const sheet = sheetOf(buildPatch(seedInput()), "Tổng hợp");
    expect(sheet.mode).toBe("replace");
    expect(countOf(sheet, "Đã hoàn thành")).toBe(0);
    expect(countOf(sheet, "Đang thực hiện")).toBe(7);
    expect(countOf(sheet, "- Trong hạn")).toBe(6);
    expect(countOf(sheet, "- Quá hạn", 1)).toBe(1);
    expect(countOf(sheet, "Sắp đến hạn")).toBe(1);
    expect(countOf(sheet, "Tổng số")).toBe(8);
  });

  test("property: the leaf counts add up to the number of tasks, whatever the statuses (missing ones count as unknown)", () => {
    const base = seedInput();
    const code = fc.constantFrom<StatusCode>(...STATUS_ORDER);
    fc.assert(
      fc.property(fc.array(fc.option(code, { nil: undefined }), { minLength: 8, maxLength: 8 }), (codes) => {
        const statuses: TaskStatus[] = [];
        base.plan.tasks.forEach((t, i) => {
          const c = codes[i];
          if (c) statuses.push({ taskId: t.id, code: c });
        });
        const sheet = sheetOf(buildPatch({ ...base, statuses }), "Tổng hợp");
        const leaves = LEAF_LABELS.reduce((sum, label) => sum + countOf(sheet, label, 0), 0) + countOf(sheet, "- Quá hạn", 1);
        expect(leaves).toBe(8);
        expect(countOf(sheet, "Tổng số")).toBe(8);
        const ctx = makeContext({ ...base, statuses });
        expect(Object.values(ctx.counts.byCode).reduce((a, b) => a + b, 0)).toBe(8);
        expect(ctx.counts.done + ctx.counts.inProgress + ctx.counts.byCode.due_soon + ctx.counts.byCode.not_started_yet +
          ctx.counts.byCode.ongoing + ctx.counts.byCode.paused + ctx.counts.byCode.unknown).toBe(8);
      }),
      { numRuns: 60 },
    );
  });

  test("the share completed", () => {
    const base = seedInput();
    const statuses: TaskStatus[] = base.plan.tasks.map((t, i) => ({ taskId: t.id, code: i < 3 ? "done_on_time" : "in_progress" }));
    const sheet = sheetOf(buildPatch({ ...base, statuses }), "Tổng hợp");
    const row = sheet.cells.find((c) => c.col === 0 && c.value === "Tỷ lệ hoàn thành")?.row ?? -1;
    expect(cellAt(sheet, row, 1)?.value).toBeCloseTo(3 / 8);
  });
});

describe("Tổng hợp: by lead unit", () => {
  test("canonical names, the load each unit leads and coordinates, a reorganised unit with its successor", () => {
    const sheet = sheetOf(buildPatch(seedInput()), "Tổng hợp");
    const texts = rowTexts(sheet).map((r) => r.text);
    // Sở GDĐT leads all eight: 0 done, 6 in progress + 1 due soon, 1 overdue, 0 other; coordinates none; 0% done.
    expect(texts).toContain("Sở Giáo dục và Đào tạo | 8 | 0 | 7 | 1 | 0 | 0 | 0");
    // The three spellings of Sở Kế hoạch và Đầu tư are one unit, coordinating tasks 1, 2, 7, 8. It leads none, so it
    // is not under "Theo đơn vị chủ trì" but in the table of units that only coordinate, below it.
    const only = texts.indexOf("Đơn vị chỉ phối hợp (không chủ trì nhiệm vụ nào)");
    expect(only).toBeGreaterThan(texts.indexOf("Sở Giáo dục và Đào tạo | 8 | 0 | 7 | 1 | 0 | 0 | 0"));
    expect(texts[only + 1]).toBe("Đơn vị | Số nhiệm vụ phối hợp");
    expect(texts).toContain("Sở Kế hoạch và Đầu tư → Sở Tài chính (từ 01/03/2025) | 4");
    expect(texts).toContain("Ban Dân tộc tỉnh → Sở Dân tộc và Tôn giáo (từ 01/03/2025) | 5");
    // The lead table holds lead units only: between its header and the coordinating-only heading, one row.
    const head = texts.indexOf("Đơn vị | Chủ trì | Đã hoàn thành | Đang thực hiện | Quá hạn | Khác | Phối hợp | Tỷ lệ hoàn thành");
    expect(texts.slice(head + 1, only)).toEqual(["Sở Giáo dục và Đào tạo | 8 | 0 | 7 | 1 | 0 | 0 | 0"]);
    // Generic phrases are nobody's load.
    expect(texts.some((t) => t.startsWith("Các đơn vị có liên quan"))).toBe(false);
  });

  test("before the reorganisation date no successor is shown", () => {
    const sheet = sheetOf(buildPatch(seedInput({ settings: { reportDate: "2025-02-28" } })), "Tổng hợp");
    const names = sheet.cells.filter((c) => c.col === 0).map((c) => textOf(c.value));
    expect(names).toContain("Sở Kế hoạch và Đầu tư");
    expect(names.some((n) => n.includes("→"))).toBe(false);
  });

  test("a stacked bar chart of status by unit and a data bar beside the unit table as its fallback", () => {
    const sheet = sheetOf(buildPatch(seedInput()), "Tổng hợp");
    const unitRow = sheet.cells.find((c) => c.value === "Sở Giáo dục và Đào tạo")?.row ?? -1;
    const chart = sheet.charts?.[0];
    expect(chart?.kind).toBe("barStacked");
    expect(chart?.categories).toEqual({ top: unitRow, left: 0, bottom: unitRow, right: 0 });
    expect(chart?.series.map((s) => s.values.left)).toEqual([2, 3, 4, 5]);
    expect(sheet.conditionalFormats).toEqual([
      { range: { top: unitRow, left: 7, bottom: unitRow, right: 7 }, rules: [{ kind: "dataBar", color: "70AD47", min: 0, max: 1 }] },
    ]);
  });
});

describe("Tổng hợp: overdue and due-soon lists", () => {
  test("each task linked to its row in the plan", () => {
    const sheet = sheetOf(buildPatch(seedInput()), "Tổng hợp");
    const links = sheet.cells.filter((c) => typeof c.value === "object" && c.value !== null && "link" in c.value);
    expect(links.map((c) => c.value)).toEqual([
      { link: { sheet: PLAN_SHEET, cell: "B16" }, text: "Sơ kết, Tổng kết Chương trình" },
      { link: { sheet: PLAN_SHEET, cell: "B15" }, text: "Kiểm tra, đánh giá, tổng hợp kết quả triển khai thực hiện Chương trình hằng năm." },
    ]);
    const [overdue, dueSoon] = links;
    expect(cellAt(sheet, overdue?.row ?? -1, 4)?.value).toBe(334);
    expect(cellAt(sheet, dueSoon?.row ?? -1, 4)?.value).toBe(31);
    expect(sheet.cells.some((c) => c.value === "4. Nhiệm vụ sắp đến hạn (trong 45 ngày tới)")).toBe(true);
  });

  test("an empty list says so", () => {
    const base = seedInput();
    const statuses: TaskStatus[] = base.plan.tasks.map((t) => ({ taskId: t.id, code: "in_progress" }));
    const sheet = sheetOf(buildPatch({ ...base, statuses }), "Tổng hợp");
    expect(sheet.cells.filter((c) => c.value === "Không có.")).toHaveLength(2);
    expect(sheet.cells.some((c) => typeof c.value === "object" && c.value !== null && "link" in c.value)).toBe(false);
  });
});

describe("Tổng hợp: layout and type", () => {
  const patch = buildPatch(seedInput());
  const sheet = sheetOf(patch, "Tổng hợp");

  test("Times New Roman throughout, 12 points in the tables", () => {
    for (const c of sheet.cells) expect(patch.styles[c.style ?? ""]?.font?.name).toBe("Times New Roman");
    const total = sheet.cells.find((c) => c.value === "Tổng số");
    expect(patch.styles[total?.style ?? ""]?.font?.size).toBe(12);
  });

  test("the chart beside the counts table, inside the table's width, in the report font", () => {
    const chart = sheet.charts?.[0];
    const heading = sheet.cells.find((c) => c.value === "1. Số lượng nhiệm vụ theo tình trạng")?.row ?? -1;
    const share = sheet.cells.find((c) => c.value === "Tỷ lệ hoàn thành")?.row ?? -1;
    expect(chart?.anchor).toEqual({ from: { row: heading, col: 3 }, to: { row: share + 1, col: 8 } });
    // Right of the counts table (A:C), no wider than the unit table (A:H), which the page is fitted to.
    const widest = Math.max(...sheet.cells.map((c) => c.col));
    expect(chart?.anchor.to.col).toBeLessThanOrEqual(widest + 1);
    for (const c of sheet.cells) if (c.row >= heading && c.row <= share) expect(c.col).toBeLessThan(3);
    expect(chart?.font).toEqual({ name: "Times New Roman", size: 10 });
  });

  test("a unit that only coordinates has its count of tasks and no share; a leading unit a percentage", () => {
    const tax = sheet.cells.find((c) => c.col === 0 && textOf(c.value).startsWith("Sở Tài chính"))?.row ?? -1;
    expect(tax).toBeGreaterThan(0);
    expect(typeof cellAt(sheet, tax, 1)?.value).toBe("number");
    expect(cellAt(sheet, tax, 7)).toBeUndefined();
    const lead = sheet.cells.find((c) => c.col === 0 && c.value === "Sở Giáo dục và Đào tạo")?.row ?? -1;
    expect(cellAt(sheet, lead, 7)?.value).toBe(0);
    expect(patch.styles[cellAt(sheet, lead, 7)?.style ?? ""]?.numberFormat).toBe("0.0%");
  });

  test("in the overdue list the lead units span the last three columns and wrap", () => {
    const link = sheet.cells.find((c) => typeof c.value === "object" && c.value !== null && "link" in c.value);
    const row = link?.row ?? -1;
    expect(sheet.merges).toContainEqual({ top: row, left: 5, bottom: row, right: 7 });
    expect(patch.styles[cellAt(sheet, row, 5)?.style ?? ""]?.alignment?.wrap).toBe(true);
    expect(cellAt(sheet, row, 5)?.value).toBe("Sở Giáo dục và Đào tạo");
  });
});
