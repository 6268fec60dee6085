// Text normalisation shared by every parser: NFC, dashes, spaces, diacritic folding.

/** NFC, non-breaking and odd spaces to plain spaces, trimmed, runs of spaces collapsed (newlines kept). */
export function cleanText(input: string): string {
  return input
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g, " ")
    .replace(/[ ]{2,}/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .trim();
}

/** Every dash-like character (hyphen, en dash, em dash, minus, doubled dashes) to one ASCII hyphen. */
export function normalizeDashes(input: string): string {
  return input.replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D-]+/g, "-");
}

/**
 * Lower case without diacritics, for matching only: "Sở Giáo dục và Đào tạo" → "so giao duc va dao tao".
 * NFD does not decompose đ/Đ, so it is mapped explicitly.
 */
export function foldText(input: string): string {
  return input
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .normalize("NFC");
}

/** Fold, unify dashes, turn punctuation into spaces and collapse them: a key for comparing labels. */
export function matchKey(input: string): string {
  return foldText(normalizeDashes(cleanText(input)))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
