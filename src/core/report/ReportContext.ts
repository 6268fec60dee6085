// What every sheet builder of one patch shares: the input, the language, the style book, and lookups computed once.
import type { WorkbookSnapshot } from "../grid/Grid";
import type { Issue } from "../model/Issue";
import type { Plan, Task } from "../model/Plan";
import type { Settings, StatusCode, TaskStatus } from "../model/Status";
import { statusLabel } from "../i18n/statusLabel";
import type { UnitDirectory } from "../model/Unit";
import { reportText, type Lang, type ReportText } from "./labels";
import { planTitle } from "./planTitle";
import { reportingPeriod, type ReportingPeriod } from "./reportingPeriod";
import { StyleBook } from "./StyleBook";
import { countStatuses, leadUnitsOf, statusLookup, type StatusCounts } from "./summarizeStatuses";
import { UnitNamer, type UnitIdentity } from "./UnitNamer";

export interface ReportInput {
  plan: Plan;
  statuses: TaskStatus[];
  issues: Issue[];
  settings: Settings;
  directory: UnitDirectory;
  /** The workbook as read: sheet names, defined names (the markers), the plan sheet's grid. */
  snapshot: WorkbookSnapshot;
}

export const DEFAULT_ISSUER = {
  parent: "UBND TỈNH KHÁNH HÒA",
  body: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
  place: "Khánh Hòa",
} as const;

export interface ReportContext {
  input: ReportInput;
  plan: Plan;
  settings: Settings;
  lang: Lang;
  text: ReportText;
  styles: StyleBook;
  units: UnitNamer;
  statusOf: (task: Task) => TaskStatus;
  leadsOf: (task: Task) => UnitIdentity[];
  counts: StatusCounts;
  period: ReportingPeriod;
  planName: string;
  issuer: { parent: string; body: string; place: string };
  noLead: UnitIdentity;
  /** The status in words (src/core/i18n), also the text the conditional formats key on. */
  label: (code: StatusCode) => string;
}

export function makeContext(input: ReportInput): ReportContext {
  const { plan, settings } = input;
  const lang: Lang = settings.lang === "en" ? "en" : "vi";
  const text = reportText(lang);
  const units = new UnitNamer(input.directory, settings.reportDate, text);
  const statusOf = statusLookup(plan, input.statuses);
  const noLead: UnitIdentity = { key: "", name: text.common.noLead, display: text.common.noLead };
  const leads = new Map<string, UnitIdentity[]>();
  const leadsOf = (task: Task) => {
    let l = leads.get(task.id);
    if (!l) {
      l = leadUnitsOf(task, units, noLead);
      leads.set(task.id, l);
    }
    return l;
  };
  return {
    input,
    plan,
    settings,
    lang,
    text,
    styles: new StyleBook(),
    units,
    statusOf,
    leadsOf,
    counts: countStatuses(plan, statusOf),
    period: reportingPeriod(settings.reportDate, settings.cutoffDay),
    planName: planTitle(plan),
    issuer: settings.issuer ?? DEFAULT_ISSUER,
    noLead,
    label: (code) => statusLabel(code, lang),
  };
}
