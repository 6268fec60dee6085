// Reads a "Thời gian hoàn thành" cell into a Timeframe: normalise once, try the parsers in order, first hit wins.
import type { Timeframe, TimeframeContext } from "../model/Timeframe";
import { normalizeTimeframeText } from "./NormalizedText";
import { hasLetter } from "./patterns";
import { timeframeParsers } from "./timeframeParsers";

/**
 * Never throws: what no parser reads becomes `{ kind: "unparsed", reason }` — "empty", "free-text" (words
 * without a date form: "Theo tiến độ của Bộ") or "no-date" (numbers that are not dates: "12.53%", "100").
 * `debug`, when given, receives one line per parser tried and why it declined.
 */
export function parseTimeframe(
  text: string,
  ctx: TimeframeContext = {},
  debug?: (line: string) => void,
): Timeframe {
  const log = (line: string): void => {
    try {
      debug?.(line);
    } catch {
      // A failing debug hook must not change the result.
    }
  };
  let original = typeof text === "string" ? text.trim() : "";
  try {
    const normalized = normalizeTimeframeText(typeof text === "string" ? text : "");
    original = normalized.original;
    log(`input: ${JSON.stringify(normalized.original)}; folded: ${JSON.stringify(normalized.folded)}`);
    if (normalized.original === "") {
      log("empty cell");
      return { kind: "unparsed", text: original, reason: "empty" };
    }
    for (const parser of timeframeParsers) {
      let why = "";
      try {
        const result = parser.extract(normalized, ctx, (reason) => {
          why = reason;
        });
        if (result) {
          log(`${parser.name}: read it → ${describe(result)}`);
          return result;
        }
        log(`${parser.name}: declined — ${why || "not its form"}`);
      } catch (error) {
        log(`${parser.name}: failed — ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const reason = hasLetter(normalized.original) ? "free-text" : "no-date";
    log(`no parser read it → unparsed (${reason})`);
    return { kind: "unparsed", text: original, reason };
  } catch (error) {
    log(`failed — ${error instanceof Error ? error.message : String(error)}`);
    return { kind: "unparsed", text: original, reason: "free-text" };
  }
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
      return `recurring ${tf.period}${tf.month ? ` month ${tf.month}` : ""}${tf.day ? ` day ${tf.day}` : ""}`;
    case "continuous":
      return "continuous";
    case "unparsed":
      return `unparsed (${tf.reason})`;
  }
}
