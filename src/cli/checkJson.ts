// The `check --json` document: a stable, documented shape for other tools.
import type { Analysis } from "../core/engine";
import type { Timeframe } from "../core/model/Timeframe";
import type { Progress } from "../core/model/Plan";
import type { StatusCode } from "../core/model/Status";
import { renderIssue } from "../core/i18n/renderIssue";
import type { UnitDirectory, UnitRef } from "../core/model/Unit";
import { findUnit } from "../core/units/directory";

/** One unit of a lead or coordinating cell. */
export interface UnitJson {
  /** The unit as the cell names it ("Sở GDĐT (Phòng …)", "UBND các huyện, thành phố" out of "UBND và Phòng GDĐT …"). */
  text: string;
  /** The directory's official name, or null for a unit the directory does not know (or a generic phrase). */
  name: string | null;
  subUnits: string[];
  /** Who does the work since the unit was reorganised (names joined with "; " when the work was split). */
  successor?: { name: string; from: string };
  /** The cell's words about the unit's part: "đối với cấp tỉnh", "cơ quan thường trực". */
  note?: string;
}

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
    /** The numbered heading the task sits under inside its section ("6. Chuyển đổi số"), or null. */
    group: string | null;
    /** The row of the numbered task this one is a sub-row of ("2.1" under "2."), or null. */
    parent: number | null;
    /** One entry per unit (see UnitJson.text), not the cell's text. */
    lead: string[];
    coordinating: string[];
    leadUnits: UnitJson[];
    coordinatingUnits: UnitJson[];
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
  const rowById = new Map((plan?.tasks ?? []).map((t) => [t.id, t.row]));
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
        group: task.group ? [task.group.number, task.group.title].filter(Boolean).join(". ") : null,
        parent: task.parent === undefined ? null : (rowById.get(task.parent) ?? null),
        lead: unitTexts(task.lead),
        coordinating: unitTexts(task.coordinating),
        leadUnits: unitsJson(task.lead, analysis.directory),
        coordinatingUnits: unitsJson(task.coordinating, analysis.directory),
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

/**
 * Each unit's text; units that share one phrase ("UBND và Phòng GDĐT các huyện, thành phố" names two) are given
 * by their names, so that no phrase is listed twice.
 */
function unitTexts(refs: readonly UnitRef[]): string[] {
  return refs.map((ref) => (refs.some((other) => other !== ref && other.text === ref.text) ? ref.name : ref.text));
}

function unitsJson(refs: readonly UnitRef[], directory: UnitDirectory): UnitJson[] {
  const texts = unitTexts(refs);
  return refs.map((ref, i) => {
    const unit = ref.unitId ? findUnit(directory, ref.unitId) : undefined;
    const json: UnitJson = { text: texts[i] ?? ref.text, name: unit?.name ?? null, subUnits: [...ref.subUnits] };
    const moved = unit?.reorganised;
    if (moved && moved.successors.length > 0) {
      json.successor = { name: moved.successors.map((s) => s.name).join("; "), from: moved.effective };
    }
    if (ref.note) json.note = ref.note;
    return json;
  });
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
