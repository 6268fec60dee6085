// Reads the workbook through the session, keeps the settings, and runs the engine whenever either changes.
// Reading is the only slow step (a round trip to Excel); the engine itself is pure and runs in memory, so changing
// the reporting date or a filter never touches the workbook.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { analyzeWorkbook, type Analysis } from "../../core/engine";
import type { IsoDate } from "../../core/date/calendar";
import type { WorkbookSnapshot } from "../../core/grid/Grid";
import { DEFAULT_SETTINGS, type Settings } from "../../core/model/Status";
import type { WorkbookSession } from "../../workbook/WorkbookSession";

export type AnalysisPhase = "loading" | "ready" | "failed";

export interface AnalysisHandle {
  phase: AnalysisPhase;
  snapshot: WorkbookSnapshot | null;
  analysis: Analysis | null;
  settings: Settings;
  /** Why the last read failed (phase "failed"). */
  readError: unknown;
  /** Reads the workbook again (after a write, or when the user asks). Rejects with the host's error. */
  reload(): Promise<void>;
  /** Changes settings at once and saves them in the document; the reporting date is never saved (it defaults to today). */
  updateSettings(change: Partial<Settings>): Promise<void>;
}

/** The settings a document keeps: everything but the reporting date. */
function persisted(settings: Settings): Partial<Settings> {
  const { reportDate: _reportDate, ...rest } = settings;
  return rest;
}

export function useAnalysis(
  session: WorkbookSession,
  today: IsoDate,
  onError: (error: unknown) => void,
): AnalysisHandle {
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS, reportDate: today });
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [phase, setPhase] = useState<AnalysisPhase>("loading");
  const [readError, setReadError] = useState<unknown>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;

  const reload = useCallback(async () => {
    setPhase("loading");
    try {
      const next = await session.read();
      setSnapshot(next);
      setReadError(null);
      setPhase("ready");
    } catch (error) {
      setReadError(error);
      setPhase("failed");
      throw error;
    }
  }, [session]);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const saved = await session.loadSettings();
        const { reportDate: _ignored, ...rest } = saved;
        if (live) setSettings((s) => ({ ...s, ...rest }));
      } catch (error) {
        // Settings that cannot be loaded leave the defaults; the user is told, and the plan is still read.
        if (live) onErrorRef.current(error);
      }
      if (live) await reload().catch((error: unknown) => onErrorRef.current(error));
    })();
    return () => {
      live = false;
    };
  }, [session, reload]);

  const updateSettings = useCallback(
    async (change: Partial<Settings>) => {
      const next = { ...settingsRef.current, ...change };
      // "sheet: undefined" means automatic choice: drop the key rather than keep an undefined value.
      if ("sheet" in change && change.sheet === undefined) delete next.sheet;
      settingsRef.current = next;
      setSettings(next);
      if (Object.keys(change).some((k) => k !== "reportDate")) await session.saveSettings(persisted(next));
    },
    [session],
  );

  const analysis = useMemo(() => {
    if (!snapshot) return null;
    // The engine leaves out the columns an earlier run wrote (found from their marker names).
    return analyzeWorkbook(snapshot, settings);
  }, [snapshot, settings]);

  return { phase, snapshot, analysis, settings, readError, reload, updateSettings };
}
