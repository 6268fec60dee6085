// Applies non-overlapping replacements to a text at once, so offsets found by one scan stay valid.

export interface Splice {
  start: number;
  end: number;
  text: string;
}

export function splice(source: string, edits: readonly Splice[]): string {
  if (edits.length === 0) return source;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error("xml: overlapping edits");
    out += source.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + source.slice(pos);
}
