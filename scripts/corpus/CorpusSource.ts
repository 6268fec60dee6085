// The shape of test/fixtures/corpus/<id>/source.json (a real published plan table and how staff keep it in
// Excel) and of its hand-written answer key, key.json.

/** The published document a corpus table comes from. */
export interface CorpusDocument {
  /** Its number as printed: "03/NQ-CP". */
  number: string;
  /** Date of issue, ISO (as precise as known: "2023-09"). */
  date: string;
  issuer: string;
  level: "central" | "provincial";
  title: string;
  appendix: string;
  topic: string;
}

/**
 * How the table is laid out in the workbook, the way staff keep it. Rows and columns are 1-based sheet positions;
 * `columns` and `group.columns` index the source's columns.
 */
export interface CorpusLayout {
  /** A name for the layout, listed in docs/corpus.md. */
  kind: string;
  sheet: string;
  /** Top-left cell of the block (title rows, or the header when there are none): "A1", "C2". */
  origin: string;
  /** Which title lines are written above the table (a blank row follows them). */
  titleRows: boolean | "first" | "first-and-last";
  header: "single" | "two-level";
  /** Two-level header: `label` merged over the source columns `columns`, whose own labels go underneath. */
  group?: { label: string; columns: number[]; labels: string[] };
  /** Source column shown in each sheet column, left to right (default: as published). */
  columns?: number[];
  /** Header text per sheet column when staff retyped it (default: the published header). */
  headerLabels?: string[];
  /** Columns staff added after the published ones, left empty ("Ghi chú"). */
  extraColumns?: string[];
  /** A "(1) (2) (3) …" row under the header. */
  numbersRow: boolean;
  /** Section rows ("I.", "II.") with their text merged across the rest of the table, or left unmerged. */
  sectionRows: "merged" | "unmerged";
  /** Pasted from Word: each paragraph of a cell on its own row, the task's other cells merged over them. */
  wordPaste?: boolean;
  /** Unit-grouped: the lead cell merged down over consecutive tasks with the same lead. */
  mergeLeadDown?: boolean;
  /** TT typed as plain numbers: "31." is entered as the number 31. */
  plainNumbers?: boolean;
  /** A cover sheet placed before the plan sheet. */
  cover?: { sheet: string; lines: string[] };
  /** The first row of the table body; the build checks the layout arrives there. */
  firstDataRow: number;
}

export interface CorpusSource {
  id: string;
  document: CorpusDocument;
  source: { url: string; documentUrl?: string; note: string };
  /** Which rows of the published table are here, in words. */
  rowsTaken: string;
  /** Any change from the text as published, with the reason. */
  edits: string[];
  titleLines: string[];
  header: string[];
  /** The table's rows as published: one array of cells per row, paragraphs inside a cell separated by "\n". */
  rows: string[][];
  layout: CorpusLayout;
}

/** A lead unit in the key: its canonical name, or the canonical name followed by other accepted forms. */
export type KeyUnit = string | string[];

export type KeyKind = "deadline" | "range" | "recurring" | "milestones" | "continuous" | "event" | "unparsed";

/** What a correct reading says of one task. */
export interface KeyTask {
  /** First sheet row of the task. */
  row: number;
  /** Its TT as written, without a trailing dot ("" when blank). */
  number: string;
  /** The first words of its title. */
  title: string;
  /** The number of the section heading it falls under ("" when none). */
  section: string;
  lead: KeyUnit[];
  kind: KeyKind;
  /** The date judged on at the report date (end of the period, range end, current occurrence), or null. */
  due: string | null;
  status: string;
  reason?: string;
}

export interface CorpusKey {
  id: string;
  reportDate: string;
  dueSoonDays: number;
  howWritten: string;
  note?: string;
  deadlines: { text: string; kind: KeyKind; due: string | null; status: string; reason?: string }[];
  leads: { text: string; units: string[]; reason?: string }[];
  reasons?: Record<string, string>;
  tasks: KeyTask[];
}
