// The `check --json` document: a stable, documented shape for other tools.
import type { Analysis } from "../core/engine";
import type { Timeframe } from "../core/model/Timeframe";
import type { Progress } from "../core/model/Plan";
import type { StatusCode } from "../core/model/Status";
import { renderIssue } from "../core/i18n/renderIssue";

export interface CheckJson {
  sheet: string | null;
  headerRow: number | null;
  programPeriod: { start: number; end: number } | null;
  reportDate: string;
  tasks: {
    row: number;
    number: string;
    title: string;
    section: string | null;
    lead: string[];
    coordinating: string[];
    timeframe: {
      text: string;
      kind: "deadline" | "range" | "recurring" | "milestones" | "continuous" | "event" | "unparsed";
      /** "deadline" (Thời gian hoàn thành, Thời hạn) or "period" (Thời gian thực hiện), from the column's header. */
      role?: "deadline" | "period";
      start?: string;
      due?: string;
      milestones?: { label: string; due: string }[];
      /** recurring: the first year of the occurrences when written ("Năm 2027 và những năm tiếp theo"). */
      firstYear?: number;
      /** event: "after" (Sau khi …), "schedule" (Theo tiến độ của …), "request" (Khi có yêu cầu), and the clause. */
      relation?: "after" | "schedule" | "request";
      trigger?: string;
    };
    products: string[];
    progress?: Progress;
    status: StatusCode;
  }[];
  /** `cells`: the further cells of a problem found in several (the message names them all). */
  issues: { code: string; severity: string; sheet: string; row: number; cell: string; cells?: string[]; message: string }[];
}

export function checkJson(analysis: Analysis, reportDate: string, lang: "vi" | "en"): CheckJson {
  const plan = analysis.plan;
  const statusById = new Map(analysis.statuses.map((s) => [s.taskId, s]));
  return {
    sheet: plan?.sheet ?? null,
    headerRow: plan?.headerRow ?? null,
    programPeriod: plan?.programPeriod ?? null,
    reportDate,
    tasks: (plan?.tasks ?? []).map((task) => {
      const status = statusById.get(task.id);
      return {
        row: task.row,
        number: task.number,
        title: task.title,
        section: task.section ? [task.section.number, task.section.title].filter(Boolean).join(". ") : null,
        lead: task.lead.map((u) => u.text),
        coordinating: task.coordinating.map((u) => u.text),
        timeframe: timeframeJson(task.timeframe, status?.due),
        products: task.products,
        ...(task.progress ? { progress: task.progress } : {}),
        status: status?.code ?? "unknown",
      };
    }),
    issues: analysis.issues.map((issue) => ({
      code: issue.code,
      severity: issue.severity,
      sheet: issue.sheet,
      row: issue.row,
      cell: issue.cell,
      ...(issue.cells ? { cells: issue.cells } : {}),
      message: renderIssue(issue, lang),
    })),
  };
}

function timeframeJson(tf: Timeframe, judgedDue: string | undefined): CheckJson["tasks"][number]["timeframe"] {
  const head = { text: tf.text, kind: tf.kind, ...(tf.role ? { role: tf.role } : {}) };
  switch (tf.kind) {
    case "deadline":
      return { ...head, ...(tf.start ? { start: tf.start } : {}), due: judgedDue ?? tf.due };
    case "range":
      return { ...head, start: tf.start, due: judgedDue ?? tf.due };
    case "milestones":
      return {
        ...head,
        ...(judgedDue ? { due: judgedDue } : {}),
        milestones: tf.milestones.map((m) => ({ label: m.label, due: m.due })),
      };
    case "recurring":
      return { ...head, ...(tf.firstYear !== undefined ? { firstYear: tf.firstYear } : {}), ...(judgedDue ? { due: judgedDue } : {}) };
    case "continuous":
      return { ...head, ...(tf.start ? { start: tf.start } : {}) };
    case "event":
      return { ...head, relation: tf.relation, trigger: tf.trigger };
    case "unparsed":
      return head;
  }
}
