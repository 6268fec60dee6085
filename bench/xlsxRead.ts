// Median read time of a 5,000-row × 10-column plan workbook: readXlsx vs ExcelJS `workbook.xlsx.load`.
// Run: node --expose-gc -r ts-node/register/transpile-only bench/xlsxRead.ts [rows]
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { readXlsx } from "../src/xlsx/readXlsx";

const ROWS = Number(process.argv[2] ?? 5000);
const UNITS = ["Sở GDĐT", "Sở Tài chính", "Sở Nội vụ", "UBND các huyện, thành phố", "Phòng GDĐT các huyện"];
const TIMES = ["2023 – 2030", "Quý IV/2025", "Hằng năm", "Tháng 6/2026", "trước ngày 15/12/2026"];

async function writePlan(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kế hoạch");
  ws.addRow([
    "TT",
    "Nhiệm vụ",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời gian hoàn thành",
    "Sản phẩm dự kiến",
    "Ngày giao",
    "Kinh phí",
    "Tiến độ",
    "Ghi chú",
  ]);
  for (let i = 1; i <= ROWS; i++) {
    ws.addRow([
      i,
      `Nhiệm vụ số ${i}: rà soát, xây dựng kế hoạch phát triển giáo dục mầm non vùng khó khăn`,
      UNITS[i % UNITS.length],
      `${UNITS[(i + 1) % UNITS.length]}; ${UNITS[(i + 2) % UNITS.length]}`,
      TIMES[i % TIMES.length],
      `Báo cáo kết quả ${i}`,
      new Date(Date.UTC(2026, i % 12, 1 + (i % 28))),
      1_000_000 + i * 250.5,
      (i % 100) / 100,
      i % 7 === 0 ? "Đã hoàn thành" : null,
    ]);
  }
  ws.getColumn(7).numFmt = "dd/mm/yyyy";
  ws.getColumn(8).numFmt = "#,##0";
  ws.getColumn(9).numFmt = "0%";
  await wb.xlsx.writeFile(file);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

async function time(runs: number, fn: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "xlsx-bench-"));
  try {
    const file = path.join(dir, "plan.xlsx");
    await writePlan(file);
    const bytes = new Uint8Array(readFileSync(file));
    const check = readXlsx(bytes).sheets[0];
    if (check?.values.length !== ROWS + 1)
      throw new Error(`read ${check?.values.length} rows, expected ${ROWS + 1}`);

    await time(3, () => readXlsx(bytes)); // warm-up
    await time(1, () => new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer));
    const ours = await time(11, () => readXlsx(bytes));
    const theirs = await time(5, () =>
      new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer),
    );
    const a = median(ours);
    const b = median(theirs);
    console.log(`${ROWS} rows × 10 columns, ${(bytes.length / 1024).toFixed(0)} KiB`);
    console.log(`readXlsx            median ${a.toFixed(1)} ms  (${ours.length} runs)`);
    console.log(`ExcelJS xlsx.load   median ${b.toFixed(1)} ms  (${theirs.length} runs)`);
    console.log(`ratio               ${(b / a).toFixed(1)}× faster`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
