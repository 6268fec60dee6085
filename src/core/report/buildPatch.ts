// The report builder's entry: the checked plan and its statuses in, one declarative WorkbookPatch out — the owned
// columns of the plan sheet, "Tổng hợp", "Lộ trình" and the month's report sheet. Pure and deterministic: the
// reporting date comes from the settings, never the clock, so the same input gives a deep-equal patch.
import type { MarkerName, WorkbookPatch } from "../patch/WorkbookPatch";
import { findOwnedLayout } from "./findOwnedLayout";
import { MARKER, reportSheetMarker } from "./markers";
import { monthlyReportSheet } from "./monthlyReportSheet";
import { ownedSheetName, sheetKey } from "./ownedSheetName";
import { planSheetPatch } from "./planSheetPatch";
import { makeContext, type ReportInput } from "./ReportContext";
import { summarySheet } from "./summarySheet";
import { timelineSheet } from "./timelineSheet";
import { addKeyColumn } from "../keys/keyColumnPatch";
import { historySheetName } from "../history/HistoryRow";
import { currentHistoryRows, historyAfterRun, historySheet } from "../history/historySheet";
import { addTrend } from "../history/trendTable";

export type { ReportInput } from "./ReportContext";

export function buildPatch(input: ReportInput): WorkbookPatch {
  const ctx = makeContext(input);
  const { snapshot, plan } = input;

  const layout = findOwnedLayout(snapshot, plan);
  const planPart = planSheetPatch(ctx, layout);
  const planSheet = planPart.sheets[0];
  if (planSheet) addKeyColumn(ctx, layout, planSheet, planPart.names);

  // Owned sheets never take the plan sheet's name, nor each other's.
  const taken = new Set([sheetKey(plan.sheet)]);
  const claim = (marker: string, defaultName: string) => {
    const name = ownedSheetName(snapshot, marker, defaultName, taken);
    taken.add(sheetKey(name));
    return name;
  };
  const summaryName = claim(MARKER.summarySheet, ctx.text.sheets.summary);
  const timelineName = claim(MARKER.timelineSheet, ctx.text.sheets.timeline);
  const reportMarker = reportSheetMarker(ctx.period.year, ctx.period.month);
  const reportName = claim(reportMarker, ctx.text.sheets.report(ctx.period.month, ctx.period.year));
  const historyName = claim(MARKER.historySheet, historySheetName(ctx.lang));
  const history = historyAfterRun(ctx, currentHistoryRows(ctx));

  const sheetMarker = (name: string, sheet: string): MarkerName => ({ name, sheet, range: { top: 0, left: 0, bottom: 0, right: 0 } });
  const summary = summarySheet(ctx, summaryName);
  addTrend(ctx, summary, history);
  const sheets = [
    ...planPart.sheets,
    summary,
    timelineSheet(ctx, timelineName),
    // Earlier months' report sheets are simply not in the patch, so they stay as they were.
    monthlyReportSheet(ctx, reportName),
    historySheet(ctx, historyName, history),
  ];
  return {
    styles: ctx.styles.styles,
    sheets,
    names: [
      ...planPart.names,
      sheetMarker(MARKER.summarySheet, summaryName),
      sheetMarker(MARKER.timelineSheet, timelineName),
      sheetMarker(reportMarker, reportName),
      sheetMarker(MARKER.historySheet, historyName),
    ],
    activate: summaryName,
  };
}
