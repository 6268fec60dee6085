// The settings a workbook keeps (the hidden name the task pane writes too), as the command line reads and keeps them.
// The workbook's language — the words of plan-tracker's own sheets, headers and report — is one of them: it is
// chosen once and kept, so `--lang en` on a Vietnamese workbook changes the messages on screen and nothing in the
// file. Only `--workbook-lang` changes it.
import type { WorkbookSnapshot } from "../core/grid/Grid";
import type { Settings } from "../core/model/Status";
import { findMarker, MARKER } from "../core/report/markers";
import { reportText } from "../core/report/labels";
import { SETTINGS_NAME, decodeSettings } from "../workbook/settingsName";

type Lang = "vi" | "en";

/** What the workbook saved ({} when nothing, or what is there cannot be read); never the reporting date. */
export function savedSettings(snapshot: WorkbookSnapshot): Partial<Settings> {
  const key = SETTINGS_NAME.toLowerCase();
  const entry = snapshot.names.find((n) => n.name.toLowerCase() === key && n.scope === undefined);
  if (!entry) return {};
  const { reportDate: _ignored, ...saved } = decodeSettings(entry.ref);
  return saved;
}

export interface WorkbookLanguage {
  lang: Lang;
  /** Where it came from: the option, the saved settings, the sheets an earlier run wrote, or the default. */
  source: "option" | "saved" | "sheets" | "default";
}

/**
 * The workbook's language: `--workbook-lang`, else the saved one, else the language of the summary sheet an earlier
 * run wrote before settings were kept ("Summary" is English), else Vietnamese.
 */
export function workbookLanguage(snapshot: WorkbookSnapshot, saved: Partial<Settings>, option?: Lang): WorkbookLanguage {
  if (option) return { lang: option, source: "option" };
  if (saved.lang === "vi" || saved.lang === "en") return { lang: saved.lang, source: "saved" };
  const summary = findMarker(snapshot, MARKER.summarySheet);
  if (summary) {
    for (const lang of ["vi", "en"] as const)
      if (summary.sheet === reportText(lang).sheets.summary) return { lang, source: "sheets" };
  }
  return { lang: "vi", source: "default" };
}
