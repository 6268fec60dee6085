// A unit's name as a file name: diacritics folded, spaces to hyphens ("Sở Tài chính" → "So-Tai-chinh"), so the
// form travels by e-mail and Zalo without its name being mangled.
import { foldText } from "../text/normalize";

export function unitShortName(name: string): string {
  const folded = foldText(name.normalize("NFC"))
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return (folded || "Don-vi").slice(0, 60);
}
