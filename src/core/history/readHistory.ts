// The history sheet read back from the workbook: the command line and the add-in see the same past. A row that
// cannot be read (staff typed in the sheet) is skipped; the sheet is found by its marker, else by its name.
import { excelSerialToIso, type IsoDate } from "../date/calendar";
import type { CellValue, Grid, WorkbookSnapshot } from "../grid/Grid";
import type { StatusCode } from "../model/Status";
import { findMarker } from "../report/markers";
import { MARKER } from "../report/markers";
import { STATUS_ORDER } from "../report/palette";
import { matchKey } from "../text/normalize";
import { statusLabel } from "../i18n/statusLabel";
import { isoDate, isValidDate } from "../date/calendar";
import {
  HISTORY_HEADERS,
  HISTORY_HEADERS_EN,
  HISTORY_SHEET,
  HISTORY_SHEET_EN,
  periodIndex,
  SOURCE_WORDS,
  SOURCE_WORDS_EN,
  type HistoryRow,
} from "./HistoryRow";

export interface History {
  /** The sheet's name, or null when the workbook has none yet. */
  sheet: string | null;
  rows: HistoryRow[];
}

const CODES: ReadonlySet<string> = new Set<string>(STATUS_ORDER);

export function findHistoryGrid(snapshot: WorkbookSnapshot): Grid | undefined {
  const marked = findMarker(snapshot, MARKER.historySheet);
  const key = (s: string) => s.normalize("NFC").toLowerCase();
  const byMarker = marked ? snapshot.sheets.find((s) => key(s.name) === key(marked.sheet)) : undefined;
  return (
    byMarker ??
    snapshot.sheets.find((s) => key(s.name) === key(HISTORY_SHEET)) ??
    snapshot.sheets.find((s) => key(s.name) === key(HISTORY_SHEET_EN))
  );
}

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

function date(v: CellValue | undefined, date1904: boolean): IsoDate | undefined {
  if (typeof v === "number") return excelSerialToIso(v, date1904) ?? undefined;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text(v));
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? isoDate(y, mo, d) : undefined;
}

export function readHistory(snapshot: WorkbookSnapshot): History {
  const grid = findHistoryGrid(snapshot);
  if (!grid) return { sheet: null, rows: [] };
  // Columns found by header (staff may have inserted a column to annotate).
  // Either language's headers, each to its column (a workbook whose language was changed keeps its older rows).
  const byHeader = new Map<string, (typeof HISTORY_HEADERS)[number]>();
  for (const h of HISTORY_HEADERS) {
    byHeader.set(matchKey(h), h);
    byHeader.set(matchKey(HISTORY_HEADERS_EN[h]), h);
  }
  let headerRow = -1;
  const col = new Map<string, number>();
  for (let r = 0; r < Math.min(grid.values.length, 10) && headerRow < 0; r++) {
    const row = grid.values[r] ?? [];
    row.forEach((v, c) => {
      const h = byHeader.get(matchKey(text(v)));
      if (h !== undefined && !col.has(h)) col.set(h, c);
    });
    if (col.has("Mã NV") && col.has("Kỳ báo cáo")) headerRow = r;
    else col.clear();
  }
  if (headerRow < 0) return { sheet: grid.name, rows: [] };
  const d1904 = grid.date1904 === true;
  const rows: HistoryRow[] = [];
  const fromForm = new Set([matchKey(SOURCE_WORDS.form), matchKey(SOURCE_WORDS_EN.form)]);
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const get = (h: (typeof HISTORY_HEADERS)[number]) => {
      const c = col.get(h);
      return c === undefined ? undefined : row[c];
    };
    const period = text(get("Kỳ báo cáo"));
    const key = text(get("Mã NV"));
    const code = text(get("Mã trạng thái"));
    const reportDate = date(get("Ngày báo cáo"), d1904);
    if (periodIndex(period) === null || key === "" || !CODES.has(code) || !reportDate) continue;
    const percentValue = get("Tiến độ (%)");
    const out: HistoryRow = {
      period,
      reportDate,
      key,
      number: text(get("TT")),
      code: code as StatusCode,
      label: statusLabel(code as StatusCode, "vi"),
      source: fromForm.has(matchKey(text(get("Nguồn")))) ? "form" : "plan",
    };
    if (typeof percentValue === "number") out.percent = percentValue;
    const completedOn = date(get("Ngày hoàn thành"), d1904);
    if (completedOn) out.completedOn = completedOn;
    const optional = [
      ["result", "Kết quả thực hiện"],
      ["difficulties", "Khó khăn, vướng mắc"],
      ["proposals", "Kiến nghị, đề xuất"],
      ["unit", "Đơn vị báo cáo"],
      ["file", "Tệp"],
    ] as const;
    for (const [field, header] of optional) {
      const t = text(get(header));
      if (t !== "") out[field] = t;
    }
    const collectedOn = date(get("Ngày tổng hợp"), d1904);
    if (collectedOn) out.collectedOn = collectedOn;
    rows.push(out);
  }
  return { sheet: grid.name, rows };
}

/** The periods recorded, oldest first. */
export function historyPeriods(rows: readonly HistoryRow[]): string[] {
  const seen = new Map<string, number>();
  for (const r of rows) if (!seen.has(r.period)) seen.set(r.period, periodIndex(r.period) ?? 0);
  return [...seen].sort((a, b) => a[1] - b[1]).map(([p]) => p);
}
