// The figures every report sheet shares: counts per status in the government categories, and per lead unit.
import type { StatusCode } from "../model/Status";
import type { TaskView } from "./TaskView";
import type { UnitIdentity, UnitNamer } from "./UnitNamer";

export interface StatusCounts {
  byCode: Record<StatusCode, number>;
  total: number;
  /** done_on_time + done_late + done. */
  done: number;
  /** Not done: in progress within the deadline, or overdue. */
  inProgress: number;
  /** done / total (0 when there are no tasks). */
  completedShare: number;
}

export const DONE_CODES: ReadonlySet<StatusCode> = new Set(["done_on_time", "done_late", "done"]);

export function emptyByCode(): Record<StatusCode, number> {
  return {
    done_on_time: 0,
    done_late: 0,
    done: 0,
    in_progress: 0,
    due_soon: 0,
    overdue: 0,
    not_started_yet: 0,
    ongoing: 0,
    paused: 0,
    unknown: 0,
  };
}

export function countStatuses(views: TaskView[]): StatusCounts {
  const byCode = emptyByCode();
  for (const v of views) byCode[v.status.code] += 1;
  const total = views.length;
  const done = byCode.done_on_time + byCode.done_late + byCode.done;
  return {
    byCode,
    total,
    done,
    inProgress: byCode.in_progress + byCode.overdue,
    completedShare: total === 0 ? 0 : done / total,
  };
}

export interface UnitSummary {
  unit: UnitIdentity;
  led: number;
  done: number;
  /** In progress within the deadline, including due soon. */
  inProgress: number;
  overdue: number;
  /** Not yet due, ongoing, paused, unknown. */
  other: number;
  /** Tasks it coordinates without leading them. */
  coordinating: number;
}

/**
 * One row per unit that leads or coordinates a task: leading units first (most tasks first), then units that
 * only coordinate (most first); ties keep the plan's order.
 */
export function summarizeUnits(views: TaskView[], units: UnitNamer): UnitSummary[] {
  const rows = new Map<string, UnitSummary & { order: number }>();
  const row = (unit: UnitIdentity) => {
    let r = rows.get(unit.key);
    if (!r) {
      r = { unit, led: 0, done: 0, inProgress: 0, overdue: 0, other: 0, coordinating: 0, order: rows.size };
      rows.set(unit.key, r);
    }
    return r;
  };
  for (const { task, status, leads } of views) {
    const code = status.code;
    for (const u of leads) {
      const r = row(u);
      r.led += 1;
      if (DONE_CODES.has(code)) r.done += 1;
      else if (code === "in_progress" || code === "due_soon") r.inProgress += 1;
      else if (code === "overdue") r.overdue += 1;
      else r.other += 1;
    }
    // A task's lead and coordinating lists are short (one to a dozen units): arrays beat sets here.
    const counted: string[] = [];
    for (const ref of task.coordinating) {
      const u = units.identify(ref);
      if (!u || leads.some((l) => l.key === u.key) || counted.includes(u.key)) continue;
      counted.push(u.key);
      row(u).coordinating += 1;
    }
  }
  return [...rows.values()]
    .sort((a, b) => {
      const aLeads = a.led > 0 ? 1 : 0;
      const bLeads = b.led > 0 ? 1 : 0;
      return bLeads - aLeads || b.led - a.led || b.coordinating - a.coordinating || a.order - b.order;
    })
    .map(({ order: _order, ...summary }) => summary);
}
