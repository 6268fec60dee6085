// Compares what the engine read from a corpus workbook with the hand-written answer key, field by field.
import type { Analysis } from "../../src/core/engine";
import type { Task } from "../../src/core/model/Plan";
import type { UnitRef } from "../../src/core/model/Unit";
import { matchKey } from "../../src/core/text/normalize";
import type { CorpusKey, KeyTask, KeyUnit } from "../../scripts/corpus/CorpusSource";

export const FIELDS = ["number", "title", "section", "lead", "kind", "due", "status"] as const;
export type Field = (typeof FIELDS)[number] | "task";

export interface Mismatch {
  file: string;
  row: number;
  field: Field;
  expected: string;
  got: string;
}

export interface FileScore {
  file: string;
  fields: number;
  right: number;
  mismatches: Mismatch[];
}

/** "1." → "1", "I." → "I", "a)" → "a": the number as a reader should keep it, whatever the punctuation after it. */
function bareNumber(text: string | undefined): string {
  return (text ?? "")
    .normalize("NFC")
    .trim()
    .replace(/[.)]+$/u, "")
    .trim();
}

/** The unit's canonical name when the directory knows it, else its name as written. */
function unitName(ref: UnitRef, analysis: Analysis): string {
  const known = ref.unitId ? analysis.directory.units.find((u) => u.id === ref.unitId) : undefined;
  return known?.name ?? ref.name;
}

function accepted(unit: KeyUnit): string[] {
  return (typeof unit === "string" ? [unit] : unit).map(matchKey);
}

/** Right when every expected unit matches a distinct unit read, and nothing else was read. */
function leadsMatch(expected: KeyUnit[], got: string[]): boolean {
  if (expected.length !== got.length) return false;
  const left = got.map(matchKey);
  for (const unit of expected) {
    const forms = accepted(unit);
    const at = left.findIndex((name) => forms.includes(name));
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "(none)";
  return Array.isArray(value) ? value.map(show).join(" | ") : String(value).replace(/\n/g, "⏎");
}

/** Scores one file: seven fields per task in the key; a task the key does not list costs one field. */
export function scoreFile(file: string, key: CorpusKey, analysis: Analysis): FileScore {
  const tasks = analysis.plan?.tasks ?? [];
  const byRow = new Map<number, Task>(tasks.map((t) => [t.row, t]));
  const statusOf = new Map(analysis.statuses.map((s) => [s.taskId, s]));
  const mismatches: Mismatch[] = [];
  let fields = 0;
  let right = 0;
  const check = (row: number, field: Field, ok: boolean, expected: unknown, got: unknown): void => {
    fields++;
    if (ok) right++;
    else mismatches.push({ file, row, field, expected: show(expected), got: show(got) });
  };

  const keyed = new Set<number>();
  for (const want of key.tasks) {
    keyed.add(want.row);
    const task = byRow.get(want.row);
    if (!task) {
      for (const field of FIELDS)
        check(want.row, field, false, expectedOf(want, field), "(no task on this row)");
      continue;
    }
    const status = statusOf.get(task.id);
    const leads = task.lead.map((ref) => unitName(ref, analysis));
    check(want.row, "number", bareNumber(task.number) === want.number, want.number, task.number);
    check(
      want.row,
      "title",
      matchKey(task.title).startsWith(matchKey(want.title)),
      want.title,
      task.title.slice(0, 60),
    );
    check(
      want.row,
      "section",
      bareNumber(task.section?.number) === want.section,
      want.section,
      task.section?.number,
    );
    check(
      want.row,
      "lead",
      leadsMatch(want.lead, leads),
      want.lead.map((u) => (typeof u === "string" ? u : u[0])),
      leads,
    );
    check(want.row, "kind", task.timeframe.kind === want.kind, want.kind, task.timeframe.kind);
    check(want.row, "due", (status?.due ?? null) === want.due, want.due, status?.due);
    check(want.row, "status", status?.code === want.status, want.status, status?.code);
  }
  for (const task of tasks) {
    if (!keyed.has(task.row))
      check(task.row, "task", false, "(not a task)", `task "${task.title.slice(0, 50)}"`);
  }
  return { file, fields, right, mismatches };
}

function expectedOf(want: KeyTask, field: (typeof FIELDS)[number]): unknown {
  if (field === "lead") return want.lead.map((u) => (typeof u === "string" ? u : u[0]));
  return want[field];
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

export function share(score: { fields: number; right: number }): number {
  return score.fields === 0 ? 0 : score.right / score.fields;
}

/** The per-file table, the overall line and every mismatch, as plain text. */
export function formatReport(scores: FileScore[]): string {
  const total = scores.reduce((sum, s) => ({ fields: sum.fields + s.fields, right: sum.right + s.right }), {
    fields: 0,
    right: 0,
  });
  const nameWidth = Math.max(7, ...scores.map((s) => s.file.length));
  const line = (file: string, fields: string, right: string, pct: string): string =>
    `${pad(file, nameWidth)}  ${pad(fields, 6, true)}  ${pad(right, 6, true)}  ${pad(pct, 7, true)}`;
  // Rounded down to the shown digits, so a file with a field wrong never prints as 100.0%.
  const percent = (s: { fields: number; right: number }): string => `${(Math.floor(share(s) * 10_000) / 100).toFixed(2)}%`;
  const lines = [line("file", "fields", "right", "share")];
  for (const s of scores) lines.push(line(s.file, String(s.fields), String(s.right), percent(s)));
  lines.push(line("overall", String(total.fields), String(total.right), percent(total)));
  const all = scores.flatMap((s) => s.mismatches);
  const byField = new Map<Field, number>();
  for (const m of all) byField.set(m.field, (byField.get(m.field) ?? 0) + 1);
  const counts = [...byField].sort((a, b) => b[1] - a[1]).map(([field, n]) => `${field} ${n}`);
  lines.push(
    "",
    all.length === 0
      ? "No mismatches."
      : `${all.length} mismatches (${counts.join(", ")}); file, row, field: expected → got:`,
  );
  for (const m of all) lines.push(`${m.file}  row ${m.row}  ${m.field}: ${m.expected} → ${m.got}`);
  return lines.join("\n");
}
