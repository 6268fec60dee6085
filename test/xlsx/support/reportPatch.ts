// The patch `plan-tracker report` builds for a workbook's bytes at a date: the engine run as the command line runs it.
import { analyzeWorkbook, reportInput } from "../../../src/core/engine";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/model/Status";
import type { WorkbookPatch } from "../../../src/core/patch/WorkbookPatch";
import { buildPatch } from "../../../src/core/report/buildPatch";
import { readXlsx } from "../../../src/xlsx/readXlsx";

export function reportPatch(bytes: Uint8Array, reportDate: string, extra: Partial<Settings> = {}): WorkbookPatch {
  const snapshot = readXlsx(bytes);
  const settings: Settings = { ...DEFAULT_SETTINGS, reportDate, ...extra };
  // The engine leaves the columns an earlier run marked out of the staff's table.
  const input = reportInput(analyzeWorkbook(snapshot, settings), settings, snapshot);
  if (!input) throw new Error("no plan in the workbook");
  return buildPatch(input);
}

/** The columns of `sheet` the patch's markers claim (status, due, days left, legend, input). */
export function ownedColumns(patch: WorkbookPatch, sheet: string): Set<number> {
  const cols = new Set<number>();
  for (const m of patch.names) {
    if (m.sheet !== sheet || !m.name.startsWith("PlanTracker_") || m.name.startsWith("PlanTracker_Sheet_")) continue;
    for (let c = m.range.left; c <= m.range.right; c++) cols.add(c);
  }
  return cols;
}
