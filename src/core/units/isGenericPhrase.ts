// Phrases that name no particular unit: "Các đơn vị có liên quan", "Các tổ chức, cá nhân liên quan", "Các chuyên gia".
// The seed's coordinating cells end with one in every task; they are never an unknown unit.

import { matchKey } from "../text/normalize";

/**
 * True for a generic phrase: it opens with a plural ("Các …", "Những …", "Mọi …") or ends with "liên quan"
 * ("Đơn vị liên quan", "Cơ quan có liên quan"), or it is one of the extra phrases given (a directory's list).
 * "UBND các huyện, thành phố" names a unit and is not generic: the plural is its scope, not its head.
 */
export function isGenericPhrase(name: string, extra: readonly string[] = []): boolean {
  const key = matchKey(name);
  if (key === "") return false;
  if (/^(?:cac|nhung|moi) /.test(key)) return true;
  if (/(?:^| )lien quan$/.test(key)) return true;
  return extra.some((phrase) => matchKey(phrase) === key);
}
