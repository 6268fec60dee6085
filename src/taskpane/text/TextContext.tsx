// The chosen language for every component below the App: `useText()` gives the UI words (src/core/i18n's catalogue,
// which holds the pane's strings), status labels and issue messages in it, so the pane and the workbook use the
// same words.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Lang, UiKey } from "../../core/i18n/Catalogue";
import { renderIssue } from "../../core/i18n/renderIssue";
import { severityLabel } from "../../core/i18n/severityLabel";
import { statusLabel } from "../../core/i18n/statusLabel";
import { t as translate } from "../../core/i18n/t";
import type { Issue, Severity } from "../../core/model/Issue";
import type { StatusCode } from "../../core/model/Status";

export type { Lang } from "../../core/i18n/Catalogue";

export type TextParams = Readonly<Record<string, string | number>>;

export interface Text {
  lang: Lang;
  /** A UI string with its {placeholders} filled. */
  t(key: UiKey, params?: TextParams): string;
  status(code: StatusCode): string;
  /** The issue as one sentence, where first: "Ô E12 (trang Kế hoạch): Không đọc được …". */
  issue(issue: Issue): string;
  severity(severity: Severity): string;
}

// core's t() checks each key's placeholders at compile time; the pane builds some keys at run time
// (`host.${code}`), so it calls it through this looser signature.
const looseT = translate as (key: UiKey, lang: Lang, params?: TextParams) => string;

export function makeText(lang: Lang): Text {
  return {
    lang,
    t: (key, params) => looseT(key, lang, params),
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
