// The monthly cycle on a generated 5,000-task plan whose tasks are led by 60 units: `forms` (60 protected forms)
// and `collect` of the 60 returned forms (each filled in on every row), next to ExcelJS's own load + save of the plan.
// Run: node -r ts-node/register/transpile-only bench/cycle.ts [tasks] [runs]
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { main, type CliIO } from "../src/cli/main";
import { analyzeWorkbook } from "../src/core/engine";
import { parseAddress } from "../src/core/grid/address";
import { DEFAULT_SETTINGS } from "../src/core/model/Status";
import { readXlsx } from "../src/xlsx/readXlsx";
import { setCellValues } from "../src/xlsx/writer/setCellValues";
import { writeGeneratedPlan } from "../scripts/samples/generatePlan";
import { fill } from "../test/cli/formEdits";

const TASKS = Number(process.argv[2] ?? 5000);
const RUNS = Number(process.argv[3] ?? 3);
const UNITS = 60;

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
  const dir = mkdtempSync(path.join(tmpdir(), "pt-bench-cycle-"));
  const io: CliIO = { out: () => undefined, err: (t) => console.error(t), today: () => "2026-11-10" };
  const cli = async (...argv: string[]) => {
    const code = await main(argv, io);
    if (code !== 0) throw new Error(`${argv[0]} exited with ${code}`);
  };
  try {
    // The plan, its lead cells given to 60 units in turn, reported once (keys and input columns).
    const generated = path.join(dir, "generated.xlsx");
    await writeGeneratedPlan(generated, TASKS);
    const bytes = new Uint8Array(readFileSync(generated));
    const plan = analyzeWorkbook(readXlsx(bytes), { ...DEFAULT_SETTINGS, reportDate: "2026-11-10" }).plan;
    if (!plan) throw new Error("no plan");
    const writes = plan.tasks.flatMap((t, i) => {
      const at = t.cells.lead ? parseAddress(t.cells.lead) : null;
      return at ? [{ row: at.row, col: at.col, value: `Trường Mầm non số ${(i % UNITS) + 1}` }] : [];
    });
    const sixty = path.join(dir, "ke-hoach.xlsx");
    writeFileSync(sixty, setCellValues(bytes, plan.sheet, writes));
    const reported = path.join(dir, "reported.xlsx");
    await cli("report", sixty, "--date", "2026-10-14", "--out", reported);

    const formsDir = path.join(dir, "forms");
    const forms = await median(() => cli("forms", reported, "--date", "2026-11-10", "--out", formsDir));
    const files = readdirSync(formsDir).sort();

    // Each unit fills in every row of its form.
    const filled = files.map((f, i) => {
      const keys = (readXlsx(new Uint8Array(readFileSync(path.join(formsDir, f)))).sheets[0]?.values ?? [])
        .map((r) => String(r[1] ?? ""))
        .filter((k) => k.startsWith("NV-"));
      const values = Object.fromEntries(keys.map((k) => [k, { percent: 10 + (i % 80), result: "Đã triển khai" }]));
      return fill(path.join(formsDir, f), path.join(dir, `back-${i}.xlsx`), values);
    });
    const collect = await median(() => cli("collect", reported, ...filled, "--date", "2026-11-10", "--out", path.join(dir, "th.xlsx")));

    const excel = await median(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(reported) as unknown as ExcelJS.Buffer);
      await wb.xlsx.writeFile(path.join(dir, "exceljs.xlsx"));
    });
    console.log(`${TASKS} tasks, ${files.length} lead units, median of ${RUNS} runs`);
    console.log(`plan-tracker forms (${files.length} protected forms written):   ${forms.toFixed(0)} ms (${(forms / excel).toFixed(2)}× ExcelJS)`);
    console.log(`plan-tracker collect (${filled.length} forms into the plan):       ${collect.toFixed(0)} ms (${(collect / excel).toFixed(2)}× ExcelJS)`);
    console.log(`ExcelJS load + save of the plan only:               ${excel.toFixed(0)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void run();
