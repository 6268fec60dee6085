// A plain-text table for terminals: fixed column widths, long text cut with "…".

export function textTable(header: string[], rows: string[][], widths: number[]): string {
  const line = (cells: string[]) =>
    cells
      .map((c, i) => padOrCut(c.replace(/\s+/g, " "), widths[i] ?? 10))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

function padOrCut(text: string, width: number): string {
  const chars = Array.from(text.normalize("NFC"));
  if (chars.length <= width) return text.normalize("NFC") + " ".repeat(width - chars.length);
  return chars.slice(0, width - 1).join("") + "…";
}
