// RangeAreas.address → rectangles. Excel writes every block with its sheet: "Sheet1!A1:B4, Sheet1!D1:D4", quoting
// sheet names that need it ("'Kế hoạch'!A9:A12", a quote inside doubled: 'O''Brien'!A1).
import type { CellRange } from "../core/grid/Grid";
import { parseRange } from "../core/grid/address";

/** Splits on the commas between blocks, not those inside a quoted sheet name. */
function splitBlocks(address: string): string[] {
  const blocks: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'")
      quoted = !quoted; // a doubled quote toggles twice: still inside
    else if (ch === "," && !quoted) {
      blocks.push(address.slice(start, i));
      start = i + 1;
    }
  }
  blocks.push(address.slice(start));
  return blocks.map((b) => b.trim()).filter((b) => b !== "");
}

/** One "Sheet!A1:B2" or "A1" block → 0-based range, or null when it is not a cell block. */
export function parseBlock(block: string): CellRange | null {
  const bang = block.lastIndexOf("!");
  return parseRange(bang >= 0 ? block.slice(bang + 1) : block);
}

/** Null when any block cannot be read, so a caller never silently loses a merged area. */
export function parseAreaAddress(address: string): CellRange[] | null {
  const ranges: CellRange[] = [];
  for (const block of splitBlocks(address)) {
    const range = parseBlock(block);
    if (!range) return null;
    ranges.push(range);
  }
  return ranges;
}
