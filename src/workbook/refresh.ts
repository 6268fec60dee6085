// "Cập nhật trạng thái" in one call, for the ribbon command and the task pane alike: read the workbook, run the
// engine at the reporting date, build the patch and apply it. Hosts differ; this sequence does not.
import { analyzeWorkbook, reportInput, type Analysis } from "../core/engine";
import { DEFAULT_SETTINGS, type Settings } from "../core/model/Status";
import type { IsoDate } from "../core/date/calendar";
import type { WorkbookPatch } from "../core/patch/WorkbookPatch";
import { buildPatch } from "../core/report/buildPatch";
import type { ApplyProgress, ApplyResult, WorkbookSession } from "./WorkbookSession";

export interface RefreshOutcome {
  analysis: Analysis;
  /** Null when no plan table was found: nothing is written, and analysis.issues says why. */
  patch: WorkbookPatch | null;
  result: ApplyResult | null;
}


/** The settings a run uses: defaults, then what the document saved, then the reporting date (never saved). */
export async function runSettings(session: WorkbookSession, reportDate: IsoDate): Promise<Settings> {
  const { reportDate: _saved, ...saved } = await session.loadSettings();
  return { ...DEFAULT_SETTINGS, ...saved, reportDate };
}

/** Reads, analyses, builds the patch and applies it. Host failures reject with the host's HostError. */
export async function refreshWorkbook(
  session: WorkbookSession,
  settings: Settings,
  onProgress?: (p: ApplyProgress) => void,
): Promise<RefreshOutcome> {
  const snapshot = await session.read();
  // The engine leaves plan-tracker's own marked columns out of the staff's table by itself.
  const analysis = analyzeWorkbook(snapshot, settings);
  const input = reportInput(analysis, settings, snapshot);
  if (!input) return { analysis, patch: null, result: null };
  const patch = buildPatch(input);
  const result = await session.apply(patch, onProgress);
  return { analysis, patch, result };
}
