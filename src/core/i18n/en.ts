// English messages: the same keys as vi.ts, checked by the compiler. Dates stay dd/mm/yyyy, as in the plan.
import { formatVnDate } from "../date/calendar";
import type { IssueOf } from "../model/Issue";
import type { Catalogue, IssueCatalogue, UiCatalogue } from "./Catalogue";
import { enPane } from "./enPane";

export const enUi = {
  // The pane's words first, so a pane key can never shadow one of these.
  ...enPane,
  "app.title": "Plan tracker",
  "issue.at.cell": "Cell {cell} (sheet {sheet})",
  "issue.at.cells": "Cells {cells} (sheet {sheet})",
  "issue.cells.moreOne": "and 1 more cell",
  "issue.cells.more": "and {count} more cells",
  "issue.at.row": "Row {row} (sheet {sheet})",
  "issue.at.sheet": "Sheet {sheet}",
  "issues.none": "No issues found.",
  "issues.count": "{count} issue(s) found.",
  "report.date": "Reporting date: {date}",
  "status.column": "Status",
  "status.daysLeft": "{days} day(s) left",
  "status.daysOverdue": "{days} day(s) overdue",
  "lang.vi": "Vietnamese",
  "lang.en": "English",
} as const satisfies UiCatalogue;

const quote = (text: string): string => `“${text}”`;

const UNPARSED_REASONS: Record<string, string> = {
  empty: "the cell is empty",
  "no-date": "no year or date found",
  "invalid-date": "the date does not exist",
  ambiguous: "it can be read more than one way",
  "free-text": "it is prose, not a deadline",
};

const ENCODINGS: Record<IssueOf<"legacy-encoding">["encoding"], string> = {
  TCVN3: "TCVN3 (.VnTime fonts)",
  VNI: "VNI (VNI-Times fonts)",
};

const PROGRESS_FIELDS: Record<IssueOf<"progress-unreadable">["what"], string> = {
  status: "progress status",
  percent: "completion percentage",
  date: "completion date",
};

const PROGRESS_HINTS: Record<IssueOf<"progress-unreadable">["what"], string> = {
  status: "write one of: Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Tạm dừng",
  percent: "write a number from 0 to 100",
  date: "write day/month/year, e.g. 30/6/2026",
};

export const enIssues = {
  "no-plan-table": (i) =>
    "No plan table (with columns TT, Nhiệm vụ, Đơn vị chủ trì, Thời gian hoàn thành) was found" +
    (i.sheetsSearched.length > 0
      ? ` in the sheets ${i.sheetsSearched.map(quote).join(", ")}.`
      : " in the workbook."),
  "other-plan-candidate": (i) =>
    `A table that looks like a plan is here too (header on row ${i.headerRow}) but it is not used. ` +
    "If it is the one to track, choose this sheet in Settings.",
  "cell-error": (i) =>
    `The cell shows the error ${i.errorText}, so its value cannot be read. Fix the formula or retype the value.`,
  "legacy-encoding": (i) =>
    `The text was typed in the legacy ${ENCODINGS[i.encoding]} encoding and shows garbled letters (${quote(i.sample)}). ` +
    "Convert it to Unicode (for example with Unikey's converter) and check again.",
  "numbering-missing": () => "The task has no number (the TT cell is empty).",
  "numbering-duplicate": (i) => `Number ${quote(i.number)} repeats the task on row ${i.firstRow}.`,
  "numbering-gap": (i) =>
    `Numbering skips: ${quote(i.found)} is written where ${quote(i.expected)} was expected.`,
  "title-missing": () => "The task has no description (the Nhiệm vụ cell is empty).",
  "lead-missing": () => "The task has no lead unit.",
  "timeframe-missing": () => "The task has no deadline, so its progress cannot be judged.",
  "timeframe-unparsed": (i) =>
    `The deadline ${quote(i.text)} cannot be read (${UNPARSED_REASONS[i.reason] ?? i.reason}). ` +
    "Write it like “Quý I/2026”, “Tháng 6/2026”, “30/6/2026” or “2023 – 2030”.",
  "timeframe-outside-program": (i) =>
    `The timeframe ${quote(i.text)} lies outside the programme period (${i.programStart} – ${i.programEnd}).`,
  "unit-unknown": (i) =>
    `Unit ${quote(i.unit)} is not in the unit directory. Check the name, or add the unit to the “Đơn vị” sheet.`,
  "unit-variant": (i) => `Unit name ${quote(i.unit)} differs from the official name ${quote(i.canonical)}.`,
  "unit-reorganised": (i) =>
    `Since ${formatVnDate(i.effective)}, unit ${quote(i.unit)} no longer exists after the reorganisation; ` +
    (i.successors.length > 0
      ? `its work passed to: ${i.successors.join("; ")}.`
      : "no successor is recorded."),
  "progress-unreadable": (i) =>
    `The ${PROGRESS_FIELDS[i.what]} ${quote(i.text)} cannot be read (${PROGRESS_HINTS[i.what]}).`,
  "progress-inconsistent": (i) =>
    `Status ${quote(i.stateText)} does not match the completion percentage ${i.percent}%.`,
  "directory-row-invalid": (i) => `This row of the unit directory cannot be read: ${quote(i.text)}.`,
  "task-key-duplicate": (i) =>
    `Task key ${quote(i.key)} repeats the task on row ${i.firstRow} (probably a copied row); ` +
    `this task gets the new key ${quote(i.newKey)}.`,
  "task-key-missing": (i) => `The task had no key (newly added, or its key cell was cleared); it gets ${quote(i.newKey)}.`,
  "task-key-invalid": (i) => `The task key cell reads ${quote(i.text)}, not a key like NV-001; it gets the new key ${quote(i.newKey)}.`,
  "cell-text-too-long": (i) =>
    `The cell holds ${i.length} characters, more than Excel's limit of 32,767; on the report sheets it is cut and ends in “…”. ` +
    "Shorten the cell.",
  "cell-beyond-grid": (i) =>
    `The file places cells beyond Excel's last row or column (${i.refs.join(", ")}); they were not read. ` +
    "The file may be damaged: open it in Excel, save it again and check.",
} satisfies IssueCatalogue;

export const en = {
  issues: enIssues,
  statuses: {
    done_on_time: "Done on time",
    done_late: "Done late",
    done: "Done",
    in_progress: "In progress, on schedule",
    due_soon: "Due soon",
    overdue: "Overdue",
    not_started_yet: "Period not yet begun",
    ongoing: "Ongoing",
    paused: "Paused",
    unknown: "No readable deadline",
  },
  severities: {
    error: "Error",
    warning: "Warning",
    info: "Note",
  },
  ui: enUi,
} satisfies Catalogue;
