// "Cập nhật trạng thái" in one call, for the ribbon command and the task pane alike: read the workbook, run the
// engine at the reporting date, build the patch and apply it. Hosts differ; this sequence does not.
import { analyzeWorkbook, reportInput, type Analysis } from "../core/engine";
import { DEFAULT_SETTINGS, type Settings } from "../core/model/Status";
import type { IsoDate } from "../core/date/calendar";
import type { WorkbookPatch } from "../core/patch/WorkbookPatch";
import { buildPatch } from "../core/report/buildPatch";
import { HostError, type ApplyProgress, type ApplyResult, type WorkbookSession } from "./WorkbookSession";

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

export interface RefreshOptions {
  /** Show the summary sheet afterwards (the pane); the ribbon command leaves the user where they are. */
  activate?: boolean;
}

/** Reads before giving up when the workbook keeps changing under the refresh. */
const MAX_ATTEMPTS = 3;

/**
 * Reads, analyses, builds the patch and applies it. The patch carries the basis of the read it was built from, so
 * a host refuses it (HostError "stale") when staff changed the workbook in between; the refresh then reads and
 * builds again. Host failures reject with the host's HostError.
 */
export async function refreshWorkbook(
  session: WorkbookSession,
  settings: Settings,
  onProgress?: (p: ApplyProgress) => void,
  options: RefreshOptions = {},
): Promise<RefreshOutcome> {
  for (let attempt = 1; ; attempt++) {
    const snapshot = await session.read();
    // The engine leaves plan-tracker's own marked columns out of the staff's table by itself.
    const analysis = analyzeWorkbook(snapshot, settings);
    const input = reportInput(analysis, settings, snapshot);
    if (!input) return { analysis, patch: null, result: null };
    const { activate, ...built } = buildPatch(input);
    const patch: WorkbookPatch = {
      ...built,
      ...(options.activate === false || activate === undefined ? {} : { activate }),
      ...(snapshot.basis === undefined ? {} : { basis: snapshot.basis }),
    };
    try {
      const result = await session.apply(patch, onProgress);
      return { analysis, patch, result };
    } catch (error) {
      if (!(error instanceof HostError && error.code === "stale") || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
