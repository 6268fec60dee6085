// The shape of a unit's report form ("phiếu báo cáo"), shared by the builder and the reader of returned forms: the
// column headers (found again by their text, so a unit that inserts or moves a column does not break the reading),
// the hidden sheet that says which plan, period and unit the form is for.
import { matchKey } from "../text/normalize";

export const FORM_SHEET = "Phiếu báo cáo";
/** The hidden sheet identifying the form. */
export const FORM_INFO_SHEET = "PT_Phieu";
export const FORM_MARK = "plan-tracker-form";

export const FORM_COLUMNS = {
  number: "TT",
  key: "Mã NV",
  title: "Nhiệm vụ",
  deadline: "Thời hạn",
  status: "Trạng thái hiện tại",
  lastResult: "Kết quả kỳ trước",
  inputStatus: "Tình trạng",
  percent: "Tiến độ (%)",
  completedOn: "Ngày hoàn thành",
  result: "Kết quả thực hiện",
  difficulties: "Khó khăn, vướng mắc",
  proposals: "Kiến nghị, đề xuất",
} as const;

export type FormField = keyof typeof FORM_COLUMNS;
export const FORM_FIELDS = Object.keys(FORM_COLUMNS) as FormField[];
/** The columns the unit fills in. */
export const INPUT_FIELDS: readonly FormField[] = ["inputStatus", "percent", "completedOn", "result", "difficulties", "proposals"];

export const FORM_HEADER_KEYS: Record<string, FormField> = Object.fromEntries(
  FORM_FIELDS.map((f) => [matchKey(FORM_COLUMNS[f]), f]),
);

/** The heading above the coordinated tasks: reading stops there. */
export const COORDINATED_HEADING = "NHIỆM VỤ ĐƠN VỊ PHỐI HỢP THỰC HIỆN (để biết, không cần điền)";

/** A plan's identity on its forms: a hash of its sheet and title, so a form of another plan is recognised. */
export function planIdentity(sheet: string, title: string): string {
  const text = matchKey(sheet) + "|" + matchKey(title);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
