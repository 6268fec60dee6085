// Writes the hostile fixtures (test/fixtures/hostile/*.xlsx) and their README table from hostileMutants.ts.
// Run: node -r ts-node/register/transpile-only scripts/fuzz/build-hostile.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HOSTILE } from "./hostileMutants";

const dir = path.resolve(__dirname, "../../test/fixtures/hostile");
mkdirSync(dir, { recursive: true });
const lines = [
  "# Hostile and damaged packages",
  "",
  "Built by `node -r ts-node/register/transpile-only scripts/fuzz/build-hostile.ts` from the minimal plan package of",
  "scripts/fuzz/minimalPlan.ts (one sheet \"Kế hoạch\", three tasks). test/cli/hostile.test.ts runs each through the real",
  "command line (`check` and `report`): exit code 0, 1 or 2, no stack frame, no output file on exit 2, within 10 s and 512 MB.",
  "",
  "| file | bytes | what it does |",
  "| --- | --- | --- |",
];
for (const m of HOSTILE) {
  const bytes = m.bytes();
  writeFileSync(path.join(dir, `${m.name}.xlsx`), bytes);
  lines.push(`| ${m.name}.xlsx | ${bytes.length} | ${m.what} |`);
}
writeFileSync(path.join(dir, "README.md"), lines.join("\n") + "\n");
console.log(`${HOSTILE.length} files in ${dir}`);
