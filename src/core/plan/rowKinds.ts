// What a row's number says about its place in the plan, and rows that are no part of the table.
//
// Published appendices number their rows on several levels (I → 1 → 1.1 → a) → -), and a row numbered like a
// task may be the heading of the rows under it: "6. Chuyển đổi số trong giáo dục" with no unit and no time,
// then "6.1", "6.2" each with its own lead (readRows decides, from the rows that follow).
import { matchKey } from "../text/normalize";

const ROMAN = /^[IVXLC]{1,7}$/;
const CAPITAL = /^[A-ZĐ]$/;
const ARABIC = /^\d{1,3}(?:\.\d{1,3}){0,4}$/;
const SMALL_LETTER = /^[a-zđ]$/;
const BULLET = /^[-–—−+•·●○◦▪■]$/;
const TRAILING = /[.):]+$/;

/** Level of a lowercase-letter item ("a)", "b."): below any arabic number. */
export const LETTER_LEVEL = 10;
/** Level of a bullet ("-", "+"): below a lettered item. */
export const BULLET_LEVEL = 11;

/**
 * The depth a row number stands for, smaller is higher: "I", "II.", "A" → 0; "1", "1.", "2)" → 1; "1.1" → 2;
 * "1.2.3" → 3; "a)", "b." → 10; "-", "+" → 11. Null for anything else ("", "(1)", "*", free text).
 */
export function numberLevel(text: string): number | null {
  if (isDigits(text)) return 1; // most TT cells: "12"
  const t = text.trim();
  if (t === "") return null;
  if (BULLET.test(t)) return BULLET_LEVEL;
  const bare = t.replace(TRAILING, "").replace(/^\(/, "");
  if (bare === "") return null;
  if (ROMAN.test(bare) || CAPITAL.test(bare)) return 0;
  if (ARABIC.test(bare)) return bare.split(".").length;
  if (SMALL_LETTER.test(bare)) return LETTER_LEVEL;
  return null;
}

function isDigits(text: string): boolean {
  if (text.length === 0 || text.length > 4) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** "(*)", "(**)" at the start of a footnote under a table. */
const FOOTNOTE_MARK = /^\(\*+\)/;
/** The first letters of "(*)", "Ghi chú", "Lưu ý", "Chú thích", "Chú ý" (NFC or NFD, any case). */
const NOTE_FIRST_CHARS = new Set(["(", "G", "g", "L", "l", "C", "c"]);
/** Words that open a note line, followed by a colon: "Ghi chú:", "Lưu ý:", "Chú thích:". */
const NOTE_WORDS = ["ghi chu", "luu y", "chu thich", "chu y"];

/**
 * A note line written into the table's rows ("Ghi chú: Thời gian hoàn thành là thời hạn trình cấp có thẩm
 * quyền", "(*) Nhiệm vụ chuyển tiếp từ năm 2025"): no task, wherever it stands. The caller makes sure the row
 * has no unit and no time of its own.
 */
export function isNoteText(text: string): boolean {
  const t = text.trimStart();
  if (!NOTE_FIRST_CHARS.has(t.charAt(0))) return false; // most cells: a number or a task's title
  if (FOOTNOTE_MARK.test(t)) return true;
  const colon = t.indexOf(":");
  if (colon < 0 || colon > 16) return false;
  const key = matchKey(t.slice(0, colon));
  return NOTE_WORDS.includes(key);
}
