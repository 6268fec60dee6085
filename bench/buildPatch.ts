// Times buildPatch on a generated plan of 10,000 tasks (the goal: under 300 ms) and prints the median of 10 runs.
// Run: node -r ts-node/register/transpile-only bench/buildPatch.ts [taskCount]
import { performance } from "node:perf_hooks";
import { addDays, diffDays } from "../src/core/date/calendar";
import type { CellValue, Grid } from "../src/core/grid/Grid";
import type { Issue } from "../src/core/model/Issue";
import type { ColumnRole, Plan, PlanColumn, Task } from "../src/core/model/Plan";
import type { Settings, StatusCode, TaskStatus } from "../src/core/model/Status";
import type { Timeframe } from "../src/core/model/Timeframe";
import type { UnitRef } from "../src/core/model/Unit";
import { buildPatch } from "../src/core/report/buildPatch";
import { defaultDirectory } from "../src/core/units/directory";

const REPORT_DATE = "2026-11-30";
const SHEET = "Kế hoạch";
const ROLES: ColumnRole[] = ["number", "title", "lead", "coordinating", "timeframe", "products", "progressStatus", "progressPercent", "completedOn", "result"];
const UNITS: [string, string][] = [
  ["Sở GDĐT", "so-gddt"],
  ["Sở Tài chính", "so-tai-chinh"],
  ["Sở Kế hoạch và Đầu tư", "so-ke-hoach-dau-tu"],
  ["Sở Nội vụ", "so-noi-vu"],
  ["Sở Y tế", "so-y-te"],
  ["Ban Dân tộc tỉnh", "ban-dan-toc"],
  ["UBND các huyện, thành phố", "ubnd-huyen-thanh-pho"],
  ["Sở Tư pháp", "so-tu-phap"],
];
const CODES: StatusCode[] = ["done_on_time", "done_late", "done", "in_progress", "due_soon", "overdue", "not_started_yet", "ongoing", "paused", "unknown"];

/** A small deterministic generator, so every run times the same plan. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

function timeframeFor(i: number): Timeframe {
  switch (i % 5) {
    case 0:
      return { kind: "range", text: "2023 – 2030", start: "2023-01-01", due: "2030-12-31" };
    case 1:
      return { kind: "deadline", text: "Quý II/2026", start: "2026-04-01", due: "2026-06-30", certain: { year: true, month: true, day: false } };
    case 2:
      return { kind: "recurring", text: "Tháng 12 hằng năm", period: "year", month: 12, firstYear: 2023, lastYear: 2030 };
    case 3:
      return {
        kind: "milestones",
        text: "GĐ1: 2025; GĐ2: 2030",
        milestones: [
          { label: "GĐ1", due: "2025-12-31", certain: { year: true, month: false, day: false } },
          { label: "GĐ2", due: "2030-12-31", certain: { year: true, month: false, day: false } },
        ],
      };
    default:
      return { kind: "continuous", text: "Thường xuyên" };
  }
}

export function generate(count: number): { plan: Plan; grid: Grid; statuses: TaskStatus[]; issues: Issue[] } {
  const rand = lcg(42);
  const columns: PlanColumn[] = ROLES.map((role, col) => ({ role, col, header: role }));
  const tasks: Task[] = [];
  const statuses: TaskStatus[] = [];
  const issues: Issue[] = [];
  const values: CellValue[][] = Array.from({ length: 9 }, () => []);
  let row = 10;
  for (let i = 0; i < count; i++) {
    const span = i % 7 === 0 ? 3 : 1;
    const unitRef = (k: number): UnitRef => {
      const [name, unitId] = UNITS[k % UNITS.length] ?? ["Sở GDĐT", "so-gddt"];
      return { text: name, name, subUnits: [], unitId };
    };
    const lead = [unitRef(Math.floor(rand() * UNITS.length))];
    const coordinating = [unitRef(i + 1), unitRef(i + 3)];
    const title = `Nhiệm vụ số ${i + 1}: triển khai, kiểm tra, đánh giá kết quả thực hiện Chương trình giáo dục mầm non vùng khó khăn`;
    const code = CODES[Math.floor(rand() * CODES.length)] ?? "unknown";
    const due = addDays("2025-01-01", Math.floor(rand() * 2000));
    const completedOn = code.startsWith("done") ? addDays("2026-10-01", Math.floor(rand() * 60)) : undefined;
    tasks.push({
      id: `${SHEET}!${row}`,
      sheet: SHEET,
      row,
      lastRow: row + span - 1,
      number: String(i + 1),
      title,
      lead,
      coordinating,
      leadText: lead.map((u) => u.text).join("; "),
      coordinatingText: coordinating.map((u) => u.text).join("; "),
      timeframe: timeframeFor(i),
      products: ["Báo cáo"],
      progress: completedOn ? { state: "done", completedOn, result: "Đã hoàn thành theo kế hoạch." } : { state: "in_progress", percent: 50 },
      cells: { title: `B${row}` },
    });
    statuses.push({ taskId: `${SHEET}!${row}`, code, due, daysLeft: diffDays(REPORT_DATE, due) });
    if (i % 20 === 0) issues.push({ code: "numbering-missing", severity: "warning", sheet: SHEET, row, cell: `A${row}` });
    for (let r = 0; r < span; r++) values.push(r === 0 ? [i + 1, title, lead[0]?.text ?? "", "", "2023 – 2030", "Báo cáo", "Đang thực hiện", 50, null, ""] : []);
    row += span;
  }
  const plan: Plan = {
    sheet: SHEET,
    headerRow: 9,
    headerTopRow: 9,
    firstDataRow: 10,
    lastDataRow: row - 1,
    firstCol: 0,
    lastCol: ROLES.length - 1,
    columns,
    titleLines: ["Kế hoạch triển khai thực hiện Chương trình giai đoạn 2023 - 2030"],
    programPeriod: { start: 2023, end: 2030 },
    planYear: 2023,
    tasks,
    sections: [],
  };
  return { plan, grid: { name: SHEET, values, merges: [] }, statuses, issues };
}

function main(): void {
  const count = Number(process.argv[2] ?? 10_000);
  const { plan, grid, statuses, issues } = generate(count);
  const settings: Settings = { reportDate: REPORT_DATE, dueSoonDays: 30, cutoffDay: 14, lang: "vi" };
  const input = { plan, statuses, issues, settings, directory: defaultDirectory(), snapshot: { sheets: [grid], names: [] } };
  buildPatch(input); // warm-up
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let cells = 0;
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const patch = buildPatch(input);
    const c = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpuTimes.push((c.user + c.system) / 1000);
    cells = patch.sheets.reduce((n, s) => n + s.cells.length, 0);
  }
  const median = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return ((sorted[4] ?? 0) + (sorted[5] ?? 0)) / 2;
  };
  // CPU time as well: on a busy machine the wall time also counts other processes' turns.
  console.log(
    `buildPatch: ${count} tasks, ${cells} cells written, median of 10 runs ${median(times).toFixed(1)} ms ` +
      `(CPU ${median(cpuTimes).toFixed(1)} ms; goal < 300 ms)`,
  );
}

main();
