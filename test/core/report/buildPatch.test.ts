import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Grid } from "../../../src/core/grid/Grid";
import type { PatchValue } from "../../../src/core/patch/WorkbookPatch";
import { buildPatch } from "../../../src/core/report/buildPatch";
import { PLAN_SHEET, seedGrid, seedInput, seedPlan } from "./seedReport";

const emptySheet = (name: string): Grid => ({ name, values: [], merges: [] });

describe("buildPatch", () => {
  test("deterministic: two builds of the same input are deep-equal", () => {
    expect(buildPatch(seedInput())).toEqual(buildPatch(seedInput()));
    expect(buildPatch(seedInput({ rowsPerTask: 2, settings: { lang: "en" } }))).toEqual(buildPatch(seedInput({ rowsPerTask: 2, settings: { lang: "en" } })));
  });

  test("a different reporting date gives a different patch (the date is an input, not the clock)", () => {
    expect(buildPatch(seedInput({ settings: { reportDate: "2026-12-30" } }))).not.toEqual(buildPatch(seedInput()));
  });

  test("the plan sheet, then Tổng hợp, Lộ trình and the month's report; Tổng hợp shown", () => {
    const patch = buildPatch(seedInput());
    expect(patch.sheets.map((s) => [s.name, s.mode])).toEqual([
      [PLAN_SHEET, "update"],
      ["Tổng hợp", "replace"],
      ["Lộ trình", "replace"],
      ["BC T11-2026", "replace"],
    ]);
    expect(patch.activate).toBe("Tổng hợp");
    expect(patch.names.map((n) => n.name)).toEqual([
      "PlanTracker_Status",
      "PlanTracker_Due",
      "PlanTracker_DaysLeft",
      "PlanTracker_Legend",
      "In_ke_hoach",
      "PlanTracker_Input",
      "PlanTracker_Sheet_Summary",
      "PlanTracker_Sheet_Timeline",
      "PlanTracker_Sheet_Report_2026_11",
    ]);
  });

  test("a new month adds its report sheet and leaves earlier ones out of the patch", () => {
    const plan = seedPlan();
    const names = [
      { name: "PlanTracker_Sheet_Summary", ref: "'Tổng hợp'!$A$1" },
      { name: "PlanTracker_Sheet_Report_2026_11", ref: "'BC T11-2026'!$A$1" },
    ];
    const snapshot = { sheets: [seedGrid(plan), emptySheet("Tổng hợp"), emptySheet("BC T11-2026")], names };
    const patch = buildPatch({ ...seedInput({ plan, settings: { reportDate: "2026-12-28" } }), snapshot });
    expect(patch.sheets.map((s) => s.name)).toEqual([PLAN_SHEET, "Tổng hợp", "Lộ trình", "BC T12-2026"]);
  });

  test("a staff sheet that happens to be named Tổng hợp is never replaced; a renamed owned sheet is found by its marker", () => {
    const plan = seedPlan();
    const staff = { ...seedInput({ plan }), snapshot: { sheets: [seedGrid(plan), emptySheet("Tổng hợp")], names: [] } };
    expect(buildPatch(staff).sheets.map((s) => s.name)).toContain("Tổng hợp (2)");
    const renamed = {
      ...seedInput({ plan }),
      snapshot: { sheets: [seedGrid(plan), emptySheet("TH tháng")], names: [{ name: "PlanTracker_Sheet_Summary", ref: "'TH tháng'!$A$1" }] },
    };
    const patch = buildPatch(renamed);
    expect(patch.sheets.map((s) => s.name)).toContain("TH tháng");
    expect(patch.sheets.map((s) => s.name)).not.toContain("Tổng hợp");
  });

  test("a marker claiming the plan sheet as an owned sheet is ignored: the plan sheet is never replaced", () => {
    const plan = seedPlan();
    const input = { ...seedInput({ plan }), snapshot: { sheets: [seedGrid(plan)], names: [{ name: "PlanTracker_Sheet_Summary", ref: "'Kế hoạch'!$A$1" }] } };
    const replaced = buildPatch(input).sheets.filter((s) => s.mode === "replace").map((s) => s.name);
    expect(replaced).not.toContain(PLAN_SHEET);
  });

  test("every text is NFC, and every style a cell names exists", () => {
    const patch = buildPatch(seedInput());
    const texts: string[] = [];
    const collect = (v: PatchValue) => {
      if (typeof v === "string") texts.push(v);
      else if (v && typeof v === "object" && "text" in v) texts.push(v.text, v.link.sheet);
    };
    for (const s of patch.sheets) {
      texts.push(s.name);
      for (const c of s.cells) {
        collect(c.value);
        if (c.style !== undefined) expect(patch.styles[c.style]).toBeDefined();
      }
      for (const f of s.conditionalFormats ?? []) for (const r of f.rules) if (r.kind === "equals") expect(patch.styles[r.style]).toBeDefined();
    }
    expect(texts.length).toBeGreaterThan(100);
    for (const t of texts) expect(t).toBe(t.normalize("NFC"));
  });

  test("an empty plan still gives a valid patch with zero counts", () => {
    const plan = { ...seedPlan(), tasks: [], lastDataRow: 8 };
    const patch = buildPatch({ ...seedInput({ plan }), statuses: [], issues: [] });
    expect(patch.sheets).toHaveLength(4);
    expect(patch.sheets[3]?.cells.some((c) => c.value === "Tổng số nhiệm vụ: 0.")).toBe(true);
  });
});

describe("src/core/report stays pure", () => {
  const dir = join(__dirname, "../../../src/core/report");
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
  test.each(files)("%s imports nothing outside src/core and reads no clock", (file) => {
    const source = readFileSync(join(dir, file), "utf8");
    const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1] ?? "");
    for (const spec of imports) expect(spec.startsWith("./") || spec.startsWith("../")).toBe(true);
    expect(source).not.toMatch(/Date\.now|new Date\(\s*\)|Math\.random|performance\.now/);
  });
});
