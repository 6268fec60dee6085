// `npm run bench`: every benchmark in turn, each in its own process so one's garbage does not slow the next.
// Prints figures; nothing here passes or fails.
import { execFileSync } from "child_process";
import * as os from "os";
import * as path from "path";
import { benchEngine } from "./engine";

const OTHERS = [
  ["buildPatch.ts", "building the workbook patch for 10,000 tasks (goal < 300 ms)"],
  ["report.ts", "`report` and `check` on a 5,000-task workbook as whole processes next to ExcelJS (goals ≤ 0.6× load + save, ≤ 0.3× load)"],
  ["xlsxRead.ts", "reading a 5,000-row workbook: our reader next to ExcelJS"],
  ["cycle.ts", "`forms` and `collect` (60 lead units, 60 returned forms) on a 5,000-task plan next to ExcelJS load + save (goal ≤ 2×)"],
] as const;

async function run(): Promise<void> {
  console.log(`plan-tracker benchmarks — Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(1)}`);
  console.log("\n## engine: read, parse, check, classify");
  await benchEngine();
  for (const [file, what] of OTHERS) {
    console.log(`\n## ${what}`);
    execFileSync(process.execPath, ["--expose-gc", "-r", "ts-node/register/transpile-only", path.join(__dirname, file)], {
      stdio: "inherit",
    });
  }
}

run().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
