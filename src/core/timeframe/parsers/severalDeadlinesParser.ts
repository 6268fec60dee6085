// Tháng 6 và tháng 12/2026 | Quý II/2026: dự thảo; Quý IV/2026: ban hành | Tháng 3/2026; tháng 9/2026 | Quý I, quý III/2026
// | - Quý I/2026: dự thảo⏎- Quý IV/2026: ban hành (one item a line, as pasted from Word)
// Several deadlines in one cell: milestones, judged like the seed's "GĐ1: 2025; GĐ2: 2030" (the first one past due
// is overdue, else the next one is judged). Items are split at ";" first, else at "và" and ","; an item without a
// year ("Tháng 6") takes the year of the next item that has one. Each milestone is labelled with its item as written.
// Items on lines count like items split at ";".
import type { Milestone } from "../../model/Timeframe";
import type { NormalizedText } from "../NormalizedText";
import { isYear } from "../patterns";
import { readSinglePeriod } from "../singlePeriod";
import { sliceText, type Span } from "../textSlices";
import type { TimeframeParser } from "../TimeframeParser";

/** Items of a list: at most this many are read. */
const MAX_ITEMS = 12;

function items(folded: string, separator: RegExp): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of folded.matchAll(separator)) {
    if (spans.length >= MAX_ITEMS) break;
    spans.push({ start, end: m.index ?? start });
    start = (m.index ?? start) + m[0].length;
  }
  spans.push({ start, end: folded.length });
  return spans.filter((s) => folded.slice(s.start, s.end).trim() !== "");
}

function lineItems(folded: string, breaks: readonly number[]): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const b of breaks.slice(0, MAX_ITEMS)) {
    spans.push({ start, end: b });
    start = b + 1;
  }
  spans.push({ start, end: folded.length });
  return spans.filter((s) => folded.slice(s.start, s.end).trim() !== "");
}

const TWO_NUMBERS = /\d\D+\d/u;

const LABEL_TRIM = /^[\s,;.:-]+|[\s,;.:-]+$/gu;

function milestonesOf(text: NormalizedText, spans: Span[], every: boolean, ctx: Parameters<TimeframeParser["extract"]>[1]): Milestone[] | null {
  const parts = spans.map((s) => sliceText(text, s.start, s.end));
  const read = parts.map((p) => readSinglePeriod(p, ctx));
  // An item without a year takes the next written year: "Tháng 6 và tháng 12/2026".
  for (let i = 0; i < parts.length; i++) {
    if (read[i]) continue;
    const later = read.slice(i + 1).find((r) => r && r.certain.year);
    const year = later ? Number(later.due.slice(0, 4)) : undefined;
    const part = parts[i];
    if (year !== undefined && isYear(year) && part) read[i] = readSinglePeriod(part, { ...ctx, planYear: year });
  }
  const milestones: Milestone[] = [];
  read.forEach((r, i) => {
    if (r) milestones.push({ label: (parts[i]?.dashed ?? "").replace(LABEL_TRIM, ""), due: r.due, certain: r.certain });
  });
  if (milestones.length < 2 || (every && milestones.length < parts.length)) return null;
  return milestones;
}

export const severalDeadlinesParser: TimeframeParser = {
  name: "severalDeadlines",
  extract(text, ctx, note) {
    const f = text.folded;
    // Two deadlines need two numbers: most cells are settled here, before any splitting.
    if (!TWO_NUMBERS.test(f)) {
      note?.("fewer than two numbers");
      return null;
    }
    // "; " separates items that may carry their own words ("Quý II/2026: dự thảo"): those words are skipped.
    // "và" and "," separate bare periods only: every item must be one.
    const found =
      (f.includes(";") ? milestonesOf(text, items(f, /;/gu), false, ctx) : null) ??
      (text.breaks ? milestonesOf(text, lineItems(f, text.breaks), false, ctx) : null) ??
      milestonesOf(text, items(f, /(?<![\p{L}\p{N}])va(?![\p{L}\p{N}])|,/gu), true, ctx);
    if (!found) {
      note?.("fewer than two items that are each a date or period");
      return null;
    }
    return { kind: "milestones", text: text.original, milestones: found };
  },
};
