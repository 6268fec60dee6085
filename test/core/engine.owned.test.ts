// After `report`, plan-tracker's own sheets (whose tables have TT / Nhiệm vụ / Đơn vị chủ trì headers) must not
// be taken for plan tables, nor its own columns for the staff's.
import { readFileSync } from "fs";
import * as path from "path";
import { analyzeWorkbook } from "../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../src/core/model/Status";
import { buildPatch } from "../../src/core/report/buildPatch";
import { XlsxSession } from "../../src/xlsx/XlsxSession";

test("a workbook after report: same plan, same tasks, no other candidates from the owned sheets", async () => {
  const bytes = new Uint8Array(readFileSync(path.join(__dirname, "../../assets/sample/ke-hoach-mau.xlsx")));
  const session = new XlsxSession(bytes);
  const settings = { ...DEFAULT_SETTINGS, reportDate: "2026-11-30" };
  const before = analyzeWorkbook(await session.read(), settings);
  await session.apply(buildPatch({ ...before, settings, snapshot: await session.read(), plan: before.plan! }));
  const afterSnapshot = await session.read();
  expect(afterSnapshot.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Tổng hợp", "Lộ trình", "BC T11-2026", "Lịch sử"]);
  const after = analyzeWorkbook(afterSnapshot, settings);
  expect(after.read.otherCandidates).toEqual([]);
  expect(after.issues.filter((i) => i.code === "other-plan-candidate")).toEqual([]);
  expect(after.plan!.sheet).toBe("Kế hoạch");
  expect(after.plan!.tasks.map((t) => [t.number, t.title])).toEqual(before.plan!.tasks.map((t) => [t.number, t.title]));
  // The staff's (empty) input columns are now progress columns; the owned status columns are not.
  const roles = after.plan!.columns.map((c) => c.role);
  expect(roles).toEqual(expect.arrayContaining(["progressStatus", "progressPercent", "completedOn", "result"]));
  expect(after.issues.length).toBe(before.issues.length);
});
