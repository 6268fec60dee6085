// Status colours (domain.md convention): green done on time, blue in progress, amber due soon, orange done late,
// red overdue, grey not yet due. Light fills with dark text so the words stay readable on screen and in print;
// the chart colours are stronger tones of the same hues, since light fills vanish as chart bars.
import type { StatusCode } from "../model/Status";
import type { Color } from "../patch/WorkbookPatch";

export interface StatusColors {
  fill: Color;
  text: Color;
  chart: Color;
}

export const STATUS_PALETTE: Record<StatusCode, StatusColors> = {
  done_on_time: { fill: "C6EFCE", text: "006100", chart: "70AD47" },
  // Done without a completion date: the same green family, paler, since timeliness is not known.
  done: { fill: "E2EFDA", text: "375623", chart: "A9D08E" },
  done_late: { fill: "F8CBAD", text: "833C0B", chart: "ED7D31" },
  in_progress: { fill: "DDEBF7", text: "1F4E78", chart: "5B9BD5" },
  due_soon: { fill: "FFEB9C", text: "7F6000", chart: "FFC000" },
  overdue: { fill: "FFC7CE", text: "9C0006", chart: "C00000" },
  not_started_yet: { fill: "EDEDED", text: "404040", chart: "A5A5A5" },
  ongoing: { fill: "D9F2F2", text: "1F4E4E", chart: "4BACC6" },
  paused: { fill: "E4DFEC", text: "3F3151", chart: "8064A2" },
  unknown: { fill: "FFFFFF", text: "595959", chart: "D9D9D9" },
};

/** The order statuses are listed in (legend, counts): done, in progress, then the rest. */
export const STATUS_ORDER: readonly StatusCode[] = [
  "done_on_time",
  "done_late",
  "done",
  "in_progress",
  "overdue",
  "due_soon",
  "not_started_yet",
  "ongoing",
  "paused",
  "unknown",
];

export const UI_COLORS = {
  headerFill: "D9E1F2",
  headerText: "1F3864",
  /** Input columns staff fill in: a pale yellow header says "type here". */
  inputHeaderFill: "FFF2CC",
  border: "808080",
  titleText: "1F3864",
  /** The reporting period's column on the timeline. */
  nowMark: "C00000",
  summaryTab: "2F75B5",
  timelineTab: "548235",
  reportTab: "7F6000",
  /** Data bar of the completion share. */
  dataBar: "70AD47",
} as const satisfies Record<string, Color>;
