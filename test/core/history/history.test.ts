// The history sheet "Lịch sử" on the real sample: created hidden, the same period replaced, a new period appended,
// read back by the engine; and a deleted task's key never given to a new task.
import { readFileSync } from "fs";
import * as path from "path";
import { analyzeWorkbook, reportInput } from "../../../src/core/engine";
import type { WorkbookSnapshot } from "../../../src/core/grid/Grid";
import { readHistory, historyPeriods } from "../../../src/core/history/readHistory";
import { DEFAULT_SETTINGS } from "../../../src/core/model/Status";
import { buildPatch } from "../../../src/core/report/buildPatch";
import { XlsxSession } from "../../../src/xlsx/XlsxSession";

const SAMPLE = path.join(__dirname, "../../../assets/sample/ke-hoach-mau.xlsx");

async function run(session: XlsxSession, reportDate: string): Promise<WorkbookSnapshot> {
  const settings = { ...DEFAULT_SETTINGS, reportDate };
  const snapshot = await session.read();
  await session.apply(buildPatch(reportInput(analyzeWorkbook(snapshot, settings), settings, snapshot)!));
  return session.read();
}

test("one run per period: created hidden, the same period replaced, the next appended", async () => {
  const session = new XlsxSession(new Uint8Array(readFileSync(SAMPLE)));
  const oct = await run(session, "2026-10-14");
  const sheet = oct.sheets.find((s) => s.name === "Lịch sử");
  expect(sheet?.hidden).toBe(true);
  const first = readHistory(oct);
  expect(first.rows).toHaveLength(8);
  expect(first.rows[0]).toMatchObject({ period: "10/2026", reportDate: "2026-10-14", key: "NV-001", number: "1", code: "in_progress", source: "plan" });
  expect(first.rows[7]).toMatchObject({ key: "NV-008", code: "overdue", label: "Quá hạn" });

  const again = readHistory(await run(session, "2026-10-14"));
  expect(again.rows).toEqual(first.rows);

  const nov = readHistory(await run(session, "2026-11-14"));
  expect(nov.rows).toHaveLength(16);
  expect(historyPeriods(nov.rows)).toEqual(["10/2026", "11/2026"]);
  expect(nov.rows.slice(0, 8)).toEqual(first.rows);
  // A later run of an earlier period replaces that period's rows where they stand.
  const redo = readHistory(await run(session, "2026-10-20"));
  expect(historyPeriods(redo.rows)).toEqual(["10/2026", "11/2026"]);
  expect(redo.rows.slice(0, 8).every((r) => r.reportDate === "2026-10-20")).toBe(true);
});

test("the key of a deleted last task is remembered by the history and not given to the next new task", async () => {
  const session = new XlsxSession(new Uint8Array(readFileSync(SAMPLE)));
  const snapshot = structuredClone(await run(session, "2026-10-14"));
  const grid = snapshot.sheets.find((s) => s.name === "Kế hoạch");
  if (!grid) throw new Error("no plan sheet");
  const keyCol = (grid.values[7] ?? []).indexOf("Mã NV");
  // Task NV-008 (row 16) replaced by a new task typed over it, its key cell cleared.
  const row = grid.values[15] ?? [];
  row[1] = "Nhiệm vụ mới thay cho nhiệm vụ đã bỏ";
  row[keyCol] = null;
  const a = analyzeWorkbook(snapshot, { ...DEFAULT_SETTINGS, reportDate: "2026-11-14" });
  expect(a.keys?.byTask.get(a.plan!.tasks[7]!.id)).toBe("NV-009");
});

test("an English workbook's history is named and headed in English, and a change of language keeps the rows before it", async () => {
  const english = new XlsxSession(new Uint8Array(readFileSync(SAMPLE)));
  const runIn = async (session: XlsxSession, reportDate: string, lang: "vi" | "en") => {
    const settings = { ...DEFAULT_SETTINGS, reportDate, lang };
    const snapshot = await session.read();
    await session.apply(buildPatch(reportInput(analyzeWorkbook(snapshot, settings), settings, snapshot)!));
    return session.read();
  };
  const oct = await runIn(english, "2026-10-14", "en");
  const sheet = oct.sheets.find((s) => s.name === "History");
  expect(sheet?.hidden).toBe(true);
  expect((sheet?.values[0] ?? []).slice(0, 5)).toEqual(["Period", "Report date", "Task key", "No.", "Status code"]);
  expect(oct.sheets.some((s) => s.name === "Lịch sử")).toBe(false);
  const rows = readHistory(oct).rows;
  expect(rows).toHaveLength(8);
  expect(rows[0]).toMatchObject({ period: "10/2026", reportDate: "2026-10-14", key: "NV-001", code: "in_progress", source: "plan" });

  // October recorded in Vietnamese, November in English: both periods read back, under English headers now.
  const changed = new XlsxSession(new Uint8Array(readFileSync(SAMPLE)));
  const before = readHistory(await runIn(changed, "2026-10-14", "vi")).rows;
  const nov = await runIn(changed, "2026-11-14", "en");
  const after = readHistory(nov).rows;
  expect(historyPeriods(after)).toEqual(["10/2026", "11/2026"]);
  expect(after.slice(0, 8).map((r) => [r.key, r.code, r.reportDate])).toEqual(before.map((r) => [r.key, r.code, r.reportDate]));
  const grid = nov.sheets.find((s) => readHistory({ ...nov, sheets: [s] }).rows.length > 0);
  expect(grid?.values[0]?.[0]).toBe("Period");
});
