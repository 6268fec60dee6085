// Turns the seed (text extracted from the Word appendix's table) into a SeedPlan.
//
// The extraction writes every table cell as a tab followed by the cell's paragraphs, one per line, with
// blank lines between some paragraphs. Lines that do not contain a tab continue the cell above. A blank
// cell at the start of a row is written as a space without a tab, so its row's line reads " \tRà soát…"
// (rows 2, 6, 7 and 8 of the seed, whose TT is blank): the text before the first tab of a line is a cell
// of its own. Everything above the first tab is the title block.
//
// Run directly to regenerate the committed JSON:
//   npx ts-node --transpile-only scripts/samples/parseSeed.ts [seed.txt] [out.json]
import * as fs from "fs";
import * as path from "path";
import { findSeedFile } from "./findSeedFile";
import type { SeedPlan, SeedTask } from "./SeedPlan";

const COLUMNS = 6;

/** Splits the table part of the seed into raw cells (untrimmed), in reading order. */
function splitCells(tableLines: string[]): string[][] {
  const cells: string[][] = [];
  for (const line of tableLines) {
    const parts = line.split("\t");
    const [beforeFirstTab = "", ...afterTabs] = parts;
    if (afterTabs.length === 0) {
      // No tab: another paragraph (or blank line) of the current cell.
      const current = cells[cells.length - 1];
      if (current) current.push(line);
      continue;
    }
    // Text before the first tab is a cell written without its tab (the blank TT cell " ").
    if (beforeFirstTab !== "") cells.push([beforeFirstTab]);
    for (const part of afterTabs) cells.push([part]);
  }
  return cells;
}

export function parseSeed(text: string): SeedPlan {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const firstTableLine = lines.findIndex((line) => line.includes("\t"));
  if (firstTableLine < 0) throw new Error("parseSeed: no tab-separated table found in the seed text");

  const titleLines = lines
    .slice(0, firstTableLine)
    .map((line) => line.trim())
    .filter((line) => line !== "");

  const cells = splitCells(lines.slice(firstTableLine)).map((paragraphs) => paragraphs.join("\n").trim());
  if (cells.length < COLUMNS || cells.length % COLUMNS !== 0) {
    throw new Error(
      `parseSeed: the table has ${cells.length} cells, not a header and rows of ${COLUMNS} cells each`,
    );
  }

  const header = cells.slice(0, COLUMNS);
  const tasks: SeedTask[] = [];
  for (let start = COLUMNS; start < cells.length; start += COLUMNS) {
    const [number = "", title = "", lead = "", coordinating = "", timeframe = "", products = ""] =
      cells.slice(start, start + COLUMNS);
    tasks.push({ number, title, lead, coordinating, timeframe, products });
  }
  return { titleLines, header, tasks };
}

/** The JSON text committed at assets/sample/seed-plan.json (two-space indent, final newline). */
export function formatSeedPlan(plan: SeedPlan): string {
  return JSON.stringify(plan, null, 2) + "\n";
}

function main(argv: string[]): void {
  const repoRoot = path.resolve(__dirname, "..", "..");
  const seedPath = argv[0] ?? findSeedFile(repoRoot);
  if (!seedPath) throw new Error("parseSeed: seed file not found; pass its path as the first argument");
  const outPath = argv[1] ?? path.join(repoRoot, "assets", "sample", "seed-plan.json");
  const plan = parseSeed(fs.readFileSync(seedPath, "utf8"));
  fs.writeFileSync(outPath, formatSeedPlan(plan), "utf8");
  process.stdout.write(`${path.relative(process.cwd(), outPath)}: ${plan.tasks.length} tasks\n`);
}

if (require.main === module) main(process.argv.slice(2));
