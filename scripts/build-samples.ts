// Builds the sample workbooks from assets/sample/seed-plan.json:
//   assets/sample/ke-hoach-mau.xlsx          one row per task
//   assets/sample/ke-hoach-dan-tu-word.xlsx  the Word-paste layout (a task over several rows, merged cells)
// Run: npx ts-node --transpile-only scripts/build-samples.ts   (same bytes on every run)
import * as fs from "fs";
import * as path from "path";
import { buildSampleWorkbook } from "./samples/buildSampleWorkbook";
import { buildWordPasteWorkbook } from "./samples/buildWordPasteWorkbook";
import type { SeedPlan } from "./samples/SeedPlan";
import { writeDeterministicXlsx } from "./samples/writeDeterministicXlsx";

export const SAMPLE_DIR = path.resolve(__dirname, "..", "assets", "sample");

export async function buildSamples(
  outDir = SAMPLE_DIR,
  seedJson = path.join(SAMPLE_DIR, "seed-plan.json"),
): Promise<string[]> {
  const seed = JSON.parse(fs.readFileSync(seedJson, "utf8")) as SeedPlan;
  const outputs: [string, ReturnType<typeof buildSampleWorkbook>][] = [
    [path.join(outDir, "ke-hoach-mau.xlsx"), buildSampleWorkbook(seed)],
    [path.join(outDir, "ke-hoach-dan-tu-word.xlsx"), buildWordPasteWorkbook(seed)],
  ];
  for (const [file, workbook] of outputs) await writeDeterministicXlsx(workbook, file);
  return outputs.map(([file]) => file);
}

if (require.main === module) {
  buildSamples().then(
    (files) => files.forEach((file) => process.stdout.write(`${path.relative(process.cwd(), file)}\n`)),
    (error: unknown) => {
      process.stderr.write(`build-samples: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
