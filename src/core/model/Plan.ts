import type { IsoDate } from "../date/calendar";
import type { Issue } from "./Issue";
import type { Timeframe } from "./Timeframe";
import type { UnitRef } from "./Unit";

/** The roles a plan column can play, found from its header text. */
export type ColumnRole =
  | "number"
  | "title"
  | "lead"
  | "coordinating"
  | "timeframe"
  | "products"
  | "notes"
  | "progressStatus"
  | "progressPercent"
  | "completedOn"
  | "result";

export type ProgressState = "not_started" | "in_progress" | "done" | "paused";

/** What staff reported in the progress columns, as read. */
export interface Progress {
  state?: ProgressState;
  /** The status cell as written. */
  stateText?: string;
  /** 0–100. */
  percent?: number;
  completedOn?: IsoDate;
  result?: string;
}

export interface Section {
  /** "I", "II", "A" as written, or "" for a heading without a number. */
  number: string;
  title: string;
  row: number;
}

export interface Task {
  /** "Sheet!row": stable within one read. */
  id: string;
  sheet: string;
  /** First sheet row of the task, 1-based. */
  row: number;
  /** Last sheet row of the task (a Word-pasted task spans several rows), 1-based. */
  lastRow: number;
  /** The TT as written, trimmed ("" when blank; "1" for a numeric 1.0). */
  number: string;
  title: string;
  section?: Section;
  /**
   * The numbered heading row the task sits under inside its section ("6. Chuyển đổi số trong giáo dục" over
   * tasks 6.1, 6.2 …): a row with a number and a title but no unit, time or product.
   */
  group?: Section;
  /** The id of the numbered task this one is a sub-row of ("2.1", "a)", "-" under task "2."). */
  parent?: string;
  lead: UnitRef[];
  coordinating: UnitRef[];
  /** The lead and coordinating cells as written (paragraphs joined by "\n"). */
  leadText: string;
  coordinatingText: string;
  timeframe: Timeframe;
  products: string[];
  notes?: string;
  progress?: Progress;
  /** A1 address of the cell each role was read from (top-left cell of a merge). */
  cells: Partial<Record<ColumnRole, string>>;
}

export interface PlanColumn {
  role: ColumnRole;
  /** 0-based column index. */
  col: number;
  /** Header text as written (both levels joined with " / " for a two-level header). */
  header: string;
}

export interface Plan {
  sheet: string;
  /** 1-based row of the (lowest) header row. */
  headerRow: number;
  /** 1-based first header row (differs from headerRow for a two-level header). */
  headerTopRow: number;
  /** 1-based first and last rows holding tasks or sections. */
  firstDataRow: number;
  lastDataRow: number;
  /** 0-based first and last columns of the table. */
  firstCol: number;
  lastCol: number;
  columns: PlanColumn[];
  /** The plan's title lines found above the table. */
  titleLines: string[];
  programPeriod: { start: number; end: number } | null;
  planYear: number | null;
  tasks: Task[];
  sections: Section[];
}

/** Result of reading a workbook: the best plan, the other candidate sheets, and everything found wrong. */
export interface ReadResult {
  plan: Plan | null;
  /** Sheets that also looked like a plan table but scored lower. */
  otherCandidates: { sheet: string; headerRow: number; score: number }[];
  issues: Issue[];
}
