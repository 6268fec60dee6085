// Detection of Vietnamese text typed in the pre-Unicode 8-bit encodings that old documents still carry:
// TCVN3 (also "ABC", the ".VnTime" fonts) and VNI (VNI-Windows, the "VNI-Times" fonts). Shown without its font,
// such text reads as Latin-1 letters and symbols in place of Vietnamese letters:
//   TCVN3  "Së Gi¸o dôc vµ §µo t¹o" (Sở Giáo dục và Đào tạo), "KÕ ho¹ch" (Kế hoạch), "Tr­êng" (Trường)
//   VNI    "Sôû Giaùo duïc vaø Ñaøo taïo", "Keá hoaïch", "Tröôøng"
// The character facts below come from the published TCVN3 and VNI-Windows conversion tables.

export type LegacyEncoding = "TCVN3" | "VNI";

export interface LegacyEncodingMatch {
  encoding: LegacyEncoding;
  /** Up to three garbled words as they appear, for the message. */
  sample: string;
}

// TCVN3 puts one byte per lower-case letter. These bytes in the ¡–¾ block are Vietnamese letters there
// (¡ Ă, ¢ Â, £ Ê, ¤ Ô, ¥ Ơ, ¦ Ư, § Đ, ¨ ă, ª ê, ¬ ơ, ® đ, µ à, ¶ ả, ¸ á, ¹ ạ, ¾ ắ) and are never letters of Unicode
// Vietnamese, nor used by VNI, which stays in À–ÿ.
const TCVN3_STRONG = new Set([..."¡¢£¤¥¦§¨ª¬®µ¶¸¹¾"]);
// Also TCVN3 letters (© â, « ô, · ã, » ằ, ¼ ẳ, ½ ẵ, soft hyphen ư) but with ordinary uses too: © sign,
// «quotes», "·" bullets pasted from Word, ½ fractions, optional hyphens. They count only inside a word.
const TCVN3_WEAK = new Set([..."©«·»¼½\u00ad"]);
// « (ô) and · (ã) and © (â) can end a syllable ("c«" cô, "®·" đã); », ¼, ½ (ằ, ẳ, ẵ) never do: ă needs a final consonant.
const TCVN3_WEAK_FINAL = new Set([..."©«·"]);

// Latin-1 letters that Unicode Vietnamese never uses (it uses only À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý and their
// lower case from this block). Both legacy encodings produce them: TCVN3 "Së" (ở), VNI "duïc" (ụ).
const FOREIGN_LETTERS = new Set([..."ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ"]);

// VNI writes a vowel as its base letter followed by a mark byte: "aù" á, "aø" à, "aû" ả, "aõ" ã, "aï" ạ,
// "aâ" â, "aê" ă, "eá" ế … and "ô" ơ, "ö" ư as bases. Only pairs that cannot occur in Unicode Vietnamese are used:
// "hoà", "hoãn", "quá", "xuân", "thuê", "luôn" are genuine, so o + à/á/ã/è/é and u + â/ê/ô are left out.
const VNI_PAIR =
  /[aAeE][ùøûõïâêáàåãäéèúüëÙØÛÕÏÂÊÁÀÅÃÄÉÈÚÜË]|[oO][ùøûõïâÙØÛÕÏÂ]|[uUyY][ùøûõïÙØÛÕÏ]|[ôÔöÖ][ùøûõïÙØÛÕÏ]|[öÖ][ôÔ]/u;
// VNI "ñ"/"Ñ" is đ/Đ, which only starts a syllable and is followed by a vowel ("ñeán", "Ñaøo"); TCVN3 "ñ" is ủ
// ("ñy ban"), so "ñ" + "y" is not taken as VNI.
const VNI_D = /^[ñÑ][aeiouôöAEIOUÔÖ]/u;

/** Any character that can be evidence of either encoding: the ¡–¿ block (TCVN3 letters) and the foreign letters. */
const ANY_EVIDENCE = /[\u00a1-\u00bfÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ]/u;

const COMBINING_MARK = /[\u0300-\u036f]/;

const ASCII_VOWEL = /[aeiouyAEIOUYôöÔÖ]/u;

/** Splits on anything that cannot be part of a (possibly garbled) word. */
const WORD_SPLIT = /[^\p{L}\p{N}\u00a1-\u00bf\u00d7\u00f7]+/u;

interface WordEvidence {
  tcvn3: boolean;
  vni: boolean;
  foreign: boolean;
}

function isWordLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return /[A-Za-z\u00c0-\u00ff]/.test(ch) || TCVN3_STRONG.has(ch) || TCVN3_WEAK.has(ch);
}

function examineWord(word: string): WordEvidence | null {
  // A word with a letter beyond Latin-1 (ạ, ư, đ, ế …) is Unicode Vietnamese; ASCII digits mean a code or a
  // number ("§12", "5µm"), not a garbled syllable (¹ ¼ ½ ¾ are TCVN3 letters, so only 0–9 count as digits).
  if ([...word].some((ch) => ch.charCodeAt(0) > 0xff) || /[0-9]/.test(word) || word.length < 2) return null;
  const chars = [...word];
  let tcvn3 = false;
  let foreign = false;
  chars.forEach((ch, i) => {
    if (TCVN3_STRONG.has(ch)) tcvn3 = true;
    else if (TCVN3_WEAK.has(ch)) {
      const before = isWordLetter(chars[i - 1]);
      const after = isWordLetter(chars[i + 1]);
      if ((before && after) || (before && i === chars.length - 1 && TCVN3_WEAK_FINAL.has(ch))) tcvn3 = true;
    } else if (FOREIGN_LETTERS.has(ch)) foreign = true;
  });
  const vni = VNI_PAIR.test(word) || VNI_D.test(word);
  return tcvn3 || vni || foreign ? { tcvn3, vni, foreign } : null;
}

/** For words showing only foreign letters: VNI marks follow a vowel, TCVN3 letters stand between consonants. */
function foreignLeaning(word: string): LegacyEncoding {
  const chars = [...word];
  let vni = 0;
  let tcvn3 = 0;
  chars.forEach((ch, i) => {
    if (!FOREIGN_LETTERS.has(ch)) return;
    if (ASCII_VOWEL.test(chars[i - 1] ?? "")) vni += 1;
    else tcvn3 += 1;
  });
  return vni > tcvn3 ? "VNI" : "TCVN3";
}

/**
 * Tells whether a text looks like TCVN3 or VNI read without its font. Returns null for Unicode text
 * (NFC or NFD) and for text with too little evidence: one odd word in a long cell is not enough, two are.
 */
export function detectLegacyEncoding(text: string): LegacyEncodingMatch | null {
  // Almost every cell is plain Unicode: one scan for any character that could be evidence settles it
  // before the per-word work (a 10,000-task plan has ~80,000 texts). Decomposed (NFD) text is composed first,
  // since "ä" may arrive as "a" + U+0308.
  if (!mayBeLegacy(text)) return null;
  const nfc = COMBINING_MARK.test(text) ? text.normalize("NFC") : text;
  const words = nfc
    .split(WORD_SPLIT)
    .filter((w) => [...w].some((ch) => /\p{L}/u.test(ch) || TCVN3_STRONG.has(ch) || TCVN3_WEAK.has(ch)));
  const hits: { word: string; evidence: WordEvidence }[] = [];
  for (const word of words) {
    const evidence = examineWord(word);
    if (evidence) hits.push({ word, evidence });
  }
  if (hits.length === 0) return null;
  // A cell of one or two words ("Gi¸o dôc", "ho¹ch") has room for only one garbled word: accept it when the
  // evidence is specific and the word is a syllable rather than a unit ("µm").
  const shortCellHit =
    words.length <= 2 && hits.some((h) => (h.evidence.tcvn3 || h.evidence.vni) && h.word.length >= 3);
  if (hits.length < 2 && !shortCellHit) return null;

  let tcvn3 = 0;
  let vni = 0;
  for (const { word, evidence } of hits) {
    if (evidence.tcvn3) tcvn3 += 1;
    else if (evidence.vni) vni += 1;
    else if (foreignLeaning(word) === "VNI") vni += 1;
    else tcvn3 += 1;
  }
  return {
    encoding: vni > tcvn3 ? "VNI" : "TCVN3",
    sample: hits
      .slice(0, 3)
      .map((h) => h.word)
      .join(" "),
  };
}

/**
 * False when the text holds no character that could be evidence of TCVN3 or VNI: most cells, settled in one scan.
 * Same answer as `ANY_EVIDENCE.test(t) || VNI_PAIR.test(t)` on the NFC text, without running two regular
 * expressions over every cell of a large plan: the two are tabulated once over the Latin-1 block.
 */
export function mayBeLegacy(text: string): boolean {
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa1 && c <= 0xff) {
      if (EVIDENCE_CHARS[c] === 1) return true;
      if (previous < 256 && VNI_PAIRS[(previous << 8) | c] === 1) return true;
    } else if (c >= 0x300 && c <= 0x36f) {
      // Decomposed text: compose it and ask the patterns themselves.
      const nfc = text.normalize("NFC");
      return ANY_EVIDENCE.test(nfc) || VNI_PAIR.test(nfc);
    }
    previous = c;
  }
  return false;
}

const EVIDENCE_CHARS = new Uint8Array(256);
for (let c = 0xa1; c <= 0xff; c++) if (ANY_EVIDENCE.test(String.fromCharCode(c))) EVIDENCE_CHARS[c] = 1;

/**
 * For each possible first letter of a VNI pair (all in Latin-1), which Latin-1 characters complete it; indexed by
 * character code, as an array rather than a Map: Vietnamese text has a Latin-1 letter every few characters
 * ("à", "ê", "ô"), and each one asks this table.
 */
const VNI_PAIRS = new Uint8Array(256 * 256);
for (const first of "aAeEoOuUyYôÔöÖ") {
  const row = first.charCodeAt(0) << 8;
  for (let c = 0xa1; c <= 0xff; c++) if (VNI_PAIR.test(first + String.fromCharCode(c))) VNI_PAIRS[row | c] = 1;
}
