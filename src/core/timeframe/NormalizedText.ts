// The three views of a timeframe cell every parser reads, computed once per cell.
import { cleanText, foldText, normalizeDashes } from "../text/normalize";

export interface NormalizedText {
  /** The cell as written after cleanText (NFC, trimmed): the `text` of every result. */
  original: string;
  /** `original` with every dash run as one "-" and line breaks as spaces: labels are sliced from here. */
  dashed: string;
  /**
   * `dashed` folded for keyword matching ("Quý" → "quy", "Đến" → "den", "HẰNG" → "hang").
   * Folded one character at a time so that it has exactly the length of `dashed`: an index found in
   * `folded` is the same index in `dashed`, which lets "GĐ1" be read back as written.
   */
  folded: string;
  /** Indices in `dashed` / `folded` of the cell's line breaks (turned into spaces there): items of a list on lines. */
  breaks?: number[];
}

export function normalizeTimeframeText(input: string): NormalizedText {
  const original = cleanText(input);
  const withBreaks = normalizeDashes(original);
  const breaks: number[] = [];
  for (let i = withBreaks.indexOf("\n"); i >= 0; i = withBreaks.indexOf("\n", i + 1)) breaks.push(i);
  const dashed = withBreaks.replace(/\n/g, " ");
  let folded = "";
  for (const ch of dashed) {
    const f = foldText(ch);
    // Keep the alignment even for the rare character whose folding changes its length.
    folded += f.length === ch.length ? f : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return breaks.length > 0 ? { original, dashed, folded, breaks } : { original, dashed, folded };
}
