// Problems found in a plan, as data. Messages are rendered late, per locale (src/core/i18n).

export type Severity = "error" | "warning" | "info";

interface IssueBase {
  severity: Severity;
  sheet: string;
  /** 1-based sheet row (the task's first row for task issues); 0 for workbook-wide issues. */
  row: number;
  /** A1 address of the offending cell, "" when none applies. */
  cell: string;
  /**
   * The same problem found in further cells (one issue for a unit misspelt in forty cells): `cell` is the first,
   * these follow in sheet order. Absent when the problem is in one cell only.
   */
  cells?: string[];
}

export type Issue = IssueBase &
  (
    | { code: "no-plan-table"; sheetsSearched: string[] }
    | { code: "other-plan-candidate"; headerRow: number }
    | { code: "cell-error"; errorText: string }
    | { code: "legacy-encoding"; encoding: "TCVN3" | "VNI"; sample: string }
    | { code: "numbering-missing" }
    | { code: "numbering-duplicate"; number: string; firstRow: number }
    | { code: "numbering-gap"; expected: string; found: string }
    | { code: "title-missing" }
    | { code: "lead-missing" }
    | { code: "timeframe-missing" }
    | { code: "timeframe-unparsed"; text: string; reason: string }
    | { code: "timeframe-outside-program"; text: string; programStart: number; programEnd: number }
    | { code: "unit-unknown"; unit: string }
    | { code: "unit-variant"; unit: string; canonical: string }
    | {
        code: "unit-reorganised";
        unit: string;
        effective: string;
        successors: string[];
      }
    | { code: "progress-unreadable"; text: string; what: "status" | "percent" | "date" }
    | { code: "progress-inconsistent"; stateText: string; percent: number }
    | { code: "directory-row-invalid"; text: string }
    | { code: "task-key-duplicate"; key: string; firstRow: number; newKey: string }
    | { code: "task-key-missing"; newKey: string }
    | { code: "task-key-invalid"; text: string; newKey: string }
    | { code: "cell-beyond-grid"; refs: string[] }
    | { code: "cell-text-too-long"; length: number }
  );

export type IssueCode = Issue["code"];
export type IssueOf<C extends IssueCode> = Extract<Issue, { code: C }>;
