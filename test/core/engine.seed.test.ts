// The seed plan, read from the bundled sample workbooks at 2026-11-30: what the issue asks the engine to show.
import { readFileSync } from "fs";
import * as path from "path";
import { analyzeWorkbook, type Analysis } from "../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../src/core/model/Status";
import { readXlsx } from "../../src/xlsx/readXlsx";

const SAMPLES = ["ke-hoach-mau.xlsx", "ke-hoach-dan-tu-word.xlsx"];

function analyze(file: string, dueSoonDays = 30): Analysis {
  const bytes = new Uint8Array(readFileSync(path.join(__dirname, "../../assets/sample", file)));
  return analyzeWorkbook(readXlsx(bytes), { ...DEFAULT_SETTINGS, reportDate: "2026-11-30", dueSoonDays });
}

describe.each(SAMPLES)("seed sample %s at 2026-11-30", (file) => {
  const a = analyze(file);
  const plan = a.plan!;
  const codes = (code: string) => a.issues.filter((i) => i.code === code);

  test("finds the plan: 8 tasks, programme 2023–2030", () => {
    expect(plan).not.toBeNull();
    expect(plan.sheet).toBe("Kế hoạch");
    expect(plan.tasks).toHaveLength(8);
    expect(plan.programPeriod).toEqual({ start: 2023, end: 2030 });
    expect(plan.tasks.map((t) => t.number)).toEqual(["1", "", "3", "3", "4", "", "", ""]);
  });

  test("numbering: missing on the 4 blank TTs, duplicate on the second 3", () => {
    const blankRows = plan.tasks.filter((t) => t.number === "").map((t) => t.row);
    expect(codes("numbering-missing").map((i) => i.row)).toEqual(blankRows);
    const dup = codes("numbering-duplicate");
    expect(dup).toHaveLength(1);
    expect(dup[0]!.row).toBe(plan.tasks[3]!.row);
    expect(dup[0]!.cell).toBe(`A${plan.tasks[3]!.row}`);
  });

  test("lead is Sở GDĐT with its three sub-units on every task", () => {
    for (const task of plan.tasks) {
      expect(task.lead).toHaveLength(1);
      expect(task.lead[0]!.name).toBe("Sở GDĐT");
      expect(task.lead[0]!.subUnits).toEqual([
        "Phòng Nghiệp vụ Dạy học",
        "Phòng Tổ chức – Hành chính",
        "Phòng Kế hoạch – Tài chính",
      ]);
    }
    expect(codes("lead-missing")).toHaveLength(0);
  });

  test("the three spellings of Sở Kế hoạch và Đầu tư are one unit; the two variants are flagged", () => {
    const refs = plan.tasks.flatMap((t) => t.coordinating).filter((u) => /^Sở Kế hoạch/.test(u.name));
    expect(new Set(refs.map((u) => u.name))).toEqual(
      new Set(["Sở Kế hoạch và Đầu tư", "Sở Kế hoạch Đầu tư", "Sở Kế hoạch đầu tư"]),
    );
    expect(new Set(refs.map((u) => u.unitId)).size).toBe(1);
    const variants = codes("unit-variant").filter((i) => i.code === "unit-variant" && /^Sở Kế hoạch/.test(i.unit));
    expect(new Set(variants.map((i) => (i.code === "unit-variant" ? i.unit : "")))).toEqual(
      new Set(["Sở Kế hoạch Đầu tư", "Sở Kế hoạch đầu tư"]),
    );
    for (const v of variants) if (v.code === "unit-variant") expect(v.canonical).toBe("Sở Kế hoạch và Đầu tư");
  });

  test("units reorganised in 2025 are flagged with their successors", () => {
    const reorganised = codes("unit-reorganised").flatMap((i) => (i.code === "unit-reorganised" ? [i] : []));
    const successorsOf = (unit: string) => reorganised.find((i) => i.unit === unit)?.successors.join("; ") ?? "";
    expect(successorsOf("Sở Kế hoạch và Đầu tư")).toContain("Sở Tài chính");
    expect(successorsOf("Sở Nông nghiệp và Phát triển nông thôn")).toContain("Sở Nông nghiệp và Môi trường");
    expect(successorsOf("Sở Lao động – Thương binh và Xã hội")).toContain("Sở Nội vụ");
    expect(successorsOf("Ban dân tộc tỉnh")).toContain("Sở Dân tộc và Tôn giáo");
    expect(successorsOf("Sở Thông tin truyền thông")).toContain("Sở Khoa học và Công nghệ");
    expect(successorsOf("UBND các huyện, thành phố")).toMatch(/xã, phường/);
    expect(reorganised.find((i) => i.unit === "Sở Kế hoạch và Đầu tư")?.effective).toBe("2025-03-01");
    expect(reorganised.find((i) => i.unit === "UBND các huyện, thành phố")?.effective).toBe("2025-07-01");
  });

  test("GĐ1: 2025; GĐ2: 2030 are two milestones and GĐ1 is overdue", () => {
    const task = plan.tasks[7]!;
    expect(task.timeframe.kind).toBe("milestones");
    if (task.timeframe.kind !== "milestones") return;
    expect(task.timeframe.milestones.map((m) => [m.label, m.due])).toEqual([
      ["GĐ1", "2025-12-31"],
      ["GĐ2", "2030-12-31"],
    ]);
    const status = a.statuses.find((s) => s.taskId === task.id)!;
    expect(status).toMatchObject({ code: "overdue", due: "2025-12-31", milestone: "GĐ1" });
  });

  test("Tháng 12 hằng năm is due 2026-12-31: in progress at 30 days, due soon at 45", () => {
    const task = plan.tasks[6]!;
    expect(task.timeframe).toMatchObject({ kind: "recurring", text: "Tháng 12 hằng năm" });
    expect(a.statuses.find((s) => s.taskId === task.id)).toMatchObject({ code: "in_progress", due: "2026-12-31", daysLeft: 31 });
    const wider = analyze(file, 45);
    expect(wider.statuses.find((s) => s.taskId === wider.plan!.tasks[6]!.id)).toMatchObject({ code: "due_soon", due: "2026-12-31" });
  });

  test("the 2023–2030 and 2025–2030 tasks are in progress", () => {
    for (const task of plan.tasks.slice(0, 6)) {
      expect(task.timeframe.kind).toBe("range");
      expect(a.statuses.find((s) => s.taskId === task.id)).toMatchObject({ code: "in_progress", due: "2030-12-31" });
    }
  });
});

test("both layouts give the same tasks", () => {
  const [oneRow, wordPaste] = SAMPLES.map((f) => analyze(f));
  const strip = (x: Analysis) =>
    x.plan!.tasks.map((t) => ({
      number: t.number,
      title: t.title,
      lead: t.lead.map((u) => u.name),
      coordinating: t.coordinating.map((u) => [u.name, u.unitId]),
      timeframe: t.timeframe.kind,
      status: x.statuses.find((s) => s.taskId === t.id)?.code,
    }));
  expect(strip(wordPaste!)).toEqual(strip(oneRow!));
});
