// Comparison forms of a unit's name, from strict to loose:
//   strictForm   the name as written, with spaces and dashes unified: "Sở Lao động - Thương binh và Xã hội"
//   strictExpand strictForm with the accepted abbreviations written out: "Sở GD&ĐT" → "Sở Giáo dục và Đào tạo"
//                (case-sensitive, so "Sở GDĐT" is accepted while "Sở Tư Pháp" is not "Sở Tư pháp")
//   fuzzyKey     lower case, no diacritics, no punctuation, no "và", abbreviations written out:
//                "Sở Kế hoạch Đầu tư", "Sở Kế hoạch đầu tư", "Sở KH&ĐT" → "so ke hoach dau tu"
// Two names with equal strictExpand are the same unit written in accepted forms; equal fuzzyKey only, a
// spelling variant worth flagging.

import { cleanText, matchKey, normalizeDashes } from "../text/normalize";
import { headPhrases } from "./unitHeads";

/** Accepted abbreviations inside unit names, with the words they stand for (domain.md, "Responsible units"). */
const ABBREVIATIONS: { full: string; forms: string[] }[] = [
  { full: "Giáo dục và Đào tạo", forms: ["GDĐT", "GD&ĐT", "GD-ĐT", "GD và ĐT"] },
  { full: "Ủy ban nhân dân", forms: ["UBND"] },
  { full: "Hội đồng nhân dân", forms: ["HĐND"] },
  { full: "Kế hoạch và Đầu tư", forms: ["KH&ĐT", "KHĐT", "KH-ĐT"] },
  { full: "Lao động – Thương binh và Xã hội", forms: ["LĐTB&XH", "LĐ-TB&XH", "LĐTBXH", "LĐ-TBXH"] },
  { full: "Nông nghiệp và Phát triển nông thôn", forms: ["NN&PTNT", "NNPTNT", "NN-PTNT"] },
  { full: "Nông nghiệp và Môi trường", forms: ["NN&MT", "NNMT"] },
  { full: "Tài nguyên và Môi trường", forms: ["TN&MT", "TNMT"] },
  { full: "Thông tin và Truyền thông", forms: ["TT&TT", "TTTT"] },
  { full: "Khoa học và Công nghệ", forms: ["KH&CN", "KHCN"] },
  { full: "Văn hóa, Thể thao và Du lịch", forms: ["VHTTDL", "VH-TT&DL", "VHTT&DL"] },
  { full: "Dân tộc và Tôn giáo", forms: ["DT&TG", "DTTG"] },
  { full: "Giao thông vận tải", forms: ["GTVT"] },
  { full: "Phát thanh và Truyền hình", forms: ["PT-TH", "PTTH", "PT&TH"] },
  { full: "Văn hóa – Xã hội", forms: ["VH-XH", "VHXH"] },
  { full: "Mặt trận Tổ quốc", forms: ["MTTQ"] },
  { full: "Bảo hiểm xã hội", forms: ["BHXH"] },
];

/**
 * Old and new tone placement are both in use: "Uỷ ban" / "Ủy ban", "Văn hoá" / "Văn hóa", "Khánh Hoà" / "Khánh Hòa".
 * The mark moves to the first vowel of an open "oa", "oe", "uy" (not "quý", whose "u" belongs to "qu").
 */
export function normalizeTonePlacement(text: string): string {
  return text
    .normalize("NFD")
    .replace(/(?<![qQ])([oO])([aAeE])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, "$1$3$2")
    .replace(/(?<![qQ])([uU])([yY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, "$1$3$2")
    .normalize("NFC");
}

/** Spaces, dashes, "&" and tone placement unified; trailing punctuation dropped. NFC. */
export function strictForm(name: string): string {
  return normalizeDashes(normalizeTonePlacement(cleanText(name)).replace(/\n+/g, " "))
    .replace(/\s*-\s*/g, " - ")
    .replace(/\s*&\s*/g, "&")
    .replace(/\s+/g, " ")
    .replace(/[\s.,;:]+$/u, "")
    .trim();
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const STRICT_RULES: { pattern: RegExp; full: string }[] = ABBREVIATIONS.flatMap(({ full, forms }) =>
  forms.map((form) => ({ form: strictForm(form), full: strictForm(full) })),
)
  .sort((a, b) => b.form.length - a.form.length)
  .map(({ form, full }) => ({
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, "gu"),
    full,
  }));

// Every analysis copies the default directory and indexes it afresh: the same few hundred names go through the
// same ~50 rewrites each time. Both keys are pure functions of the text, so they are remembered (bounded).
const MEMO_LIMIT = 10_000;
const expandMemo = new Map<string, string>();
const fuzzyMemo = new Map<string, string>();

function remember(memo: Map<string, string>, key: string, value: string): string {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/** strictForm with accepted abbreviations written out. */
export function strictExpand(name: string): string {
  const known = expandMemo.get(name);
  if (known !== undefined) return known;
  let s = strictForm(name);
  for (const { pattern, full } of STRICT_RULES) s = s.replace(pattern, full);
  return remember(expandMemo, name, s);
}

function keyTokens(text: string): string[] {
  return matchKey(text)
    .split(" ")
    .filter((t) => t !== "" && t !== "va");
}

// Token-sequence rewrites for the fuzzy key, longest first: ["gd", "dt"] → ["giao", "duc", "dao", "tao"].
const FUZZY_RULES: { from: string[]; to: string[] }[] = [
  ...ABBREVIATIONS.flatMap(({ full, forms }) =>
    forms.map((form) => ({ from: keyTokens(form), to: keyTokens(full) })),
  ),
  { from: ["ub"], to: keyTokens("Ủy ban") },
]
  .filter((rule) => rule.from.join(" ") !== rule.to.join(" "))
  .sort((a, b) => b.from.length - a.from.length);

function expandTokens(tokens: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const rule = FUZZY_RULES.find((r) => r.from.every((t, k) => tokens[i + k] === t));
    if (rule) {
      out.push(...rule.to);
      i += rule.from.length;
    } else {
      out.push(tokens[i] ?? "");
      i += 1;
    }
  }
  return out;
}

/** Lower case, no diacritics or punctuation, no "và", abbreviations written out. */
export function fuzzyKey(name: string): string {
  const known = fuzzyMemo.get(name);
  if (known !== undefined) return known;
  return remember(fuzzyMemo, name, expandTokens(keyTokens(name)).join(" "));
}

const BARE_HEAD_KEYS = new Set(headPhrases().map((h) => fuzzyKey(h)));

/**
 * The plan is Ninh Thuận's, and its cells name provincial bodies with or without "tỉnh" / "tỉnh Ninh Thuận"
 * ("Ban dân tộc tỉnh", "Sở Tài chính"): the qualifier is dropped from a fuzzy key, unless only a bare head
 * would remain ("UBND tỉnh" is not "UBND"). Other provinces' names are kept: "Báo Khánh Hòa" is no "Báo Ninh Thuận".
 */
export function withoutProvince(key: string): string | null {
  const m = / tinh(?: ninh thuan)?$/.exec(key);
  if (!m) return null;
  const rest = key.slice(0, m.index);
  return rest === "" || BARE_HEAD_KEYS.has(rest) ? null : rest;
}

/** The same for a strict form: "Sở Tài chính tỉnh Ninh Thuận" → "Sở Tài chính". */
export function strictWithoutProvince(form: string): string | null {
  const m = / tỉnh(?: Ninh Thuận)?$/u.exec(form);
  if (!m) return null;
  const rest = form.slice(0, m.index);
  return rest === "" || BARE_HEAD_KEYS.has(fuzzyKey(rest)) ? null : rest;
}
