// A sheet's cells as hosts deliver them: the engine's only input.

/**
 * A cell value as Excel reports it. Error cells arrive as their error text ("#REF!", "#N/A").
 * Dates arrive as serial numbers with a date number format.
 */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The sheet's name as shown on its tab. */
  name: string;
  /**
   * Values by 0-based sheet row and column: values[0][0] is A1. Rows may be shorter than others;
   * missing cells are empty. Only the used part of the sheet need be present.
   */
  values: CellValue[][];
  /** Number formats with the same shape as values (missing = "General"). */
  formats?: (string | null | undefined)[][];
  /** Merged areas; a merged area keeps its value in its top-left cell only. */
  merges: CellRange[];
  /** Sheet visibility, when the host knows it. */
  hidden?: boolean;
  /** True when the workbook uses the 1904 date system (old Mac workbooks). */
  date1904?: boolean;
  /**
   * References of cells the file places beyond Excel's grid (past row 1,048,576 or column XFD), as written; such
   * cells are left out of `values` (a damaged or hostile file). The engine reports them as an issue.
   */
  beyondGrid?: string[];
  /**
   * Cells holding staff content that is not a cached value: a formula (with or without a result), a hyperlink, a
   * comment, a data validation, a conditional format. Plan-tracker never places its columns over them. Hosts that
   * cannot tell leave it out.
   */
  otherContent?: CellRange[];
}

/** A workbook-level or sheet-level defined name, used as a marker for the ranges plan-tracker owns. */
export interface DefinedName {
  name: string;
  /** "'Sheet name'!$H$5:$H$40" as Excel writes it. */
  ref: string;
  /** Sheet the name is scoped to, when it is not workbook-wide. */
  scope?: string;
}

export interface WorkbookSnapshot {
  sheets: Grid[];
  names: DefinedName[];
  /**
   * What the host that read this snapshot needs to tell, at apply time, whether the workbook is still as read
   * (opaque to the engine). A patch built from the snapshot carries it, so a host can refuse a stale patch.
   */
  basis?: string;
}
