// Parts of a normalised cell for the parsers: a slice ("Quý I/2026" out of "Từ quý I/2026 đến quý IV/2028") and a
// copy with some spans blanked out (a bracketed clause, an event clause), lengths kept so indices still line up.
import type { NormalizedText } from "./NormalizedText";

export interface Span {
  start: number;
  end: number;
}

/** The text between two indices of `dashed` / `folded`; `original` becomes that slice of `dashed`. */
export function sliceText(text: NormalizedText, start: number, end: number): NormalizedText {
  // Trimmed the same on both views (folding keeps spaces where they are), so they stay aligned.
  const folded = text.folded.slice(start, end);
  const lead = folded.length - folded.trimStart().length;
  const trail = folded.length - folded.trimEnd().length;
  const from = start + lead;
  const dashed = text.dashed.slice(from, Math.max(from, end - trail));
  const breaks = text.breaks?.filter((b) => b >= from && b < from + dashed.length).map((b) => b - from);
  return breaks && breaks.length > 0 ? { original: dashed, dashed, folded: folded.trim(), breaks } : { original: dashed, dashed, folded: folded.trim() };
}

/** `text` with every span replaced by spaces in `dashed` and `folded`; `original` is kept as written. */
export function maskText(text: NormalizedText, spans: readonly Span[]): NormalizedText {
  if (spans.length === 0) return text;
  const blank = (s: string): string => {
    let out = "";
    let at = 0;
    for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
      const from = Math.max(start, at);
      if (end <= from) continue;
      out += s.slice(at, from) + " ".repeat(end - from);
      at = end;
    }
    return out + s.slice(at);
  };
  const masked: NormalizedText = { original: text.original, dashed: blank(text.dashed), folded: blank(text.folded) };
  if (text.breaks) masked.breaks = text.breaks;
  return masked;
}

/** The bracketed parts "( … )" and "[ … ]", outermost only; an unclosed bracket runs to the end. */
export function bracketSpans(folded: string): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i];
    if (c === "(" || c === "[") {
      if (depth === 0) start = i;
      depth++;
    } else if ((c === ")" || c === "]") && depth > 0) {
      depth--;
      if (depth === 0) spans.push({ start, end: i + 1 });
    }
  }
  if (depth > 0) spans.push({ start, end: folded.length });
  return spans;
}
