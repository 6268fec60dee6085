// Builds Task and Plan objects directly, so tests of checks and statuses do not depend on readPlan or the parsers.
import type { ColumnRole, Plan, PlanColumn, Task } from "../../src/core/model/Plan";
import type { Timeframe } from "../../src/core/model/Timeframe";
import type { UnitRef } from "../../src/core/model/Unit";

export const SHEET = "Kế hoạch";

/** Column letters of the seed's layout: A TT, B Nhiệm vụ, C chủ trì, D phối hợp, E thời gian, F sản phẩm, G–J progress. */
const COLUMN_LETTERS: Record<ColumnRole, string> = {
  number: "A",
  title: "B",
  lead: "C",
  coordinating: "D",
  timeframe: "E",
  products: "F",
  progressStatus: "G",
  progressPercent: "H",
  completedOn: "I",
  result: "J",
  notes: "K",
};

export const ALL_COLUMNS: PlanColumn[] = (Object.keys(COLUMN_LETTERS) as ColumnRole[]).map((role, col) => ({
  role,
  col,
  header: role,
}));

export function cellsAt(row: number): Task["cells"] {
  const cells: Task["cells"] = {};
  for (const [role, letter] of Object.entries(COLUMN_LETTERS) as [ColumnRole, string][])
    cells[role] = `${letter}${row}`;
  return cells;
}

export function unit(name: string, extra: Partial<UnitRef> = {}): UnitRef {
  return { text: name, name, subUnits: [], ...extra };
}

export const DEFAULT_TIMEFRAME: Timeframe = {
  kind: "range",
  text: "2023 – 2030",
  start: "2023-01-01",
  due: "2030-12-31",
};

let nextRow = 10;

/** A well-formed task (no issue) unless overridden; rows count up from 10 unless given. */
export function makeTask(overrides: Partial<Task> = {}): Task {
  const row = overrides.row ?? nextRow++;
  return {
    id: `${SHEET}!${row}`,
    sheet: SHEET,
    row,
    lastRow: row,
    number: "1",
    title: "Xây dựng kế hoạch; tổ chức, triển khai thực hiện Chương trình.",
    lead: [unit("Sở GDĐT", { unitId: "so-gddt", match: "abbreviation" })],
    coordinating: [],
    leadText: "Sở GDĐT",
    coordinatingText: "",
    timeframe: DEFAULT_TIMEFRAME,
    products: ["Kế hoạch"],
    cells: cellsAt(row),
    ...overrides,
  };
}

/** A plan holding the tasks, numbered rows in order, with every column and the seed's programme period. */
export function makePlan(tasks: Task[], overrides: Partial<Plan> = {}): Plan {
  return {
    sheet: SHEET,
    headerRow: 9,
    headerTopRow: 9,
    firstDataRow: 10,
    lastDataRow: Math.max(10, ...tasks.map((t) => t.lastRow)),
    firstCol: 0,
    lastCol: ALL_COLUMNS.length - 1,
    columns: ALL_COLUMNS,
    titleLines: [],
    programPeriod: { start: 2023, end: 2030 },
    planYear: 2023,
    tasks,
    sections: [],
    ...overrides,
  };
}

/** Tasks on consecutive rows from 10 with the given TT cells ("" for blank). */
export function numberedTasks(numbers: string[], extra: Partial<Task> = {}): Task[] {
  return numbers.map((number, i) => makeTask({ row: 10 + i, number, ...extra }));
}
