// Whole processes, started as the README says (node bin/plan-tracker.js): `report` on a generated 5,000-task plan
// against ExcelJS's load + save of the same file, and `check` against ExcelJS's load alone, each ExcelJS step also a
// process of its own (node started, the library loaded, the file read and written). Median wall time of several runs.
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

/** The 1-minute load average when each figure was taken: on a shared machine the figures only compare at like load. */
const loads: string[] = [];

function median(run: () => void): number {
  run(); // warm-up: the file system cache, not the process
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  loads.push((loadavg()[0] ?? 0).toFixed(1));
  return times[Math.floor(times.length / 2)] as number;
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
    const report = median(() => node([BIN, "report", input, "--date", "2026-11-30", "--out", path.join(dir, "out.xlsx"), "--force"]));
    const check = median(() => node([BIN, "check", input, "--date", "2026-11-30"]));
    const loadSave = median(() => node([exceljs, input, path.join(dir, "exceljs.xlsx")]));
    const load = median(() => node([exceljs, input]));
    const start = median(() => node([BIN, "--help"]));
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    const [lReport, lCheck, lLoadSave, lLoad, lStart] = loads;
    console.log(`${TASKS} tasks, median of ${RUNS} runs, each a whole process (node started, program loaded, file read and written)`);
    console.log(`plan-tracker report:           ${report.toFixed(0)} ms (load average ${lReport})`);
    console.log(`ExcelJS load + save:           ${loadSave.toFixed(0)} ms (load average ${lLoadSave})`);
    console.log(`  report / ExcelJS load+save:  ${ratio(report, loadSave)}× (goal ≤ 0.6×)`);
    console.log(`plan-tracker check:            ${check.toFixed(0)} ms (load average ${lCheck})`);
    console.log(`ExcelJS load:                  ${load.toFixed(0)} ms (load average ${lLoad})`);
    console.log(`  check / ExcelJS load:        ${ratio(check, load)}× (goal ≤ 0.3×)`);
    console.log(`start-up (plan-tracker --help): ${start.toFixed(0)} ms (load average ${lStart})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void run();
