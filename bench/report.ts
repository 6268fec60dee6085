// Whole processes, started as the README says (node bin/plan-tracker.js): `report` on a generated 5,000-task plan
// against ExcelJS's load + save of the same file, and `check` against ExcelJS's load alone, each ExcelJS step also a
// process of its own (node started, the library loaded, the file read and written). Median wall time of several runs,
// the five commands taking turns within each round, so that a change in the machine's load (it is shared) falls on
// all of them alike and the ratios stay comparable.
// Run: node -r ts-node/register/transpile-only bench/report.ts [tasks] [runs]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { writeGeneratedPlan } from "../scripts/samples/generatePlan";

const TASKS = Number(process.argv[2] ?? 5000);
const RUNS = Number(process.argv[3] ?? 5);
const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "bin", "plan-tracker.js");

/** Median wall time of each command, the commands run in turn RUNS times (after one warm-up round). */
function interleavedMedians(commands: (() => void)[]): number[] {
  for (const run of commands) run(); // warm-up: the file system cache, not the process
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) {
    commands.forEach((run, k) => {
      const t = performance.now();
      run();
      times[k]?.push(performance.now() - t);
    });
  }
  return times.map((list) => {
    list.sort((a, b) => a - b);
    return list[Math.floor(list.length / 2)] as number;
  });
}

const node = (args: string[]) => execFileSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"], cwd: ROOT });

async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "pt-bench-cli-"));
  try {
    const input = path.join(dir, "ke-hoach.xlsx");
    await writeGeneratedPlan(input, TASKS);
    const exceljs = path.join(dir, "exceljs.js");
    writeFileSync(
      exceljs,
      `const ExcelJS = require(${JSON.stringify(require.resolve("exceljs"))});
       (async () => { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(process.argv[2]);
         if (process.argv[3]) await wb.xlsx.writeFile(process.argv[3]); })();`,
    );
    const loadBefore = loadavg()[0] ?? 0;
    const [report = 0, check = 0, loadSave = 0, load = 0, start = 0] = interleavedMedians([
      () => node([BIN, "report", input, "--date", "2026-11-30", "--out", path.join(dir, "out.xlsx"), "--force"]),
      () => node([BIN, "check", input, "--date", "2026-11-30"]),
      () => node([exceljs, input, path.join(dir, "exceljs.xlsx")]),
      () => node([exceljs, input]),
      () => node([BIN, "--help"]),
    ]);
    const loadAfter = loadavg()[0] ?? 0;
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log(`${TASKS} tasks, median of ${RUNS} runs, each a whole process (node started, program loaded, file read and written)`);
    // On a shared machine the figures only compare at like load.
    console.log(`load average (1 min) ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`);
    console.log(`plan-tracker report:           ${report.toFixed(0)} ms`);
    console.log(`ExcelJS load + save:           ${loadSave.toFixed(0)} ms`);
    console.log(`  report / ExcelJS load+save:  ${ratio(report, loadSave)}× (goal ≤ 0.6×)`);
    console.log(`plan-tracker check:            ${check.toFixed(0)} ms`);
    console.log(`ExcelJS load:                  ${load.toFixed(0)} ms`);
    console.log(`  check / ExcelJS load:        ${ratio(check, load)}× (goal ≤ 0.3×)`);
    console.log(`start-up (plan-tracker --help): ${start.toFixed(0)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void run();
