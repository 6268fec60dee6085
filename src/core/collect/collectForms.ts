// The returned forms against the plan: per task and field the old and the new value and which unit said so, the
// problems found, and the writes to make — only into the plan's progress input columns, only values that differ,
// never a value two units disagree on unless the user chose how (prefer). Pure: the forms arrive read.
import { diffDays, type IsoDate } from "../date/calendar";
import type { ProgressState } from "../model/Plan";
import type { Provenance } from "../history/HistoryRow";
import type { PatchValue } from "../patch/WorkbookPatch";
import type { ReportContext } from "../report/ReportContext";
import { matchKey } from "../text/normalize";
import { periodLabel } from "../history/HistoryRow";
import { planIdentity } from "../forms/formLayout";
import { stateWord } from "../forms/buildForms";
import type { FormRow, ReadFormResult } from "./readForm";

export type Prefer = "latest" | "lead" | "none";
export type ProgressField = "status" | "percent" | "completedOn" | "result";

export interface ReturnedForm {
  file: string;
  /** When the form was received (file time), for prefer "latest": later wins. */
  receivedAt: number;
  form: Extract<ReadFormResult, { ok: true }>;
}

export interface Change {
  key: string;
  taskRow: number;
  field: ProgressField;
  old: string;
  new: string;
  unit: string;
  file: string;
}

export type CollectProblem =
  | { code: "other-plan"; file: string }
  | { code: "other-period"; file: string; period: string; expected: string }
  | { code: "unit-not-lead"; file: string; unit: string; key: string }
  | { code: "conflict"; key: string; field: ProgressField; values: { unit: string; file: string; value: string }[]; chosen?: string }
  | { code: "percent-backwards"; file: string; key: string; from: number; to: number }
  | { code: "done-without-date"; file: string; key: string }
  | { code: "date-in-future"; file: string; key: string; date: IsoDate }
  | { code: "bad-date"; file: string; key: string; text: string }
  | { code: "row-unmatched"; file: string; row: number; title: string }
  | { code: "matched-by-text"; file: string; rows: number };

export interface ProgressWrite {
  /** 0-based, on the plan sheet. */
  row: number;
  col: number;
  value: PatchValue;
}

export interface CollectResult {
  changes: Change[];
  problems: CollectProblem[];
  writes: ProgressWrite[];
  provenance: Map<string, Provenance>;
  /** Units whose form was read for this period. */
  returned: string[];
}

interface Proposal {
  unit: string;
  unitKey: string;
  file: string;
  receivedAt: number;
  value: PatchValue;
  display: string;
  lead: number;
}

/** Word similarity of two task texts (Dice on word sets), 0–1. */
function similarity(a: string, b: string): number {
  const wa = new Set(matchKey(a).split(" ").filter(Boolean));
  const wb = new Set(matchKey(b).split(" ").filter(Boolean));
  if (wa.size === 0 || wb.size === 0) return 0;
  let both = 0;
  for (const w of wa) if (wb.has(w)) both++;
  return (2 * both) / (wa.size + wb.size);
}

const FIELD_ROLE = { status: "progressStatus", percent: "progressPercent", completedOn: "completedOn", result: "result" } as const;

export function collectForms(ctx: ReportContext, forms: readonly ReturnedForm[], prefer: Prefer, collectedOn: IsoDate): CollectResult {
  const problems: CollectProblem[] = [];
  const planId = planIdentity(ctx.plan.sheet, ctx.planName);
  const period = periodLabel(ctx.period.year, ctx.period.month);
  const viewByKey = new Map(ctx.views.map((v) => [ctx.keys.byTask.get(v.task.id) ?? "", v]));
  const proposals = new Map<string, Map<ProgressField, Proposal[]>>();
  const extras = new Map<string, { unit: string; file: string; difficulties?: string; proposals?: string }>();
  const returned: string[] = [];

  for (const f of forms) {
    const form = f.form;
    if (form.planId !== planId) {
      problems.push({ code: "other-plan", file: f.file });
      continue;
    }
    if (form.period !== period) {
      problems.push({ code: "other-period", file: f.file, period: form.period, expected: period });
      continue;
    }
    returned.push(form.unitName);
    let byText = 0;
    for (const row of form.rows) {
      let key = form.keysLost ? "" : row.key;
      if (!viewByKey.has(key)) {
        // The key column lost (or the key mistyped): the same TT and a task text close enough.
        let best = { key: "", score: 0 };
        for (const [k, v] of viewByKey) {
          if (!v.leads.some((l) => l.key === form.unitKey)) continue;
          const score = similarity(row.title, v.task.title) + (row.number !== "" && row.number === v.task.number ? 0.2 : 0);
          if (score > best.score) best = { key: k, score };
        }
        if (best.score >= 0.8) {
          key = best.key;
          byText++;
        } else {
          problems.push({ code: "row-unmatched", file: f.file, row: row.row, title: row.title });
          continue;
        }
      }
      const view = viewByKey.get(key);
      if (!view) continue;
      const leadIndex = view.leads.findIndex((l) => l.key === form.unitKey);
      if (leadIndex < 0) {
        problems.push({ code: "unit-not-lead", file: f.file, unit: form.unitName, key });
        continue;
      }
      const proposals4 = proposalsOf(row, view.task.progress?.percent, f.file, key, ctx.settings.reportDate, problems);
      for (const [field, value, display] of proposals4) {
        const byField = proposals.get(key) ?? new Map<ProgressField, Proposal[]>();
        proposals.set(key, byField);
        const list = byField.get(field) ?? [];
        list.push({ unit: form.unitName, unitKey: form.unitKey, file: f.file, receivedAt: f.receivedAt, value, display, lead: leadIndex });
        byField.set(field, list);
      }
      if (row.difficulties || row.proposals) {
        extras.set(key, { unit: form.unitName, file: f.file, ...(row.difficulties ? { difficulties: row.difficulties } : {}), ...(row.proposals ? { proposals: row.proposals } : {}) });
      }
    }
    if (byText > 0) problems.push({ code: "matched-by-text", file: f.file, rows: byText });
  }

  const changes: Change[] = [];
  const writes: ProgressWrite[] = [];
  const provenance = new Map<string, Provenance>();
  for (const [key, byField] of proposals) {
    const view = viewByKey.get(key);
    if (!view) continue;
    for (const [field, list] of byField) {
      const distinct = new Set(list.map((p) => p.display));
      let chosen: Proposal | undefined = list[0];
      if (distinct.size > 1) {
        if (prefer === "latest") chosen = [...list].sort((a, b) => b.receivedAt - a.receivedAt)[0];
        else if (prefer === "lead") chosen = [...list].sort((a, b) => a.lead - b.lead || b.receivedAt - a.receivedAt)[0];
        else chosen = undefined;
        problems.push({
          code: "conflict",
          key,
          field,
          values: list.map((p) => ({ unit: p.unit, file: p.file, value: p.display })),
          ...(chosen ? { chosen: chosen.unit } : {}),
        });
      }
      if (!chosen) continue;
      const old = oldValue(view.task.progress, field, ctx);
      if (old === chosen.display) continue;
      const col = ctx.plan.columns.find((c) => c.role === FIELD_ROLE[field])?.col;
      if (col === undefined) continue;
      changes.push({ key, taskRow: view.task.row, field, old, new: chosen.display, unit: chosen.unit, file: chosen.file });
      writes.push({ row: view.task.row - 1, col, value: chosen.value });
      provenance.set(key, { unit: chosen.unit, file: chosen.file, collectedOn });
    }
  }
  for (const [key, e] of extras) {
    const p = provenance.get(key) ?? { unit: e.unit, file: e.file, collectedOn };
    if (e.difficulties) p.difficulties = e.difficulties;
    if (e.proposals) p.proposals = e.proposals;
    provenance.set(key, p);
  }
  changes.sort((a, b) => a.taskRow - b.taskRow);
  return { changes, problems, writes, provenance, returned };
}

function proposalsOf(
  row: FormRow,
  oldPercent: number | undefined,
  file: string,
  key: string,
  reportDate: IsoDate,
  problems: CollectProblem[],
): [ProgressField, PatchValue, string][] {
  const out: [ProgressField, PatchValue, string][] = [];
  if (row.state) out.push(["status", stateWord(row.state), stateWord(row.state)]);
  if (row.percent !== undefined) {
    if (oldPercent !== undefined && row.percent < oldPercent) problems.push({ code: "percent-backwards", file, key, from: oldPercent, to: row.percent });
    out.push(["percent", row.percent, String(row.percent)]);
  }
  if (row.badDate) problems.push({ code: "bad-date", file, key, text: row.badDate });
  if (row.completedOn) {
    if (diffDays(reportDate, row.completedOn) > 0) problems.push({ code: "date-in-future", file, key, date: row.completedOn });
    else out.push(["completedOn", { date: row.completedOn }, row.completedOn]);
  } else if (row.state === "done" && !row.badDate) problems.push({ code: "done-without-date", file, key });
  if (row.result) out.push(["result", row.result, row.result]);
  return out;
}

function oldValue(p: { state?: ProgressState; percent?: number; completedOn?: IsoDate; result?: string } | undefined, field: ProgressField, _ctx: ReportContext): string {
  if (!p) return "";
  switch (field) {
    case "status":
      return p.state ? stateWord(p.state) : "";
    case "percent":
      return p.percent !== undefined ? String(p.percent) : "";
    case "completedOn":
      return p.completedOn ?? "";
    case "result":
      return p.result ?? "";
  }
}
