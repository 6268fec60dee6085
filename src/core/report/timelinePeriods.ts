// The timeline's columns: one per year of the programme (2023 … 2030), or one per quarter when the plan spans one
// or two years, where yearly columns would put every task in the same one or two cells.
import { isoDate, monthOf, yearOf, type IsoDate } from "../date/calendar";
import type { Plan } from "../model/Plan";
import type { Settings } from "../model/Status";

export interface TimelinePeriods {
  unit: "year" | "quarter";
  firstYear: number;
  lastYear: number;
  /** Column count. */
  count: number;
}

/** A derived span longer than this (a typo like "2203") is cut to this many years from its start. */
const MAX_YEARS = 40;

function yearsMentioned(plan: Plan): number[] {
  const years: number[] = [];
  for (const t of plan.tasks) {
    const tf = t.timeframe;
    switch (tf.kind) {
      case "deadline":
        years.push(yearOf(tf.due));
        if (tf.start !== undefined) years.push(yearOf(tf.start));
        break;
      case "range":
        years.push(yearOf(tf.start), yearOf(tf.due));
        break;
      case "milestones":
        for (const m of tf.milestones) years.push(yearOf(m.due));
        break;
      case "recurring":
        if (tf.firstYear !== undefined) years.push(tf.firstYear);
        if (tf.lastYear !== undefined) years.push(tf.lastYear);
        break;
      case "continuous":
        if (tf.start !== undefined) years.push(yearOf(tf.start));
        break;
      case "event":
      case "unparsed":
        break;
    }
  }
  return years.filter((y) => Number.isInteger(y) && y >= 1900 && y <= 2200);
}

export function timelinePeriods(plan: Plan, settings: Settings): TimelinePeriods {
  const stated = settings.programPeriod ?? plan.programPeriod;
  let firstYear: number;
  let lastYear: number;
  if (stated && stated.end >= stated.start) {
    firstYear = stated.start;
    lastYear = stated.end;
  } else {
    const years = [...yearsMentioned(plan), yearOf(settings.reportDate)];
    firstYear = Math.min(...years);
    lastYear = Math.min(Math.max(...years), firstYear + MAX_YEARS - 1);
  }
  const span = lastYear - firstYear + 1;
  const unit = span <= 2 ? "quarter" : "year";
  return { unit, firstYear, lastYear, count: unit === "quarter" ? span * 4 : span };
}

/** Index of the column holding `date`, which may lie outside 0 … count−1. */
export function periodIndex(p: TimelinePeriods, date: IsoDate): number {
  const y = yearOf(date) - p.firstYear;
  return p.unit === "year" ? y : y * 4 + Math.floor((monthOf(date) - 1) / 3);
}

/** Index of the column holding a month of a year. */
export function monthIndex(p: TimelinePeriods, year: number, month: number): number {
  return periodIndex(p, isoDate(year, month, 1));
}
