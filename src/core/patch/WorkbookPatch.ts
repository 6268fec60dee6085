// The workbook patch: everything plan-tracker writes, as plain data. Hosts (Office.js, .xlsx) apply it; nothing else writes.
// A patch only ever names cells plan-tracker owns: its own sheets, and its own columns beside the staff's table.
import type { IsoDate } from "../date/calendar";
import type { CellRange } from "../grid/Grid";

/** "RRGGBB", upper case, no "#". */
export type Color = string;

export interface FontStyle {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: Color;
}

export interface BorderStyle {
  style: "thin" | "medium";
  color?: Color;
  /** Sides to draw; absent = all four. */
  sides?: ("top" | "bottom" | "left" | "right")[];
}

export interface CellStyle {
  font?: FontStyle;
  fill?: Color;
  border?: BorderStyle;
  alignment?: {
    horizontal?: "left" | "center" | "right";
    vertical?: "top" | "middle" | "bottom";
    wrap?: boolean;
    indent?: number;
  };
  /** Excel number format code, e.g. "dd/mm/yyyy", "0", "0%". */
  numberFormat?: string;
}

/** A value to write. Dates are written as Excel serial numbers with the style's date format. */
export type PatchValue =
  | string
  | number
  | boolean
  | null
  | { date: IsoDate }
  | { formula: string }
  | { link: { sheet: string; cell: string }; text: string };

export interface CellWrite {
  /** 0-based. */
  row: number;
  col: number;
  value: PatchValue;
  /** Key into WorkbookPatch.styles. */
  style?: string;
}

export type ConditionalRule =
  /** Cell text equals `text` (case-insensitive as in Excel): the status colour follows a later manual edit. */
  | { kind: "equals"; text: string; style: string }
  /** In-cell bar proportional to the value, where a native chart cannot be made. */
  | { kind: "dataBar"; color: Color; min?: number; max?: number };

export interface ConditionalFormat {
  range: CellRange;
  rules: ConditionalRule[];
}

export type DataValidation = { range: CellRange; prompt?: { title: string; text: string }; error?: { title: string; text: string } } & (
  | { kind: "list"; values: string[] }
  | { kind: "whole" | "decimal"; min: number; max: number }
  | { kind: "date"; min?: IsoDate; max?: IsoDate }
);

export interface ChartSeries {
  name: string;
  /** Values range on the same sheet. */
  values: CellRange;
  color: Color;
}

export interface ChartSpec {
  /** Stable key, so a re-run replaces rather than duplicates. */
  key: string;
  kind: "barStacked" | "bar" | "columnStacked";
  title: string;
  /** Category labels range on the same sheet. */
  categories: CellRange;
  series: ChartSeries[];
  /** Where the chart sits: top-left and bottom-right cells (0-based). */
  anchor: { from: { row: number; col: number }; to: { row: number; col: number } };
  /** Typeface and size of the axis and legend text (the title is a fifth larger and bold); absent = the host's default. */
  font?: { name: string; size: number };
}

export interface PageSetup {
  orientation: "portrait" | "landscape";
  paper: "A4";
  /** Fit to this many pages wide (0 = unconstrained) and tall (0 = as many as needed). */
  fitToWidth: number;
  fitToHeight: number;
  /** 0-based rows repeated at the top of every printed page. */
  printTitleRows?: { first: number; last: number };
  printArea?: CellRange;
  /** Inches. */
  margins?: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  centerHorizontally?: boolean;
}

export interface SheetPatch {
  name: string;
  /**
   * "replace": a sheet plan-tracker owns — created, or emptied and rewritten whole.
   * "update": a staff sheet — only the listed cells/ranges (all inside plan-tracker's own columns) change.
   */
  mode: "replace" | "update";
  tabColor?: Color;
  /**
   * Owned ranges to empty before writing, in "update" mode: values and formats, and the merges, conditional formats
   * and data validations lying inside them, so a re-run (whose extent may have shrunk) rewrites them without
   * duplicating its rules.
   */
  clear?: CellRange[];
  cells: CellWrite[];
  merges?: CellRange[];
  /** Widths in Excel character units. */
  columns?: { col: number; width: number }[];
  /** Heights in points. */
  rows?: { row: number; height: number }[];
  conditionalFormats?: ConditionalFormat[];
  dataValidations?: DataValidation[];
  charts?: ChartSpec[];
  pageSetup?: PageSetup;
  freeze?: { rows: number; cols: number };
  /** Show gridlines (report sheets hide them). */
  gridlines?: boolean;
}

/** A defined name marking a range plan-tracker owns, found again on the next run whoever saved the file. */
export interface MarkerName {
  name: string;
  sheet: string;
  range: CellRange;
}

export interface WorkbookPatch {
  styles: Record<string, CellStyle>;
  sheets: SheetPatch[];
  /** Markers to add or move (same name = replace). */
  names: MarkerName[];
  /** Sheet to show after applying. */
  activate?: string;
  /** The basis of the snapshot the patch was built from (WorkbookSnapshot.basis); hosts refuse it when stale. */
  basis?: string;
}
