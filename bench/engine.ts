// Issue "plan engine" benchmarks: 10,000 tasks through read, parse, check and classify (goal < 150 ms, issue 7 §7), and
// `check` on a 5,000-task .xlsx next to ExcelJS's own load of that file (goal: within 1.5×).
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../src/core/engine";
import { DEFAULT_SETTINGS } from "../src/core/model/Status";
import { readXlsx } from "../src/xlsx/readXlsx";
import { writeGeneratedPlan } from "../scripts/samples/generatePlan";
import { fmt, medianMs } from "./stats";

const settings = { ...DEFAULT_SETTINGS, reportDate: "2026-11-30" };

export async function benchEngine(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plan-tracker-bench-"));
  try {
    const big = path.join(dir, "plan-10000.xlsx");
    const mid = path.join(dir, "plan-5000.xlsx");
    await writeGeneratedPlan(big, 10_000);
    await writeGeneratedPlan(mid, 5_000);

    const bigSnapshot = readXlsx(new Uint8Array(await fs.readFile(big)));
    const tasks = analyzeWorkbook(bigSnapshot, settings).plan?.tasks.length ?? 0;
    const engine = await medianMs(15, () => analyzeWorkbook(bigSnapshot, settings));
    console.log(`engine: ${tasks} tasks read (grid → plan), parsed, checked, classified — median ${fmt(engine.median)} (min ${fmt(engine.min)}, max ${fmt(engine.max)}; goal < 150 ms)`);

    const bytes = new Uint8Array(await fs.readFile(mid));
    const ours = await medianMs(9, () => analyzeWorkbook(readXlsx(bytes), settings));
    const excel = await medianMs(5, async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    });
    const readOnly = await medianMs(9, () => readXlsx(bytes));
    console.log(`check on a 5,000-task .xlsx (${(bytes.length / 1024).toFixed(0)} KiB): read + analyse median ${fmt(ours.median)} (read alone ${fmt(readOnly.median)})`);
    console.log(`ExcelJS workbook.xlsx.load of the same file: median ${fmt(excel.median)}`);
    console.log(`ratio check / ExcelJS load: ${(ours.median / excel.median).toFixed(2)}× (goal ≤ 1.5×)`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
