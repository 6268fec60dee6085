// Matches a written unit name to a directory entry, from strict to loose:
//   canonical     the official name ("Sở Kế hoạch và Đầu tư"), spaces, dashes and tone placement aside;
//                 an all-upper-case cell ("SỞ TÀI CHÍNH") is compared in upper case
//   abbreviation  a listed short form ("Sở KH&ĐT"), or a name that differs from a listed form only by accepted
//                 abbreviations ("Phòng GD&ĐT huyện, thành phố") or by "tỉnh" / "tỉnh Ninh Thuận" at the end
//   variant       a listed variant, or the same fuzzy key: case, diacritics, "và" and punctuation aside
//                 ("Sở Kế hoạch Đầu tư", "Sở Kế hoạch đầu tư", "Ban dân tộc tỉnh", "Sở Tư Pháp")
// Directories are treated as immutable: the lookup tables are built once per directory object.

import type { UnitDirectory, UnitRef } from "../model/Unit";
import { isGenericPhrase } from "./isGenericPhrase";
import { fuzzyKey, strictExpand, strictForm, strictWithoutProvince, withoutProvince } from "./unitKey";

export type UnitMatch = NonNullable<UnitRef["match"]>;

export interface NameResolution {
  unitId: string;
  match: UnitMatch;
}

interface Index {
  canonical: Map<string, string>;
  accepted: Map<string, string>;
  variants: Map<string, string>;
  fuzzy: Map<string, string>;
}

const indexes = new WeakMap<UnitDirectory, Index>();

/** First entry wins: the directory's order settles a collision. */
function put(map: Map<string, string>, key: string | null, id: string): void {
  if (key && !map.has(key)) map.set(key, id);
}

function buildIndex(directory: UnitDirectory): Index {
  const index: Index = { canonical: new Map(), accepted: new Map(), variants: new Map(), fuzzy: new Map() };
  for (const unit of directory.units) {
    const name = strictForm(unit.name);
    put(index.canonical, name, unit.id);
    put(index.canonical, name.toUpperCase(), unit.id);
  }
  for (const unit of directory.units) {
    for (const form of [unit.name, ...unit.abbreviations]) {
      const expanded = strictExpand(form);
      for (const key of [strictForm(form), expanded, strictWithoutProvince(expanded)]) {
        put(index.accepted, key, unit.id);
        put(index.accepted, key?.toUpperCase() ?? null, unit.id);
      }
    }
  }
  for (const unit of directory.units) {
    for (const form of unit.variants) put(index.variants, strictForm(form), unit.id);
  }
  for (const unit of directory.units) {
    for (const form of [unit.name, ...unit.abbreviations, ...unit.variants]) {
      const key = fuzzyKey(form);
      put(index.fuzzy, key, unit.id);
      put(index.fuzzy, withoutProvince(key), unit.id);
    }
  }
  return index;
}

function indexOf(directory: UnitDirectory): Index {
  let index = indexes.get(directory);
  if (!index) {
    index = buildIndex(directory);
    indexes.set(directory, index);
  }
  return index;
}

function isAllUpper(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/** The directory entry a written name stands for and how it matched, or null for an unknown unit. */
export function resolveUnitName(name: string, directory: UnitDirectory): NameResolution | null {
  if (typeof name !== "string") return null;
  // A plan names the same few dozen units over and over: remember each written name's answer per directory.
  let memo = memos.get(directory);
  if (!memo || memo.size > MEMO_LIMIT) memos.set(directory, (memo = new Map()));
  const known = memo.get(name);
  if (known !== undefined) return known;
  const found = lookUpName(name, directory);
  memo.set(name, found);
  return found;
}

const memos = new WeakMap<UnitDirectory, Map<string, NameResolution | null>>();
const MEMO_LIMIT = 20_000;

function lookUpName(name: string, directory: UnitDirectory): NameResolution | null {
  const written = strictForm(name);
  if (written === "") return null;
  const index = indexOf(directory);
  const upper = isAllUpper(written);
  const lookup = (map: Map<string, string>, key: string | null): string | undefined =>
    key === null ? undefined : (map.get(key) ?? (upper ? map.get(key.toUpperCase()) : undefined));

  const canonical = lookup(index.canonical, written);
  if (canonical) return { unitId: canonical, match: "canonical" };

  const expanded = strictExpand(written);
  for (const key of [written, expanded, strictWithoutProvince(expanded)]) {
    const id = lookup(index.accepted, key);
    if (id) return { unitId: id, match: "abbreviation" };
  }

  const variant = index.variants.get(written);
  if (variant) return { unitId: variant, match: "variant" };

  const key = fuzzyKey(written);
  const fuzzy = index.fuzzy.get(key) ?? index.fuzzy.get(withoutProvince(key) ?? "");
  if (fuzzy) return { unitId: fuzzy, match: "variant" };
  return null;
}

/**
 * Fills unitId and match from the directory. A generic phrase ("Các đơn vị có liên quan") is returned as it
 * is (flagged generic when only the directory knows the phrase); an unknown name comes back without unitId.
 */
export function resolveUnit(ref: UnitRef, directory: UnitDirectory): UnitRef {
  if (ref.generic) return ref;
  if (isGenericPhrase(ref.name, directory.genericPhrases)) return { ...ref, generic: true };
  const { unitId: _unitId, match: _match, ...rest } = ref;
  const found = resolveUnitName(ref.name, directory);
  return found ? { ...rest, unitId: found.unitId, match: found.match } : rest;
}
