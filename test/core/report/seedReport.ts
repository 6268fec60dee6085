// The seed plan's eight tasks (seed 000_31b3bf059ba1da7a.txt) built literally as the plan reader and the classifier
// would give them at 2026-11-30 with dueSoonDays 45, so the report builder is tested on its own.
// The plan sheet "Kế hoạch": title lines on rows 1–6, the header on row 8 (A TT … F Sản phẩm dự kiến), tasks from
// row 9; in the Word-paste layout each task spans two rows with its cells merged vertically.
import { diffDays } from "../../../src/core/date/calendar";
import type { CellValue, DefinedName, Grid, WorkbookSnapshot } from "../../../src/core/grid/Grid";
import { cellAddress, columnLetter, quoteSheetName } from "../../../src/core/grid/address";
import type { Issue } from "../../../src/core/model/Issue";
import type { ColumnRole, Plan, PlanColumn, Task } from "../../../src/core/model/Plan";
import type { Settings, TaskStatus } from "../../../src/core/model/Status";
import type { Timeframe } from "../../../src/core/model/Timeframe";
import type { UnitDirectory, UnitRef } from "../../../src/core/model/Unit";
import type { ReportInput } from "../../../src/core/report/buildPatch";
import type { MarkerName, WorkbookPatch } from "../../../src/core/patch/WorkbookPatch";

export const PLAN_SHEET = "Kế hoạch";
export const REPORT_DATE = "2026-11-30";

export const DIRECTORY: UnitDirectory = {
  units: [
    { id: "so-gddt", name: "Sở Giáo dục và Đào tạo", abbreviations: ["Sở GDĐT", "Sở GD&ĐT"], variants: [] },
    { id: "so-tai-chinh", name: "Sở Tài chính", abbreviations: [], variants: [] },
    { id: "so-noi-vu", name: "Sở Nội vụ", abbreviations: [], variants: [] },
    {
      id: "so-ke-hoach-dau-tu",
      name: "Sở Kế hoạch và Đầu tư",
      abbreviations: ["Sở KH&ĐT", "Sở KHĐT"],
      variants: ["Sở Kế hoạch Đầu tư", "Sở Kế hoạch đầu tư"],
      reorganised: { effective: "2025-03-01", successors: [{ unitId: "so-tai-chinh", name: "Sở Tài chính" }] },
    },
    {
      id: "ban-dan-toc",
      name: "Ban Dân tộc tỉnh",
      abbreviations: [],
      variants: ["Ban dân tộc tỉnh"],
      reorganised: { effective: "2025-03-01", successors: [{ name: "Sở Dân tộc và Tôn giáo" }] },
    },
  ],
  genericPhrases: ["Các đơn vị có liên quan", "Các tổ chức, cá nhân liên quan", "Các đơn vị, cá nhân có liên quan"],
};

const SO_GDDT: UnitRef = {
  text: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
  name: "Sở GDĐT",
  subUnits: ["Phòng Nghiệp vụ Dạy học", "Phòng Tổ chức – Hành chính", "Phòng Kế hoạch – Tài chính"],
  unitId: "so-gddt",
  match: "abbreviation",
};
const ref = (name: string, unitId?: string, generic?: boolean): UnitRef => ({
  text: name,
  name,
  subUnits: [],
  ...(unitId ? { unitId } : {}),
  ...(generic ? { generic } : {}),
});
const SO_KHDT = ref("Sở Kế hoạch và Đầu tư", "so-ke-hoach-dau-tu");
const SO_TC = ref("Sở Tài chính", "so-tai-chinh");
const BAN_DT = ref("Ban dân tộc tỉnh", "ban-dan-toc");
const GENERIC = ref("Các đơn vị có liên quan", undefined, true);

const RANGE_2023: Timeframe = { kind: "range", text: "2023 – 2030", start: "2023-01-01", due: "2030-12-31" };
const RANGE_2025: Timeframe = { kind: "range", text: "2025 - 2030", start: "2025-01-01", due: "2030-12-31" };
const YEARLY_DECEMBER: Timeframe = { kind: "recurring", text: "Tháng 12 hằng năm", period: "year", month: 12, firstYear: 2023, lastYear: 2030 };
const PHASES: Timeframe = {
  kind: "milestones",
  text: "GĐ1: 2025;\nGĐ2: 2030",
  milestones: [
    { label: "GĐ1", due: "2025-12-31", certain: { year: true, month: false, day: false } },
    { label: "GĐ2", due: "2030-12-31", certain: { year: true, month: false, day: false } },
  ],
};

interface SeedRow {
  number: string;
  title: string;
  coordinating: UnitRef[];
  timeframe: Timeframe;
}

export const SEED_ROWS: SeedRow[] = [
  { number: "1", title: "Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình.", coordinating: [SO_KHDT, SO_TC, BAN_DT, GENERIC], timeframe: RANGE_2023 },
  { number: "", title: "Rà soát, đánh giá, xây dựng ban hành cơ chế, chính sách phát triển GDMN vùng khó khăn.", coordinating: [BAN_DT, ref("Sở Nội vụ", "so-noi-vu"), ref("Sở Kế hoạch Đầu tư", "so-ke-hoach-dau-tu"), SO_TC, GENERIC], timeframe: RANGE_2023 },
  { number: "3", title: "Rà soát, xây dựng Kế hoạch, triển khai lộ trình đầu tư xây dựng trường lớp, cơ sở vật chất phòng lớp học, thư viện, nhà công vụ, mua sắm đồ dùng đồ chơi, phát triển GDMN vùng khó khăn.", coordinating: [GENERIC], timeframe: RANGE_2023 },
  { number: "3", title: "Tổ chức bồi dưỡng, nâng cao năng lực cho đội ngũ CBQL, GV vùng khó khăn về triển khai, thực hiện Chương trình.", coordinating: [GENERIC], timeframe: { ...RANGE_2023, text: "2023 - 2030" } },
  { number: "4", title: "Bồi dưỡng đội ngũ cộng tác viên hỗ trợ ngôn ngữ.", coordinating: [GENERIC], timeframe: RANGE_2025 },
  { number: "", title: "Xây dựng mô hình về tăng cường tiếng Việt trên cơ sở tiếng mẹ đẻ của trẻ, lồng ghép mô hình trường mầm non xanh, thích ứng biến đổi khí hậu hướng đến bảo vệ môi trường bền vững; áp dụng, lan tỏa mô hình;", coordinating: [BAN_DT, SO_TC, GENERIC], timeframe: RANGE_2025 },
  { number: "", title: "Kiểm tra, đánh giá, tổng hợp kết quả triển khai thực hiện Chương trình hằng năm.", coordinating: [BAN_DT, SO_TC, ref("Sở Kế hoạch đầu tư", "so-ke-hoach-dau-tu")], timeframe: YEARLY_DECEMBER },
  { number: "", title: "Sơ kết, Tổng kết Chương trình", coordinating: [BAN_DT, ref("Sở Nội vụ", "so-noi-vu"), SO_KHDT, SO_TC, GENERIC], timeframe: PHASES },
];

export const TITLE_LINES = [
  "ỦY BAN NHÂN DÂN",
  "TỈNH NINH THUẬN",
  "PHỤ LỤC",
  "Kế hoạch chi tiết triển khai thực hiện Chương trình Hỗ trợ phát triển giáo dục mầm non vùng khó khăn",
  "trên địa bàn tỉnh Ninh Thuận giai đoạn 2023 - 2030",
  "(Ban hành kèm theo Kế hoạch số: /KH-UBND ngày tháng 9 năm 2023 của Ủy ban nhân dân tỉnh Ninh Thuận)",
];

const HEADER_ROW = 8;
const HEADERS = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm dự kiến"];
const ROLES: ColumnRole[] = ["number", "title", "lead", "coordinating", "timeframe", "products"];
const PROGRESS_HEADERS = ["Tình trạng", "Tiến độ (%)", "Ngày hoàn thành", "Kết quả thực hiện"];
const PROGRESS_ROLES: ColumnRole[] = ["progressStatus", "progressPercent", "completedOn", "result"];

export interface SeedOptions {
  /** Rows per task (2 = the Word-paste layout). */
  rowsPerTask?: number;
  /** Progress columns G–J right of the table. */
  progress?: boolean;
  /** Only the first n tasks. */
  taskCount?: number;
}

export function seedPlan(options: SeedOptions = {}): Plan {
  const span = options.rowsPerTask ?? 1;
  const rows = SEED_ROWS.slice(0, options.taskCount ?? SEED_ROWS.length);
  const roles = options.progress ? [...ROLES, ...PROGRESS_ROLES] : ROLES;
  const headers = options.progress ? [...HEADERS, ...PROGRESS_HEADERS] : HEADERS;
  const columns: PlanColumn[] = roles.map((role, col) => ({ role, col, header: headers[col] ?? "" }));
  const tasks: Task[] = rows.map((r, i) => {
    const row = HEADER_ROW + 1 + i * span;
    const cells: Task["cells"] = {};
    roles.forEach((role, col) => (cells[role] = cellAddress(row - 1, col)));
    return {
      id: `${PLAN_SHEET}!${row}`,
      sheet: PLAN_SHEET,
      row,
      lastRow: row + span - 1,
      number: r.number,
      title: r.title,
      lead: [SO_GDDT],
      coordinating: r.coordinating,
      leadText: SO_GDDT.text,
      coordinatingText: r.coordinating.map((u) => u.text).join("; "),
      timeframe: r.timeframe,
      products: [],
      cells,
    };
  });
  return {
    sheet: PLAN_SHEET,
    headerRow: HEADER_ROW,
    headerTopRow: HEADER_ROW,
    firstDataRow: HEADER_ROW + 1,
    lastDataRow: HEADER_ROW + rows.length * span,
    firstCol: 0,
    lastCol: columns.length - 1,
    columns,
    titleLines: TITLE_LINES,
    programPeriod: { start: 2023, end: 2030 },
    planYear: 2023,
    tasks,
    sections: [],
  };
}

/** The plan sheet's cells as a host would deliver them for `plan`. */
export function seedGrid(plan: Plan): Grid {
  const values: CellValue[][] = [];
  const set = (row0: number, col: number, v: CellValue) => {
    while (values.length <= row0) values.push([]);
    const row = values[row0] as CellValue[];
    while (row.length < col) row.push(null);
    row[col] = v;
  };
  TITLE_LINES.forEach((line, i) => set(i, 0, line));
  plan.columns.forEach((c) => set(plan.headerRow - 1, c.col, c.header));
  const merges: Grid["merges"] = TITLE_LINES.map((_, i) => ({ top: i, left: 0, bottom: i, right: plan.lastCol }));
  for (const t of plan.tasks) {
    const r0 = t.row - 1;
    set(r0, 0, t.number === "" ? null : Number(t.number));
    set(r0, 1, t.title);
    set(r0, 2, t.leadText);
    set(r0, 3, t.coordinatingText);
    set(r0, 4, t.timeframe.text);
    if (t.lastRow > t.row) {
      for (const col of [0, 1, 2, 4, 5]) merges.push({ top: r0, left: col, bottom: t.lastRow - 1, right: col });
      set(t.lastRow - 1, 3, "- Các đơn vị có liên quan.");
    }
  }
  return { name: plan.sheet, values, merges };
}

/** The statuses classify() gives the seed at 2026-11-30 with dueSoonDays 45 and no progress written. */
export function seedStatuses(plan: Plan): TaskStatus[] {
  return plan.tasks.map((t): TaskStatus => {
    const tf = t.timeframe;
    if (tf.kind === "milestones") return { taskId: t.id, code: "overdue", due: "2025-12-31", daysLeft: -334, milestone: "GĐ1" };
    if (tf.kind === "recurring") return { taskId: t.id, code: "due_soon", due: "2026-12-31", daysLeft: 31 };
    return { taskId: t.id, code: "in_progress", due: "2030-12-31", daysLeft: diffDays(REPORT_DATE, "2030-12-31") };
  });
}

export const SETTINGS: Settings = { reportDate: REPORT_DATE, dueSoonDays: 45, cutoffDay: 14, lang: "vi" };

export const SEED_ISSUES: Issue[] = [
  { code: "numbering-missing", severity: "warning", sheet: PLAN_SHEET, row: 10, cell: "A10" },
  { code: "unit-variant", severity: "warning", sheet: PLAN_SHEET, row: 10, cell: "D10", unit: "Sở Kế hoạch Đầu tư", canonical: "Sở Kế hoạch và Đầu tư" },
  { code: "unit-reorganised", severity: "info", sheet: PLAN_SHEET, row: 9, cell: "D9", unit: "Sở Kế hoạch và Đầu tư", effective: "2025-03-01", successors: ["Sở Tài chính"] },
];

export function seedInput(options: SeedOptions & { settings?: Partial<Settings>; names?: DefinedName[]; grid?: Grid; plan?: Plan } = {}): ReportInput {
  const plan = options.plan ?? seedPlan(options);
  const grid = options.grid ?? seedGrid(plan);
  const snapshot: WorkbookSnapshot = { sheets: [grid], names: options.names ?? [] };
  return {
    plan,
    statuses: seedStatuses(plan),
    issues: SEED_ISSUES,
    settings: { ...SETTINGS, ...options.settings },
    directory: DIRECTORY,
    snapshot,
  };
}

/** A marker as Excel stores it once the patch is applied: "'Kế hoạch'!$K$8:$K$16". */
export function definedName(m: MarkerName): DefinedName {
  const r = m.range;
  const a = `$${columnLetter(r.left)}$${r.top + 1}`;
  const b = `$${columnLetter(r.right)}$${r.bottom + 1}`;
  return { name: m.name, ref: `${quoteSheetName(m.sheet)}!${a === b ? a : `${a}:${b}`}` };
}

/** Writes a patch's cells for one sheet into a copy of its grid (values only; links as their text). */
export function applyToGrid(grid: Grid, patch: WorkbookPatch): Grid {
  const values = grid.values.map((row) => [...row]);
  const merges = [...grid.merges];
  for (const sheet of patch.sheets) {
    if (sheet.name !== grid.name) continue;
    for (const range of sheet.clear ?? []) {
      for (let r = range.top; r <= Math.min(range.bottom, values.length - 1); r++) {
        const row = values[r] as CellValue[];
        for (let c = range.left; c <= range.right && c < row.length; c++) row[c] = null;
      }
    }
    for (const cell of sheet.cells) {
      while (values.length <= cell.row) values.push([]);
      const row = values[cell.row] as CellValue[];
      while (row.length <= cell.col) row.push(null);
      const v = cell.value;
      row[cell.col] = v === null || typeof v !== "object" ? v : "text" in v ? v.text : "date" in v ? v.date : v.formula;
    }
    merges.push(...(sheet.merges ?? []));
  }
  return { ...grid, values, merges };
}
