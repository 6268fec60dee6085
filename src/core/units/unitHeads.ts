// The words that open the name of a unit ("Sở", "UBND", "Phòng", …): a comma, "và" or a mid-line dash
// starts a new unit only when one of them follows. "Sở Kế hoạch và Đầu tư" and "UBND các huyện, thành phố"
// stay whole because "Đầu" and "thành" are no unit head.

import { foldText } from "../text/normalize";

interface UnitHead {
  /** The head as written in documents, NFC. */
  phrase: string;
  /** True when units with this head also exist below the province ("UBND", "Phòng"): they can share a district scope. */
  local: boolean;
  /** True when the head alone names one unit ("Tỉnh đoàn"), so it is never a bare kind like the "ban" of "sở, ban, ngành". */
  complete?: boolean;
}

// Longer heads first where one extends another ("Bộ Chỉ huy" before "Bộ"), so the reported head is the longest.
const HEADS: UnitHead[] = [
  { phrase: "Ủy ban nhân dân", local: true },
  { phrase: "Hội đồng nhân dân", local: true },
  { phrase: "Ủy ban Mặt trận Tổ quốc", local: true },
  { phrase: "Bộ Chỉ huy", local: false },
  { phrase: "Ban Chỉ huy", local: true },
  { phrase: "Bảo hiểm xã hội", local: true, complete: true },
  { phrase: "Tổng công ty", local: false },
  { phrase: "Tổng Liên đoàn", local: false },
  { phrase: "Thông tấn xã", local: false, complete: true },
  { phrase: "Kiểm toán Nhà nước", local: false, complete: true },
  { phrase: "Trung ương Đoàn", local: false, complete: true },
  { phrase: "Viện kiểm sát", local: true },
  { phrase: "Trung tâm", local: true },
  { phrase: "Liên đoàn", local: true },
  { phrase: "Tỉnh đoàn", local: false, complete: true },
  { phrase: "Tỉnh ủy", local: false, complete: true },
  { phrase: "Thành ủy", local: true, complete: true },
  { phrase: "Huyện ủy", local: true, complete: true },
  { phrase: "Huyện đoàn", local: true, complete: true },
  { phrase: "Đảng ủy", local: true },
  { phrase: "Công an", local: true },
  { phrase: "Kho bạc", local: true },
  { phrase: "Ngân hàng", local: false },
  { phrase: "Chi cục", local: true },
  { phrase: "Tổng cục", local: false },
  { phrase: "Học viện", local: false },
  { phrase: "Đại học", local: false },
  { phrase: "Văn phòng", local: true },
  { phrase: "Thanh tra", local: true },
  { phrase: "Mặt trận", local: true },
  { phrase: "Bệnh viện", local: true },
  { phrase: "Công ty", local: false },
  { phrase: "Tòa án", local: true },
  { phrase: "Hội đồng", local: true },
  { phrase: "Ủy ban", local: true },
  // A plural opens a generic group and is never a bare kind: after a comma it always starts a new entry, so
  // "Bộ Tài chính, Bộ Tư pháp, các địa phương" is three and "Sở Văn hóa, …, các sở, ngành, UBND …" keeps
  // "các sở, ngành" as one group ("ngành" is no head).
  { phrase: "Các sở", local: false, complete: true },
  { phrase: "Các bộ", local: false, complete: true },
  { phrase: "Các ban", local: false, complete: true },
  { phrase: "Các ngành", local: false, complete: true },
  { phrase: "Các đơn vị", local: false, complete: true },
  { phrase: "Các cơ quan", local: false, complete: true },
  { phrase: "Các tổ chức", local: false, complete: true },
  { phrase: "Các chuyên gia", local: false, complete: true },
  { phrase: "Các phòng", local: false, complete: true },
  { phrase: "Các trường", local: false, complete: true },
  { phrase: "Các hội", local: false, complete: true },
  { phrase: "Các địa phương", local: false, complete: true },
  // "các tỉnh, thành phố" is one scope: "thành" is no head, so the comma inside it splits nothing.
  { phrase: "Các tỉnh", local: false, complete: true },
  // Enterprises as a group of leads: "Các bộ, ngành, địa phương, doanh nghiệp có dự án" (Nghị quyết 109/NQ-CP,
  // Phụ lục III) is two entries. "doanh nghiệp liên quan" closing a list of kinds is not (NOT_THIRD below).
  { phrase: "Các doanh nghiệp", local: false, complete: true },
  { phrase: "Doanh nghiệp", local: false },
  { phrase: "Sở", local: false },
  { phrase: "Ban", local: true },
  { phrase: "Bộ", local: false },
  { phrase: "UBND", local: true },
  { phrase: "HĐND", local: true },
  { phrase: "UBMTTQ", local: true, complete: true },
  { phrase: "MTTQ", local: true, complete: true },
  { phrase: "BHXH", local: true, complete: true },
  { phrase: "VPCP", local: false, complete: true },
  { phrase: "VTV", local: false, complete: true },
  { phrase: "VOV", local: false, complete: true },
  { phrase: "TTXVN", local: false, complete: true },
  { phrase: "NHNN", local: false, complete: true },
  { phrase: "TTCP", local: false, complete: true },
  { phrase: "LĐLĐ", local: true, complete: true },
  { phrase: "UB", local: true },
  { phrase: "VP", local: true },
  { phrase: "Phòng", local: true },
  { phrase: "Báo", local: false },
  { phrase: "Đài", local: true },
  { phrase: "Trường", local: true },
  { phrase: "Hội", local: true },
  { phrase: "Đoàn", local: true },
  { phrase: "Cục", local: false },
  { phrase: "Viện", local: false },
];

/** A word reduced for comparison: its folded letters and the diacritics it carries. */
interface WordShape {
  folded: string;
  /** The word's combining marks, sorted, plus "đ" for the letter đ; "" for a word typed without diacritics. */
  marks: string;
}

// Every word of every unit cell is compared with every head: remember shapes (a bounded cache of short words).
const shapes = new Map<string, WordShape>();
const SHAPE_CACHE_LIMIT = 50_000;

function shapeOf(word: string): WordShape {
  let shape = shapes.get(word);
  if (shape === undefined) {
    if (shapes.size > SHAPE_CACHE_LIMIT) shapes.clear();
    shape = computeShape(word);
    shapes.set(word, shape);
  }
  return shape;
}

function computeShape(word: string): WordShape {
  const lower = word.normalize("NFC").toLowerCase();
  const marks = [...lower.normalize("NFD").replace(/[^\p{M}]/gu, "")].sort().join("");
  return { folded: foldText(lower), marks: lower.includes("đ") ? `${marks}đ` : marks };
}

/**
 * Case-insensitive; diacritics-insensitive for words typed without any ("UBND va Phong GDDT"), but a word
 * with diacritics must carry the head's own marks, in any order ("Uỷ" = "Ủy"): "số", "bảo", "trưởng", "đại"
 * fold like "Sở", "Báo", "Trường", "Đài" and must not start a unit.
 */
export function sameWord(written: string, expected: string): boolean {
  const w = shapeOf(written);
  const e = shapeOf(expected);
  return w.folded === e.folded && (w.marks === "" || w.marks === e.marks);
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text in order, with their positions; only the first `limit` when given. */
export function wordsOf(text: string, limit = Infinity): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  if (limit <= 0) return out;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ word: m[0], start, end: start + m[0].length });
    if (out.length >= limit) break;
  }
  return out;
}

const HEAD_WORDS = HEADS.map((h) => ({ ...h, words: h.phrase.split(" ") }));
/** Words unitHeadAt looks at: the longest head and the word after it. Looking no further keeps splitting a cell of
 * thousands of units linear (it asks at every separator about the rest of the cell). */
const HEAD_LOOKAHEAD = Math.max(2, ...HEAD_WORDS.map((h) => h.words.length)) + 1;

export interface HeadMatch {
  phrase: string;
  local: boolean;
  /** Nothing but the head before the next comma or the end: the "ban" of "Các sở, ban, ngành". */
  bare: boolean;
}

// Word pairs that open with a head but name a list of kinds or an activity, never one unit:
// "Các sở, ban ngành liên quan", "công tác phòng, chống dịch".
const NOT_HEADS: string[][] = [
  ["ban", "ngành"],
  ["sở", "ngành"],
  ["phòng", "chống"],
  // "… tổng hợp, báo cáo": the word "report", not a newspaper (Nghị quyết 109/NQ-CP, Phụ lục III).
  ["báo", "cáo"],
];

// Heads that a third word turns back into part of a list of kinds: "… tổ chức và doanh nghiệp liên quan".
const NOT_THIRD: string[][] = [["doanh", "nghiệp", "liên"]];

/**
 * The unit head the text starts with (after spaces and bullets), or null.
 * "Sở Tài chính" → Sở; "Phòng GDĐT các huyện" → Phòng; "thành phố" → null.
 */
export function unitHeadAt(text: string): HeadMatch | null {
  const trimmed = text.replace(/^[\s\-+•*–—]+/u, "");
  const words = wordsOf(trimmed, HEAD_LOOKAHEAD);
  const first = words[0];
  if (!first || first.start !== 0) return null;
  const second = words[1];
  if (second && NOT_HEADS.some(([a, b]) => sameWord(first.word, a ?? "") && sameWord(second.word, b ?? "")))
    return null;
  const third = words[2];
  if (third && NOT_THIRD.some((ws) => ws.every((w, i) => sameWord(words[i]?.word ?? "", w)))) return null;
  for (const head of HEAD_WORDS) {
    if (head.words.length > words.length) continue;
    if (head.words.every((w, i) => sameWord(words[i]?.word ?? "", w))) {
      const last = words[head.words.length - 1];
      const next = words[head.words.length];
      const bare =
        head.complete !== true && (!next || /[,;]/.test(trimmed.slice(last?.end ?? 0, next.start)));
      return { phrase: head.phrase, local: head.local, bare };
    }
  }
  return null;
}

/** The heads as written, to recognise a name that is nothing but a head ("UBND", "Công an"). */
export function headPhrases(): string[] {
  return HEADS.map((h) => h.phrase);
}
