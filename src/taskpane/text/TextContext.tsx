// The chosen language for every component below the App: `useText()` gives the pane's words, status labels and
// issue messages in it. Status labels and issue messages come from the engine's catalogues, so the pane and the
// workbook use the same words.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Issue } from "../../core/model/Issue";
import type { StatusCode } from "../../core/model/Status";
import { renderIssue } from "../../core/i18n/renderIssue";
import { severityLabel } from "../../core/i18n/severityLabel";
import { statusLabel } from "../../core/i18n/statusLabel";
import type { Severity } from "../../core/model/Issue";
import { enPane } from "./enPane";
import { fillPlaceholders, type Lang, type PaneKey, type PaneParams, type PaneText } from "./PaneText";
import { viPane } from "./viPane";

const CATALOGUES: Record<Lang, PaneText> = { vi: viPane, en: enPane };

export interface Text {
  lang: Lang;
  t(key: PaneKey, params?: PaneParams): string;
  status(code: StatusCode): string;
  /** The issue as one sentence, where first: "Ô E12 (trang Kế hoạch): Không đọc được …". */
  issue(issue: Issue): string;
  severity(severity: Severity): string;
}

export function makeText(lang: Lang): Text {
  const catalogue = CATALOGUES[lang];
  return {
    lang,
    t: (key, params) => fillPlaceholders(catalogue[key], params),
    status: (code) => statusLabel(code, lang),
    issue: (issue) => renderIssue(issue, lang),
    severity: (severity) => severityLabel(severity, lang),
  };
}

const TextContext = createContext<Text>(makeText("vi"));

export function TextProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const text = useMemo(() => makeText(lang), [lang]);
  return <TextContext.Provider value={text}>{children}</TextContext.Provider>;
}

export function useText(): Text {
  return useContext(TextContext);
}
