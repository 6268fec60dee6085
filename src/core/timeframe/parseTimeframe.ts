// Reads a "Thời gian hoàn thành" cell into a Timeframe: normalise once, try the parsers in order, first hit wins.
//
// Clauses around the main form (issue 7 §1), in three passes over the same ordered list of parsers:
// 1. The cell with its bracketed parts and its event clause blanked out: "Quý III/2026 (căn cứ … giai đoạn 2026 -
//    2030)" is Quý III/2026, "Tháng 12/2025 (sau khi Nghị định được ban hành)" is Tháng 12/2025, "Quý IV/2026, sau khi
//    Luật được thông qua" is Quý IV/2026. The main form outside the brackets wins.
// 2. Only when nothing dated is written outside the brackets and something is inside: the cell with its brackets
//    back ("Hằng năm (trước ngày 15/12)", "Sau khi Đề án được phê duyệt (dự kiến Quý II/2026)").
// 3. The event itself ("Sau khi Nghị định được ban hành", "Theo tiến độ của Bộ", "Khi có yêu cầu") when no date
//    was read: kind "event", never "unparsed".
// The result carries the column's `role` when the context gives its header (timeframeRole.ts).
import type { Timeframe, TimeframeContext } from "../model/Timeframe";
import { normalizeTimeframeText, type NormalizedText } from "./NormalizedText";
import { hasLetter } from "./patterns";
import { eventTimeframe, findEventClause } from "./parsers/eventParser";
import { bracketSpans, maskText, type Span } from "./textSlices";
import { timeframeParsers } from "./timeframeParsers";
import { timeframeRole } from "./timeframeRole";

/**
 * Characters of a cell the parsers look at. A deadline is written in a few words; a cell holding a pasted page
 * is read from its first paragraph or two, so no cell costs more than this however long it is (the text kept in
 * the result is the whole cell).
 */
export const MAX_ANALYSED_CHARS = 2000;

/**
 * Never throws: what no parser reads becomes `{ kind: "unparsed", reason }` — "empty", "free-text" (words
 * without a date form: "Chưa rõ") or "no-date" (numbers that are not dates: "12.53%", "100").
 * `debug`, when given, receives one line per parser tried and why it declined.
 */
export function parseTimeframe(
  text: string,
  ctx: TimeframeContext = {},
  debug?: (line: string) => void,
): Timeframe {
  const result = parseWithoutRole(text, ctx, debug);
  if (ctx.header !== undefined) result.role = timeframeRole(ctx.header);
  return result;
}

function parseWithoutRole(text: string, ctx: TimeframeContext, debug?: (line: string) => void): Timeframe {
  // Without a debug hook no line is built: a large plan parses thousands of cells.
  const log = debug
    ? (line: string): void => {
        try {
          debug(line);
        } catch {
          // A failing debug hook must not change the result.
        }
      }
    : undefined;
  let original = typeof text === "string" ? text.trim() : "";
  try {
    const whole = normalizeTimeframeText(typeof text === "string" ? text : "");
    original = whole.original;
    const normalized = analysedPart(whole);
    log?.(`input: ${JSON.stringify(normalized.original)}; folded: ${JSON.stringify(normalized.folded)}`);
    if (normalized.original === "") {
      log?.("empty cell");
      return { kind: "unparsed", text: original, reason: "empty" };
    }
    const event = findEventClause(normalized.folded);
    const brackets = bracketSpans(normalized.folded);
    const eventSpans: Span[] = event ? [event] : [];
    const outside = maskText(normalized, [...brackets, ...eventSpans]);
    if (outside !== normalized) log?.(`outside brackets and event clauses: ${JSON.stringify(outside.folded)}`);
    const first = runParsers(outside, ctx, log);
    const datedInside = brackets.some((b) => /\d/u.test(normalized.folded.slice(b.start, b.end)));
    if (first && first.kind !== "unparsed" && (!datedInside || /\d/u.test(outside.folded))) return first;
    if (datedInside) {
      log?.("nothing dated outside the brackets: reading them too");
      const withBrackets = runParsers(maskText(normalized, eventSpans), ctx, log);
      if (withBrackets && withBrackets.kind !== "unparsed") return withBrackets;
    }
    if (event) {
      const tf = eventTimeframe(normalized, event);
      log?.(`event (${tf.relation}): ${JSON.stringify(tf.trigger)}`);
      return tf;
    }
    if (first) return first;
    const reason = hasLetter(normalized.original) ? "free-text" : "no-date";
    log?.(`no parser read it → unparsed (${reason})`);
    return { kind: "unparsed", text: original, reason };
  } catch (error) {
    log?.(`failed — ${error instanceof Error ? error.message : String(error)}`);
    return { kind: "unparsed", text: original, reason: "free-text" };
  }
}

/** The part of the cell the parsers read (MAX_ANALYSED_CHARS); `original` stays the whole cell. */
function analysedPart(text: NormalizedText): NormalizedText {
  if (text.dashed.length <= MAX_ANALYSED_CHARS) return text;
  return { original: text.original, dashed: text.dashed.slice(0, MAX_ANALYSED_CHARS), folded: text.folded.slice(0, MAX_ANALYSED_CHARS) };
}

/** The first parser's result, with the cell's text; null when none reads it. */
function runParsers(normalized: NormalizedText, ctx: TimeframeContext, log?: (line: string) => void): Timeframe | null {
  for (const parser of timeframeParsers) {
    let why = "";
    try {
      const result = log
        ? parser.extract(normalized, ctx, (reason) => {
            why = reason;
          })
        : parser.extract(normalized, ctx);
      if (result) {
        log?.(`${parser.name}: read it → ${describe(result)}`);
        return result;
      }
      log?.(`${parser.name}: declined — ${why || "not its form"}`);
    } catch (error) {
      log?.(`${parser.name}: failed — ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return null;
}

function describe(tf: Timeframe): string {
  switch (tf.kind) {
    case "deadline":
      return `deadline ${tf.start ? `${tf.start} … ` : ""}${tf.due}`;
    case "range":
      return `range ${tf.start} … ${tf.due}`;
    case "milestones":
      return `milestones ${tf.milestones.map((m) => `${m.label} ${m.due}`).join(", ")}`;
    case "recurring":
      return `recurring ${tf.period}${tf.month ? ` month ${tf.month}` : ""}${tf.day ? ` day ${tf.day}` : ""}${tf.firstYear ? ` from ${tf.firstYear}` : ""}`;
    case "continuous":
      return tf.start === undefined ? "continuous" : `continuous from ${tf.start}`;
    case "event":
      return `event (${tf.relation}: ${tf.trigger})`;
    case "unparsed":
      return `unparsed (${tf.reason})`;
  }
}
