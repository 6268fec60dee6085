// Splits a lead ("Đơn vị chủ trì") or coordinating ("Đơn vị phối hợp") cell into the units it names.
//
// What separates units, from the seed and the plans like it:
//   newlines, ";" and "•"                     "- Ban dân tộc tỉnh; Sở Tài chính;\n\n- Phòng GDĐT các huyện, thành phố;"
//   "- " / "+ " bullets                       at the start of a paragraph, or mid-line before a unit head
//   "/" before a unit head                    "UBND địa phương/Sở Du lịch"
//   "," before a unit head                    "Sở Kế hoạch và Đầu tư, Sở Tài chính"
//   "và" / "&" before a unit head             "UBND và Phòng GDĐT các huyện, thành phố" (the scope is shared)
// What does not:
//   "," inside a scope or a phrase            "UBND các huyện, thành phố", "Các tổ chức, cá nhân liên quan"
//   "và" inside a name                        "Sở Kế hoạch và Đầu tư", "Sở Lao động – Thương binh và Xã hội"
//   anything inside brackets                  "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính)"
//   "," inside a directory name               "Bộ Văn hóa, Thể thao và Du lịch" (with the directory given)
// Lists as officials write them:
//   a shared head                             "Các Sở: Tài chính, Nội vụ, Y tế" → three units (sharedHead.ts)
//   a generic group after named units         "Bộ Tài chính, Bộ Tư pháp, các địa phương" → three; "các tỉnh,
//                                             thành phố" and "các sở, ngành" stay one group each
//   a qualifier after the name                "Sở Tài chính đối với cấp tỉnh", "Công an tỉnh (cơ quan thường
//                                             trực)" → the unit and a `note` (unitQualifier.ts)
// Never throws: any text gives a (possibly empty) list.

import type { UnitDirectory, UnitRef } from "../model/Unit";
import { cleanText } from "../text/normalize";
import { isGenericPhrase } from "./isGenericPhrase";
import { resolveUnitName } from "./resolveUnit";
import { sharedHeadList } from "./sharedHead";
import { sameWord, unitHeadAt, wordsOf } from "./unitHeads";
import { normalizeTonePlacement } from "./unitKey";
import { opensQualifier, splitQualifier } from "./unitQualifier";

/**
 * The units a lead or coordinating cell names. With a directory, names that hold a comma ("Sở Văn hóa, Thể thao
 * và Du lịch") are kept whole wherever they stand, and a shared-head item joined by "và" ("Các Bộ: Tư pháp và
 * Y tế") is split when each part is a known unit.
 */
export function splitUnits(text: string, directory?: UnitDirectory): UnitRef[] {
  if (typeof text !== "string") return [];
  const clean = cleanText(text);
  if (clean === "") return [];
  const refs: UnitRef[] = [];
  const protect = (s: string): [number, number][] => (directory && s.includes(",") ? commaNameRanges(s, directory) : []);
  for (const segment of splitSegments(clean)) {
    let body = trimPunctuation(stripBullets(segment));
    if (!hasWord(body)) continue;
    // "Bộ Tư pháp tổng hợp, …; chủ trì, phối hợp với Bộ Nội vụ, các địa phương …": a piece that opens with what
    // the unit does goes on with the unit before it; the bodies it names are partners, not leads.
    const previous = refs[refs.length - 1];
    if (previous && opensQualifier(body)) {
      previous.note = previous.note ? `${previous.note}; ${body}` : body;
      continue;
    }
    // "Sở Tài chính phối hợp với Sở Nội vụ, UBND các huyện": what follows "phối hợp với" names partners.
    const partners = partnerClause(body);
    const partnerNote = partners ? trimPunctuation(body.slice(partners)) : "";
    if (partners) body = trimPunctuation(body.slice(0, partners));
    const before = refs.length;
    const shared = sharedHeadList(body, protect);
    if (shared) {
      for (const name of shared.names) refs.push(...sharedItemRefs(name, directory));
      body = trimPunctuation(shared.rest);
      if (!hasWord(body)) continue;
    }
    // Looked up only when a comma would split: most commas inside names are followed by no unit head anyway.
    let ranges: [number, number][] | null = null;
    const inName = (at: number): boolean => (ranges ??= protect(body)).some(([a, b]) => at >= a && at < b);
    // "UBND, Phòng GDĐT các huyện" keeps its bare "UBND" with the next unit, to share its scope like "và" does.
    // "Bộ Xây dựng, Khoa học và Công nghệ": the head word of the unit before the comma carries over to a name that
    // has none, when the directory knows the name with it (Nghị quyết 109/NQ-CP, Phụ lục III).
    const carried = new Map<number, string>();
    let lastHead: string | null = null;
    const commaStartsUnit = (rest: string, before: string, _separator: string, at: number): boolean => {
      if (inName(at)) return false;
      if (isNewUnit(rest, false)) {
        lastHead = null;
        return !isBareLocalHead(before) && !continuesKinds(rest, before);
      }
      const head = directory ? (headOf(before) ?? lastHead) : null;
      if (!directory || !head || !carriesHead(head, rest, directory)) return false;
      lastHead = head;
      carried.set(at + 1, head);
      return true;
    };
    let from = 0;
    for (const part of splitWhere(body, /,/g, commaStartsUnit)) {
      const head = carried.get(from);
      from += part.length + 1;
      refs.push(...refsOfConjunction(trimPunctuation(head ? `${head} ${part.trim()}` : part)));
    }
    const last = refs[refs.length - 1];
    if (partnerNote && last && refs.length > before) last.note = last.note ? `${last.note}; ${partnerNote}` : partnerNote;
  }
  return refs;
}

/**
 * "Tập đoàn, doanh nghiệp công nghệ số": enterprises after a kind that opens with no unit head are one list of
 * kinds sharing what follows; after a unit or a scope ("Các bộ, ngành, địa phương, doanh nghiệp có dự án") they
 * are an entry of their own.
 */
function continuesKinds(rest: string, before: string): boolean {
  const head = unitHeadAt(rest);
  if (!head || !/doanh nghiệp$/iu.test(head.phrase)) return false;
  return unitHeadAt(trimPunctuation(stripBullets(before))) === null;
}

/** Where "phối hợp với" starts in a piece after a unit's name (two words at least), or 0. */
function partnerClause(body: string): number {
  const words = wordsOf(body);
  for (let i = 2; i + 2 < words.length; i++) {
    if (!sameWord(words[i]?.word ?? "", "phối") || !sameWord(words[i + 1]?.word ?? "", "hợp")) continue;
    if (!sameWord(words[i + 2]?.word ?? "", "với")) continue;
    return words[i]?.start ?? 0;
  }
  return 0;
}

/** The head word written in a unit's name ("Bộ" of "Bộ Xây dựng"), or null for a generic group or none. */
function headOf(text: string): string | null {
  const head = unitHeadAt(trimPunctuation(stripBullets(text)));
  if (!head || head.bare || /^các\s/iu.test(head.phrase)) return null;
  return head.phrase;
}

/** Whether the name after a comma, which opens with no head of its own, is a directory unit with `head` before it. */
function carriesHead(head: string, rest: string, directory: UnitDirectory): boolean {
  const item = trimPunctuation(rest.split(",")[0] ?? "");
  if (!/^\p{Lu}/u.test(item) || unitHeadAt(item) !== null) return false;
  return resolveUnitName(`${head} ${item}`, directory) !== null;
}

/** One unit of a shared-head list; "Bộ Tư pháp và Y tế" is two when the directory knows both and not the whole. */
function sharedItemRefs(name: string, directory: UnitDirectory | undefined): UnitRef[] {
  const m = / (?:và|VÀ|&) /u.exec(name);
  if (directory && m && !resolveUnitName(name, directory)) {
    const head = name.slice(0, name.indexOf(" "));
    const first = name.slice(0, m.index);
    const second = `${head} ${name.slice(m.index + m[0].length)}`;
    if (resolveUnitName(first, directory) && resolveUnitName(second, directory)) return [refOf(first), refOf(second)];
  }
  return [refOf(name)];
}

// ---------------------------------------------------------------------------------------------------------
// Directory names that hold a comma: their commas separate nothing.

const commaNames = new WeakMap<UnitDirectory, string[]>();

/** Lower-case comparison forms of the directory's names with a comma, and of their part after the head word. */
function commaNamesOf(directory: UnitDirectory): string[] {
  let names = commaNames.get(directory);
  if (!names) {
    const set = new Set<string>();
    for (const unit of directory.units) {
      for (const form of [unit.name, ...unit.abbreviations, ...unit.variants]) {
        if (!form.includes(",")) continue;
        const key = comparable(form);
        set.add(key);
        // "văn hóa, thể thao và du lịch" inside "Các Sở: Tài chính, Văn hóa, Thể thao và Du lịch".
        const head = unitHeadAt(form);
        if (head) set.add(key.slice(head.phrase.length).trim());
      }
    }
    names = [...set].filter((n) => n.includes(","));
    commaNames.set(directory, names);
  }
  return names;
}

function comparable(s: string): string {
  return normalizeTonePlacement(s).toLocaleLowerCase("vi");
}

/** [start, end) ranges of s covered by a directory name that holds a comma. */
function commaNameRanges(s: string, directory: UnitDirectory): [number, number][] {
  const key = comparable(s);
  if (key.length !== s.length) return [];
  const ranges: [number, number][] = [];
  for (const name of commaNamesOf(directory)) {
    for (let at = key.indexOf(name); at >= 0; at = key.indexOf(name, at + 1)) ranges.push([at, at + name.length]);
  }
  return ranges;
}

// ---------------------------------------------------------------------------------------------------------
// Brackets: only matched pairs count, so a stray "(" in a cell cannot swallow the rest of it.

const OPENERS = "([{";
const CLOSERS = ")]}";

/** The matched bracket pairs of s as [open, close] indexes, outermost first by position. */
function bracketPairs(s: string): [number, number][] {
  const pairs: [number, number][] = [];
  const stack: { index: number; kind: number }[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const open = OPENERS.indexOf(ch);
    if (open >= 0) {
      stack.push({ index: i, kind: open });
      continue;
    }
    const close = CLOSERS.indexOf(ch);
    if (close < 0) continue;
    // Pop to the matching opener; unmatched openers in between are dropped.
    const at = findLastIndex(stack, (o) => o.kind === close);
    const opener = stack[at];
    if (at < 0 || !opener) continue;
    stack.length = at;
    pairs.push([opener.index, i]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** The pairs not nested in another pair. */
function outermostPairs(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (const pair of bracketPairs(s)) {
    const last = out[out.length - 1];
    if (last && pair[0] < last[1]) continue;
    out.push(pair);
  }
  return out;
}

/** Bracket depth of each character; the brackets themselves count as inside. Unmatched brackets are depth 0. */
function bracketDepths(s: string): number[] {
  const depths = new Array<number>(s.length).fill(0);
  for (const [open, close] of bracketPairs(s)) {
    for (let i = open; i <= close; i++) depths[i] = (depths[i] ?? 0) + 1;
  }
  return depths;
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item !== undefined && test(item)) return i;
  }
  return -1;
}

/**
 * Cuts s at the matches of sep that lie outside brackets and that accept the text after them.
 * The separator itself is dropped.
 */
function splitWhere(
  s: string,
  sep: RegExp,
  accept: (rest: string, before: string, separator: string, at: number) => boolean,
): string[] {
  const depths = bracketDepths(s);
  const pieces: string[] = [];
  let from = 0;
  for (const m of s.matchAll(sep)) {
    const at = m.index ?? 0;
    if ((depths[at] ?? 0) > 0) continue;
    const after = at + m[0].length;
    if (!accept(s.slice(after), s.slice(from, at), m[0], at)) continue;
    pieces.push(s.slice(from, at));
    from = after;
  }
  pieces.push(s.slice(from));
  return pieces;
}

// ---------------------------------------------------------------------------------------------------------
// Segments, bullets, punctuation.

function splitSegments(s: string): string[] {
  return splitWhere(s, /[\n;•]/g, () => true).flatMap((segment) =>
    // A bullet in the middle of a line: "Sở Tài chính - Sở Tư pháp". The dash of "Phòng Tổ chức – Hành chính"
    // or "Sở Lao động – Thương binh và Xã hội" is followed by no unit head and stays.
    splitWhere(segment, /\s[-–—+]\s/g, (rest) => isNewUnit(rest, true)).flatMap((piece) =>
      // "UBND địa phương/Sở Du lịch" (Kế hoạch 188/KH-UBND of Huế): a slash before a unit's name joins two leads;
      // "UBND xã/phường" and "Bộ KH&CN/BTTTT" keep theirs, no unit name following.
      piece.includes("/") ? splitWhere(piece, /\s*\/\s*/g, (rest) => isNewUnit(rest, false)) : [piece],
    ),
  );
}

function stripBullets(s: string): string {
  // "1. Bộ Tài chính …" / "2) Các bộ, cơ quan …": a lead cell written as a numbered list of assignments.
  return s.replace(/^[\s\-+•*–—·]+/u, "").replace(/^\d{1,2}[.)]\s+(?=\p{L})/u, "");
}

function trimPunctuation(s: string): string {
  return s
    .replace(/^[\s.,;:]+/u, "")
    .replace(/[\s.,;:\-–—+•]+$/u, "")
    .trim();
}

function hasWord(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}

/** Whether the text after a separator starts a new unit: a unit head, and after a comma more than a bare head. */
function isNewUnit(rest: string, allowBare: boolean): boolean {
  const head = unitHeadAt(rest);
  return head !== null && (allowBare || !head.bare);
}

// ---------------------------------------------------------------------------------------------------------
// "UBND và Phòng GDĐT các huyện, thành phố": two units sharing the scope "các huyện, thành phố".

const CONJUNCTION = /\s*,\s*|\s+(?:và|va|&)\s+/giu;

function isBareLocalHead(text: string): boolean {
  const head = unitHeadAt(trimPunctuation(stripBullets(text)));
  return head !== null && head.local && head.bare;
}

// District-level scopes. "xã" is no scope in "Phòng Văn hóa – Xã hội".
const SCOPE_PHRASES = [
  "cấp huyện",
  "cấp xã",
  "thị xã",
  "thành phố",
  "thị trấn",
  "địa phương",
  "huyện",
  "quận",
  "xã",
  "phường",
].map((p) => p.split(" "));

/** Where a district-level scope starts in a name ("các huyện, thành phố"), or -1. */
function localScopeStart(name: string): number {
  const words = wordsOf(name);
  for (let i = 1; i < words.length; i++) {
    for (const phrase of SCOPE_PHRASES) {
      if (!phrase.every((w, k) => sameWord(words[i + k]?.word ?? "", w))) continue;
      const next = words[i + phrase.length];
      if (phrase.length === 1 && phrase[0] === "xã" && next && sameWord(next.word, "hội")) continue;
      const before = words[i - 1];
      const start =
        before && i - 1 >= 1 && sameWord(before.word, "các") ? before.start : (words[i]?.start ?? 0);
      return start;
    }
  }
  return -1;
}

function mentionsProvince(name: string): boolean {
  return wordsOf(name).some((w) => sameWord(w.word, "tỉnh"));
}

function refsOfConjunction(part: string): UnitRef[] {
  const conjuncts = splitWhere(
    part,
    CONJUNCTION,
    (rest, before, separator) => isNewUnit(rest, !separator.includes(",")) && !continuesKinds(rest, before),
  )
    .map((c) => trimPunctuation(c))
    .filter(hasWord);
  const refs = conjuncts.map(refOf);
  const last = refs[refs.length - 1];
  if (refs.length < 2 || !last) return refs;
  const scopeAt = localScopeStart(last.name);
  if (scopeAt < 0) return refs;
  const scope = last.name.slice(scopeAt);
  let shared = false;
  const out = refs.map((ref, i) => {
    if (i === refs.length - 1) return ref;
    const head = unitHeadAt(ref.name);
    // Only a unit that exists per district takes the scope: "UBND và Phòng GDĐT các huyện" but not
    // "Sở Tài chính và UBND các huyện", nor "UBND tỉnh và Phòng GDĐT các huyện".
    if (!head?.local || localScopeStart(ref.name) >= 0 || mentionsProvince(ref.name)) return ref;
    shared = true;
    return { ...ref, text: part, name: `${ref.name} ${scope}` };
  });
  if (shared) out[out.length - 1] = { ...last, text: part };
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// One unit: its name without the bracketed part, and the bracketed list as sub-units.

function refOf(text: string): UnitRef {
  let outside = "";
  const groups: string[] = [];
  let from = 0;
  for (const [open, close] of outermostPairs(text)) {
    outside += `${text.slice(from, open)} `;
    groups.push(text.slice(open + 1, close));
    from = close + 1;
  }
  outside += text.slice(from);
  let name = trimPunctuation(outside.replace(/\s+/g, " ").replace(/ ([,.;:])/g, "$1"));
  const notes: string[] = [];
  const hasName = hasWord(name);
  // A bracket that names units lists sub-units; one that names none ("cơ quan thường trực") is a note.
  const unitGroups = hasName ? groups.filter((g) => unitHeadAt(trimPunctuation(g)) !== null || !hasWord(g)) : groups;
  if (hasName) for (const g of groups) if (!unitGroups.includes(g)) notes.push(trimPunctuation(g.replace(/\s+/g, " ")));
  const subUnits = unitGroups.flatMap((g) => splitUnits(g).map((r) => r.text));
  if (!hasName) name = trimPunctuation(text.replace(/[()[\]{}]/g, " ").replace(/\s+/g, " "));
  const qualified = splitQualifier(name);
  if (qualified) {
    name = trimPunctuation(qualified.name);
    notes.unshift(qualified.note);
  }
  const ref: UnitRef = { text, name, subUnits };
  if (notes.length > 0) ref.note = notes.join("; ");
  if (isGenericPhrase(name)) ref.generic = true;
  return ref;
}
