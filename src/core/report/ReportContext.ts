// What every sheet builder of one patch shares: the input, the language, the style book, and lookups computed once.
import { formatVnDate, type IsoDate } from "../date/calendar";
import type { WorkbookSnapshot } from "../grid/Grid";
import type { Issue } from "../model/Issue";
import type { Plan } from "../model/Plan";
import type { Settings, StatusCode, TaskStatus } from "../model/Status";
import { statusLabel } from "../i18n/statusLabel";
import type { UnitDirectory } from "../model/Unit";
import { reportText, type Lang, type ReportText } from "./labels";
import { STATUS_ORDER } from "./palette";
import { planTitle } from "./planTitle";
import { reportingPeriod, type ReportingPeriod } from "./reportingPeriod";
import { StyleBook } from "./StyleBook";
import { countStatuses, type StatusCounts } from "./summarizeStatuses";
import { taskViews, type TaskView } from "./TaskView";
import { UnitNamer, type UnitIdentity } from "./UnitNamer";
import { assignTaskKeys, type TaskKeys } from "../keys/assignTaskKeys";
import { readHistory, type History } from "../history/readHistory";
import type { Provenance } from "../history/HistoryRow";

export interface ReportInput {
  plan: Plan;
  statuses: TaskStatus[];
  issues: Issue[];
  settings: Settings;
  directory: UnitDirectory;
  /** The workbook as read: sheet names, defined names (the markers), the plan sheet's grid. */
  snapshot: WorkbookSnapshot;
  /** The task keys (analyzeWorkbook's); read from the snapshot when absent. */
  keys?: TaskKeys;
  /** The history sheet as read; read from the snapshot when absent. */
  history?: History;
  /** Task key → the returned form its progress values came from this period (collect). */
  provenance?: ReadonlyMap<string, Provenance>;
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
  /** The tasks in plan order with their status and lead units. */
  views: TaskView[];
  /** Every task's key ("Mã NV"). */
  keys: TaskKeys;
  /** The periods recorded before this run ("Lịch sử"). */
  history: History;
  counts: StatusCounts;
  period: ReportingPeriod;
  planName: string;
  issuer: { parent: string; body: string; place: string };
  /** The status in words (src/core/i18n), also the text the conditional formats key on. */
  label: (code: StatusCode) => string;
  /** "30/11/2026", memoised: a plan has few distinct dates and many cells showing them. */
  date: (iso: IsoDate) => string;
}

export function makeContext(input: ReportInput): ReportContext {
  const { plan, settings } = input;
  const lang: Lang = settings.lang === "en" ? "en" : "vi";
  const text = reportText(lang);
  const units = new UnitNamer(input.directory, settings.reportDate, text);
  const noLead: UnitIdentity = { key: "", name: text.common.noLead, display: text.common.noLead };
  const history = input.history ?? readHistory(input.snapshot);
  const views = taskViews(plan, input.statuses, units, noLead);
  const labels = {} as Record<StatusCode, string>;
  for (const code of STATUS_ORDER) labels[code] = statusLabel(code, lang);
  const dates = new Map<IsoDate, string>();
  const date = (iso: IsoDate) => {
    let d = dates.get(iso);
    if (d === undefined) {
      d = formatVnDate(iso);
      dates.set(iso, d);
    }
    return d;
  };
  return {
    input,
    plan,
    settings,
    lang,
    text,
    styles: new StyleBook(),
    units,
    views,
    keys: input.keys ?? assignTaskKeys(input.snapshot, plan, history.rows.map((r) => r.key)),
    history,
    counts: countStatuses(views),
    period: reportingPeriod(settings.reportDate, settings.cutoffDay),
    planName: planTitle(plan),
    issuer: settings.issuer ?? DEFAULT_ISSUER,
    label: (code) => labels[code],
    date,
  };
}
