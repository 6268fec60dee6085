// The collect problems and the preview lines in Vietnamese and English (same keys: the compiler checks it).
import { formatVnDate } from "../date/calendar";
import type { Change, CollectProblem, ProgressField } from "./collectForms";

type Lang = "vi" | "en";
/** Where the reader settles a conflict: the command line's --prefer, or the pane's choice under the list. */
export type ChoiceHint = "cli" | "pane";
type ProblemCatalogue = { [C in CollectProblem["code"]]: (p: Extract<CollectProblem, { code: C }>, hint: ChoiceHint) => string };

const FIELDS: Record<Lang, Record<ProgressField, string>> = {
  vi: { status: "Tình trạng", percent: "Tiến độ (%)", completedOn: "Ngày hoàn thành", result: "Kết quả thực hiện" },
  en: { status: "Status", percent: "Progress (%)", completedOn: "Completion date", result: "Result" },
};

const q = (s: string) => `“${s}”`;
const show = (field: ProgressField, v: string) => (field === "completedOn" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatVnDate(v) : v);

const vi: ProblemCatalogue = {
  "other-plan": (p) => `${p.file}: phiếu của một kế hoạch khác, không tổng hợp.`,
  "other-period": (p) => `${p.file}: phiếu của kỳ ${p.period}, không phải kỳ ${p.expected} (bản cũ?), không tổng hợp.`,
  "unit-not-lead": (p) => `${p.file}: ${p.unit} báo cáo nhiệm vụ ${p.key} nhưng không chủ trì nhiệm vụ này; bỏ qua.`,
  conflict: (p, hint) =>
    `Nhiệm vụ ${p.key}, ${FIELDS.vi[p.field]}: các đơn vị báo khác nhau (${p.values.map((v) => `${v.unit}: ${q(show(p.field, v.value))}`).join("; ")}); ` +
    (p.chosen
      ? `lấy theo ${p.chosen}.`
      : hint === "pane"
        ? "chưa ghi, hãy chọn cách lấy giá trị ở ô bên dưới."
        : "chưa ghi, hãy chọn bằng --prefer latest|lead."),
  "percent-backwards": (p) => `${p.file}: nhiệm vụ ${p.key} có tiến độ giảm từ ${p.from}% xuống ${p.to}%.`,
  "done-without-date": (p) => `${p.file}: nhiệm vụ ${p.key} ghi “Đã hoàn thành” nhưng chưa có ngày hoàn thành.`,
  "date-in-future": (p) => `${p.file}: nhiệm vụ ${p.key} có ngày hoàn thành ${formatVnDate(p.date)} sau ngày báo cáo; không ghi ngày này.`,
  "bad-date": (p) => `${p.file}: nhiệm vụ ${p.key} có ngày hoàn thành ${q(p.text)} không đọc được (ghi ngày/tháng/năm).`,
  "row-unmatched": (p) => `${p.file}, dòng ${p.row}: ${q(p.title.slice(0, 60))} không khớp nhiệm vụ nào của kế hoạch; bỏ qua.`,
  "matched-by-text": (p) => `${p.file}: cột Mã NV bị mất, ${p.rows} dòng được khớp theo TT và nội dung nhiệm vụ.`,
};

const en: ProblemCatalogue = {
  "other-plan": (p) => `${p.file}: a form of another plan; not collected.`,
  "other-period": (p) => `${p.file}: a form for period ${p.period}, not ${p.expected} (an old copy?); not collected.`,
  "unit-not-lead": (p) => `${p.file}: ${p.unit} reports task ${p.key} but does not lead it; skipped.`,
  conflict: (p, hint) =>
    `Task ${p.key}, ${FIELDS.en[p.field]}: units disagree (${p.values.map((v) => `${v.unit}: ${q(show(p.field, v.value))}`).join("; ")}); ` +
    (p.chosen
      ? `taking ${p.chosen}'s.`
      : hint === "pane"
        ? "not written; choose which value to take below."
        : "not written; choose with --prefer latest|lead."),
  "percent-backwards": (p) => `${p.file}: task ${p.key} goes back from ${p.from}% to ${p.to}%.`,
  "done-without-date": (p) => `${p.file}: task ${p.key} is marked done without a completion date.`,
  "date-in-future": (p) => `${p.file}: task ${p.key} has completion date ${formatVnDate(p.date)}, after the reporting date; that date is not written.`,
  "bad-date": (p) => `${p.file}: task ${p.key} has an unreadable completion date ${q(p.text)} (write day/month/year).`,
  "row-unmatched": (p) => `${p.file}, row ${p.row}: ${q(p.title.slice(0, 60))} matches no task of the plan; skipped.`,
  "matched-by-text": (p) => `${p.file}: the Mã NV column was lost; ${p.rows} row(s) matched by number and task text.`,
};

export function problemText(p: CollectProblem, lang: Lang, hint: ChoiceHint = "cli"): string {
  const cat = lang === "en" ? en : vi;
  return (cat[p.code] as (x: CollectProblem, h: ChoiceHint) => string)(p, hint).normalize("NFC");
}

export function changeText(c: Change, lang: Lang): string {
  const field = FIELDS[lang][c.field];
  const from = c.old === "" ? (lang === "en" ? "(empty)" : "(trống)") : show(c.field, c.old);
  return `${c.key} · ${field}: ${q(from)} → ${q(show(c.field, c.new))} (${c.unit})`;
}
