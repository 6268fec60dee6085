// The progress columns staff fill in: status, percent done, completion date, result.
import type { CellValue } from "../grid/Grid";
import { excelSerialToIso, isoDate, isValidDate, type IsoDate } from "../date/calendar";
import type { ProgressState } from "../model/Plan";
import { matchKey } from "../text/normalize";
import { isDateFormat } from "./cellText";

/** A progress value as read: the value, nothing (empty cell), or unreadable. */
export type ProgressRead<T> = { ok: true; value: T } | { ok: false } | null;

/** Status words (match keys), longest first where one starts another. */
const STATE_WORDS: readonly [string, ProgressState][] = [
  ["chua thuc hien", "not_started"],
  ["chua trien khai", "not_started"],
  ["chua bat dau", "not_started"],
  // "Chưa hoàn thành" counts, in government reports, everything begun or not that is not done; of the four
  // states in_progress is the one that claims neither "not begun" nor "done".
  ["chua hoan thanh", "in_progress"],
  ["dang thuc hien", "in_progress"],
  ["dang trien khai", "in_progress"],
  ["dang tien hanh", "in_progress"],
  ["da hoan thanh", "done"],
  ["hoan thanh", "done"],
  ["da thuc hien", "done"],
  ["tam dung", "paused"],
  ["tam hoan", "paused"],
  ["tam ngung", "paused"],
];

/** Marks that tick a step done: "x", "X", "✓" (matchKey would drop the tick, so they are read raw). */
const DONE_MARKS: ReadonlySet<string> = new Set(["x", "X", "✓", "✔", "√", "☑"]);

/**
 * The status cell → ProgressState: "Chưa thực hiện" → not_started; "Đang thực hiện", "Đang triển khai" →
 * in_progress; "Đã hoàn thành", "Hoàn thành", "x", "✓", 1, TRUE → done; "Tạm dừng", "Tạm hoãn" → paused;
 * 0 and FALSE → not_started. Words may be followed by more ("Đã hoàn thành đúng hạn", "Đang thực hiện (70%)").
 */
export function readProgressState(value: CellValue, text: string): ProgressRead<ProgressState> {
  if (value === null || text === "") return null;
  if (typeof value === "boolean") return { ok: true, value: value ? "done" : "not_started" };
  if (typeof value === "number") {
    if (value === 1) return { ok: true, value: "done" };
    if (value === 0) return { ok: true, value: "not_started" };
    return { ok: false };
  }
  if (DONE_MARKS.has(text)) return { ok: true, value: "done" };
  const key = matchKey(text);
  for (const [word, state] of STATE_WORDS) {
    if (key === word || (key.startsWith(word) && key.charCodeAt(word.length) === 32)) return { ok: true, value: state };
  }
  return { ok: false };
}

const PERCENT_TEXT = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/;

/**
 * Percent done, 0–100: a number 0–100; a fraction 0–1 in a cell formatted as percent; text "80%", "80 %",
 * "62,5%". Anything else, or out of range, is unreadable.
 */
export function readPercent(value: CellValue, format: string | null, text: string): ProgressRead<number> {
  if (value === null || text === "") return null;
  let percent: number;
  if (typeof value === "number") {
    percent = format && format.includes("%") ? value * 100 : value;
  } else if (typeof value === "string") {
    const m = PERCENT_TEXT.exec(text);
    if (!m || !m[1]) return { ok: false };
    percent = Number(m[1].replace(",", "."));
  } else {
    return { ok: false };
  }
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) return { ok: false };
  return { ok: true, value: Math.round(percent * 100) / 100 };
}

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/;
/** Excel serials of 1955..2119: a bare number in a date column is a date whose format was lost. */
const PLAUSIBLE_SERIAL = { min: 20000, max: 80000 };

/** The completion date: a date cell, or day/month/year text ("15/12/2025", "15.12.2025", "15-12-25"). */
export function readCompletedOn(
  value: CellValue,
  format: string | null,
  text: string,
  date1904: boolean,
): ProgressRead<IsoDate> {
  if (value === null || text === "") return null;
  if (typeof value === "number") {
    const plausible = isDateFormat(format) || (value >= PLAUSIBLE_SERIAL.min && value <= PLAUSIBLE_SERIAL.max);
    const iso = plausible ? excelSerialToIso(value, date1904) : null;
    return iso ? { ok: true, value: iso } : { ok: false };
  }
  if (typeof value !== "string") return { ok: false };
  const m = DMY.exec(text);
  if (!m || !m[1] || !m[2] || !m[3]) return { ok: false };
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return isValidDate(year, month, day) ? { ok: true, value: isoDate(year, month, day) } : { ok: false };
}
