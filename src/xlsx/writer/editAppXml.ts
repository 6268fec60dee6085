// docProps/app.xml lists the workbook's sheets (TitlesOfParts) and counts them by kind (HeadingPairs); Excel updates
// both when a sheet is added, and so does plan-tracker. A part without these lists is left as it is.
import { escapeText } from "./xmlEscape";

/** Names Excel gives the worksheet heading pair, by the language it was saved in. */
const WORKSHEET_HEADINGS = /^(worksheets|trang tính|feuilles de calcul|arbeitsblätter|hojas de cálculo|fogli di lavoro|planilhas|листы|工作表|ワークシート)$/iu;

/**
 * `xml` with `added` sheet names appended to the worksheet titles and the worksheet count raised. Returns `xml` itself
 * when the part does not have the expected shape (it is then left unchanged rather than guessed at).
 */
export function editAppXml(xml: string, added: readonly string[]): string {
  if (added.length === 0) return xml;
  const pairsMatch = /<(\w+:)?HeadingPairs>\s*<(\w+:)?vector\b[^>]*>([\s\S]*?)<\/\2vector>\s*<\/\1HeadingPairs>/.exec(xml);
  const titlesMatch = /<(\w+:)?TitlesOfParts>\s*<(\w+:)?vector\b([^>]*)>([\s\S]*?)<\/\2vector>\s*<\/\1TitlesOfParts>/.exec(xml);
  if (!pairsMatch || !titlesMatch) return xml;
  const vt = titlesMatch[2] ?? "";
  // Heading pairs: (name, count) variants in turn.
  const variants = [...(pairsMatch[3] ?? "").matchAll(/<(\w+:)?variant>([\s\S]*?)<\/\1variant>/g)].map((m) => ({ text: m[2] ?? "", index: m.index ?? 0, length: m[0].length }));
  if (variants.length < 2 || variants.length % 2 !== 0) return xml;
  let before = 0;
  let pair = -1;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const name = /<(?:\w+:)?lpstr>([^<]*)</.exec(variants[i]?.text ?? "")?.[1] ?? "";
    const count = Number(/<(?:\w+:)?i4>(\d+)</.exec(variants[i + 1]?.text ?? "")?.[1] ?? NaN);
    if (!Number.isInteger(count)) return xml;
    if (WORKSHEET_HEADINGS.test(name.trim())) {
      pair = i;
      break;
    }
    before += count;
  }
  if (pair < 0) return xml;
  const countVariant = variants[pair + 1];
  if (!countVariant) return xml;
  const oldCount = Number(/<(?:\w+:)?i4>(\d+)</.exec(countVariant.text)?.[1]);
  const titles = [...(titlesMatch[4] ?? "").matchAll(/<(\w+:)?lpstr>[^<]*<\/\1lpstr>|<(\w+:)?lpstr\/>/g)];
  const insertAfter = before + oldCount;
  if (insertAfter > titles.length) return xml;

  // Titles first (later in the text), then the count, so earlier offsets stay valid.
  const titlesBodyStart = (titlesMatch.index ?? 0) + titlesMatch[0].indexOf(">", titlesMatch[0].indexOf("vector")) + 1;
  const at = insertAfter === 0 ? titlesBodyStart : titlesBodyStart + ((titles[insertAfter - 1]?.index ?? 0) + (titles[insertAfter - 1]?.[0].length ?? 0));
  const newTitles = added.map((n) => `<${vt}lpstr>${escapeText(n)}</${vt}lpstr>`).join("");
  let out = xml.slice(0, at) + newTitles + xml.slice(at);
  const vectorOpen = titlesMatch[0].slice(titlesMatch[0].indexOf("<", 1), titlesMatch[0].indexOf(">", titlesMatch[0].indexOf("vector")) + 1);
  const fixedOpen = vectorOpen.replace(/\bsize="(\d+)"/, `size="${titles.length + added.length}"`);
  const openAt = (titlesMatch.index ?? 0) + titlesMatch[0].indexOf(vectorOpen);
  out = out.slice(0, openAt) + fixedOpen + out.slice(openAt + vectorOpen.length);

  const countAt = (pairsMatch.index ?? 0) + pairsMatch[0].indexOf(pairsMatch[3] ?? "") + countVariant.index;
  const newCountVariant = countVariant.text.replace(/(<(?:\w+:)?i4>)\d+(<)/, `$1${oldCount + added.length}$2`);
  const variantStart = out.indexOf(countVariant.text, countAt);
  if (variantStart < 0) return xml;
  out = out.slice(0, variantStart) + newCountVariant + out.slice(variantStart + countVariant.text.length);
  return out;
}
