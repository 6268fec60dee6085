// A plain-text table for terminals: fixed column widths, long text cut with "…".

export function textTable(header: string[], rows: string[][], widths: number[]): string {
  const line = (cells: string[]) =>
    cells
      .map((c, i) => padOrCut(oneLine(c), widths[i] ?? 10))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/**
 * Whitespace runs as one space. A text whose only whitespace is single spaces is returned as it is: replacing each
 * space by itself copied every title of the task list.
 */
function oneLine(text: string): string {
  return NOT_ONE_LINE.test(text) ? text.replace(/\s+/g, " ") : text;
}

/** Whitespace other than a space, or two whitespace characters in a row. */
const NOT_ONE_LINE = /[^\S ]|\s\s/;

/**
 * The text padded or cut to `width` characters (code points, as Array.from counts them). Counts only as far as the
 * width: the task table of a large plan has thousands of long titles, and splitting each whole title cost more
 * than the rest of the line.
 */
function padOrCut(text: string, width: number): string {
  const nfc = text.normalize("NFC");
  if (width < 1) return nfc === "" ? "" : Array.from(nfc).slice(0, width - 1).join("") + "…";
  let count = 0;
  let i = 0;
  let cut = 0; // end of the first width - 1 code points
  while (i < nfc.length && count < width) {
    if (count === width - 1) cut = i;
    i += isPairAt(nfc, i) ? 2 : 1;
    count += 1;
  }
  if (i >= nfc.length) return nfc + " ".repeat(width - count);
  return nfc.slice(0, cut) + "…";
}

/** A high surrogate followed by a low one: one code point in two UTF-16 units. */
function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}
