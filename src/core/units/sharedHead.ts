// One head word written once for a list of units, as officials write it:
//   "Các Sở: Tài chính, Nội vụ, Y tế"        → Sở Tài chính, Sở Nội vụ, Sở Y tế
//   "Các Bộ Tài chính, Tư pháp"              → Bộ Tài chính, Bộ Tư pháp
//   "Sở: Tài chính, Nội vụ"                  → Sở Tài chính, Sở Nội vụ
//   "UBND các huyện: Ninh Hải, Ninh Phước"   → UBND huyện Ninh Hải, UBND huyện Ninh Phước
// The list must read as names (each item starts with a capital letter or a digit): "Các sở, ngành liên quan"
// and "Các sở ngành liên quan" are kinds of bodies, not a list. Without a colon the head must be plural
// ("Các Bộ …") and name at least two items. An item that opens with a head of its own ("UBND tỉnh", "các địa
// phương") ends the list; the rest of the text is returned to be split as usual.
import { sameWord, unitHeadAt, wordsOf } from "./unitHeads";

export interface SharedHeadList {
  /** The units, head written out: "Sở Tài chính". */
  names: string[];
  /** Text after the list that is no part of it ("UBND các huyện" in "Các Sở: Tài chính, Y tế, UBND các huyện"). */
  rest: string;
}

/**
 * Splits the items of a list at its commas, except those inside a protected range (a directory name that holds
 * a comma, "Văn hóa, Thể thao và Du lịch"). Ranges are [start, end) in `items`.
 */
function itemsOf(items: string, protectedRanges: readonly [number, number][]): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let from = 0;
  for (let i = 0; i < items.length; i++) {
    if (items.charAt(i) !== ",") continue;
    if (protectedRanges.some(([a, b]) => i >= a && i < b)) continue;
    out.push({ text: items.slice(from, i), start: from });
    from = i + 1;
  }
  out.push({ text: items.slice(from), start: from });
  return out
    .map((p) => {
      const lead = p.text.length - p.text.trimStart().length;
      return { text: p.text.trim(), start: p.start + lead };
    })
    .filter((p) => p.text !== "");
}

/** Words allowed between the head and the colon: a scope ("UBND các huyện:", "Phòng GDĐT cấp huyện:"). */
const SCOPE_WORDS = ["các", "cấp", "tỉnh", "huyện", "quận", "thị", "xã", "thành", "phố", "phường"];
const PLURAL_START = /^(?:các|cac)\s/iu;
const STARTS_AS_NAME = /^[\p{Lu}\p{N}]/u;
const isUpperText = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

/**
 * The list's units, or null when the text is not a shared-head list. `protect` gives the ranges of the text
 * whose commas belong to a name.
 */
export function sharedHeadList(text: string, protect: (s: string) => [number, number][] = () => []): SharedHeadList | null {
  if (!text.includes(":") && !PLURAL_START.test(text)) return null;
  const words = wordsOf(text);
  const first = words[0];
  if (!first || first.start !== 0) return null;
  const plural = sameWord(first.word, "các");
  const headFrom = plural ? (words[1]?.start ?? -1) : 0;
  if (headFrom < 0) return null;
  const head = unitHeadAt(text.slice(headFrom));
  if (!head || head.phrase.toLowerCase().startsWith("các ")) return null;
  const headWordCount = head.phrase.split(" ").length;
  const headLast = words[(plural ? 1 : 0) + headWordCount - 1];
  if (!headLast) return null;

  const colon = text.indexOf(":");
  let headText: string;
  let listFrom: number;
  if (colon > headLast.start) {
    // "Sở: …", "UBND các huyện: …": the words before the colon are the head and its scope ("các" dropped).
    const before = text.slice(headFrom, colon).trim();
    const scopeWords = wordsOf(text.slice(headLast.end, colon));
    if (before.includes(",") || !scopeWords.every((w) => SCOPE_WORDS.some((s) => sameWord(w.word, s)))) return null;
    headText = before.replace(/(^|\s)(?:các|CÁC|Các)\s+/u, "$1").replace(/\s+/g, " ").trim();
    listFrom = colon + 1;
  } else {
    if (!plural) return null;
    headText = text.slice(headFrom, headLast.end);
    listFrom = headLast.end;
  }
  if (!isUpperText(text)) headText = headText.charAt(0).toLocaleUpperCase("vi") + headText.slice(1);

  const list = text.slice(listFrom);
  const items = itemsOf(list, protect(list));
  const names: string[] = [];
  let rest = "";
  for (const item of items) {
    // "UBND các huyện" opens a unit of its own; a bare head word is the list's item ("Các Bộ: Công an, …").
    const itemHead = unitHeadAt(item.text);
    const opensUnit = (itemHead !== null && !itemHead.bare) || sameWord(wordsOf(item.text)[0]?.word ?? "", "các");
    if (opensUnit && names.length > 0) {
      rest = list.slice(item.start);
      break;
    }
    // "Các Bộ: Tài chính, …, Quốc phòng theo chức năng, nhiệm vụ rà soát": after two names, an item in lower case
    // goes on with the last one's qualifier (Nghị quyết 109/NQ-CP, Phụ lục III).
    const last = names.length - 1;
    if (!opensUnit && last >= 1 && !STARTS_AS_NAME.test(item.text)) {
      names[last] = `${names[last] ?? ""}, ${item.text}`;
      continue;
    }
    if (!STARTS_AS_NAME.test(item.text) || opensUnit) return null;
    names.push(`${headText} ${item.text}`);
  }
  if (names.length === 0) return null;
  if (colon <= headLast.start && names.length < 2) return null;
  return { names, rest };
}
