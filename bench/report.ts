// Median time of `plan-tracker report` on a generated 5,000-task plan (read, analyse, build the patch, apply it to
// the package, write the file) against ExcelJS's own load + save of the same file.
// Run: node -r ts-node/register/transpile-only bench/report.ts [tasks] [runs]
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { main, type CliIO } from "../src/cli/main";
import { writeGeneratedPlan } from "../scripts/samples/generatePlan";

const TASKS = Number(process.argv[2] ?? 5000);
const RUNS = Number(process.argv[3] ?? 5);

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "pt-bench-report-"));
  try {
    const input = path.join(dir, "ke-hoach.xlsx");
    await writeGeneratedPlan(input, TASKS);
    const io: CliIO = { out: () => undefined, err: (t) => console.error(t), today: () => "2026-11-30" };
    const report = await median(async () => {
      const code = await main(["report", input, "--date", "2026-11-30", "--out", path.join(dir, "out.xlsx")], io);
      if (code !== 0) throw new Error(`report exited with ${code}`);
    });
    const excel = await median(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(input) as unknown as ExcelJS.Buffer);
      await wb.xlsx.writeFile(path.join(dir, "exceljs.xlsx"));
    });
    console.log(`${TASKS} tasks, median of ${RUNS} runs`);
    console.log(`plan-tracker report (read + analyse + patch + write): ${report.toFixed(0)} ms`);
    console.log(`ExcelJS load + save only:                            ${excel.toFixed(0)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void run();
