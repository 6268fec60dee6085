// Regular-expression pieces and small readers shared by the parsers. Every pattern runs on
// NormalizedText.folded (lower case, no diacritics, dashes as "-"), with the `u` flag: JS `\b` only knows
// ASCII, so word edges are Unicode-aware look-arounds.

/** Not preceded by a letter or digit. */
export const WORD_START = "(?<![\\p{L}\\p{N}])";
/** Not followed by a letter or digit. */
export const WORD_END = "(?![\\p{L}\\p{N}])";
/** Four digits not followed by more digits, a decimal part ("2026.5"), a percent sign or a code ("2030/QĐ"). */
export const YEAR_AFTER = "(\\d{4})(?![\\p{N}%]|[.,/]\\d)";
/** A four-digit number standing alone: also not the tail of a date or a number ("30/6/2026", "12.2026"). */
export const YEAR = `(?<![\\p{N}.,/])${YEAR_AFTER}`;
/** A dash between two years, with any spacing or doubling ("2016-–2025" is "2016-2025" once dashes are unified). */
export const RANGE_JOINER = "\\s*(?:-[\\s-]*|(?:den|toi)\\s+(?:nam\\s+)?)";
/** "2023 - 2025", "2016-2025", "2023 đến năm 2025". */
export const YEAR_RANGE = `${YEAR}${RANGE_JOINER}${YEAR_AFTER}`;

export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

/** Plans of this field are dated 1990–2100; a four-digit number outside is a count or a code, not a year. */
export function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX;
}

/** A fresh global Unicode regex (fresh, so that `lastIndex` is never shared between calls). */
export function pattern(source: string, flags = "gu"): RegExp {
  return new RegExp(source, flags);
}

// Compiled patterns, by source: every cell runs the same few dozen. Sharing them is safe: `exec` on a pattern
// without the g or y flag keeps no state, and matchAll works on its own copy of a global pattern.
const COMPILED = new Map<string, RegExp>();
const COMPILED_GLOBAL = new Map<string, RegExp>();
/** Sources built per call ("…(?:hang nam)…") could fill the cache without end; past this many it starts over. */
const COMPILED_LIMIT = 500;

function compiled(cache: Map<string, RegExp>, source: string, flags: string): RegExp {
  let re = cache.get(source);
  if (!re) {
    if (cache.size >= COMPILED_LIMIT) cache.clear();
    re = new RegExp(source, flags);
    cache.set(source, re);
  }
  return re;
}

/** First match of `source` in `text`, or null. */
export function firstMatch(source: string, text: string): RegExpExecArray | null {
  return compiled(COMPILED, source, "u").exec(text);
}

/** All matches of `source` in `text`. */
export function allMatches(source: string, text: string): RegExpExecArray[] {
  return Array.from(text.matchAll(compiled(COMPILED_GLOBAL, source, "gu")));
}

/** "i", "ii", "iii", "iv" (folded Roman) or "1"–"4" → 1–4; anything else → null. */
export function quarterNumber(token: string): number | null {
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
  const n = roman[token] ?? Number(token);
  return Number.isInteger(n) && n >= 1 && n <= 4 ? n : null;
}

/** Quarter token after "quý"/"Q": Roman I–IV or a digit 1–4. */
export const QUARTER_TOKEN = "(iv|i{1,3}|[1-4])";

/**
 * True when the words just before `index` say "by" rather than "during": "đến năm 2030", "phấn đấu đến năm
 * 2025", "trước tháng 6/2026", "đến hết năm 2025", "hạn: 2026". Such a deadline states no start.
 */
export function hasByPrefix(folded: string, index: number): boolean {
  const before = folded.slice(0, index);
  return /(?<![\p{L}\p{N}])(?:den|truoc|toi|cham nhat|han|han chot)(?:\s+het)?[\s:]*$/u.test(before);
}

/**
 * True when the word just before `index` is "trước" (before): "Trước năm 2025", "trước quý II/2026". A period
 * after "trước" is read literally, as the plan that wrote it does: Nghị quyết 175/NQ-CP sets one part of a task
 * "hoàn thành trong năm 2025" and the next "hoàn thành trước năm 2025", so "trước năm 2025" ends with 2024. The
 * deadline is the day before the period begins; "trước ngày 30/6" (a date) keeps its date.
 */
export function hasBeforePrefix(folded: string, index: number): boolean {
  return /(?<![\p{L}\p{N}])truoc[\s:]*$/u.test(folded.slice(0, index)) || /^truoc[\s:]/u.test(folded.slice(index));
}

/** Whether the text has a letter: decides "free-text" against "no-date" for a cell no parser reads. */
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}
