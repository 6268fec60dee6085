// A returned form read back, whatever happened to it on the way: re-saved by LibreOffice or WPS (the hidden sheet
// and the values survive, styles may not), rows sorted or inserted (rows are matched by key, not position), dates
// typed as text ("15/11/2026"), columns moved (found by header text).
import type { IsoDate } from "../date/calendar";
import type { CellValue, Grid, WorkbookSnapshot } from "../grid/Grid";
import type { ProgressState } from "../model/Plan";
import { readCompletedOn, readPercent, readProgressState } from "../plan/progress";
import { matchKey } from "../text/normalize";
import { COORDINATED_HEADING, FORM_HEADER_KEYS, FORM_INFO_SHEET, FORM_MARK, FORM_SHEET, type FormField } from "../forms/formLayout";

export interface FormRow {
  /** 1-based row in the form. */
  row: number;
  key: string;
  number: string;
  title: string;
  state?: ProgressState;
  stateText?: string;
  percent?: number;
  completedOn?: IsoDate;
  /** A date typed that is not a date. */
  badDate?: string;
  result?: string;
  difficulties?: string;
  proposals?: string;
}

export type ReadFormResult =
  | {
      ok: true;
      planId: string;
      period: string;
      unitKey: string;
      unitName: string;
      rows: FormRow[];
      /** The key column was lost (deleted, emptied): rows must be matched by TT and task text. */
      keysLost: boolean;
    }
  | { ok: false; reason: "not-form" | "extra-sheets" | "empty"; sheets?: string[]; planId?: string };

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

const key = (s: string) => s.normalize("NFC").toLowerCase();

export function readForm(snapshot: WorkbookSnapshot): ReadFormResult {
  const info = snapshot.sheets.find((s) => key(s.name) === key(FORM_INFO_SHEET));
  const sheet = snapshot.sheets.find((s) => key(s.name) === key(FORM_SHEET));
  if (!info || !sheet || text(info.values[0]?.[0]) !== FORM_MARK) return { ok: false, reason: "not-form" };
  const extra = snapshot.sheets.filter((s) => s !== info && s !== sheet).map((s) => s.name);
  if (extra.length > 0) return { ok: false, reason: "extra-sheets", sheets: extra };
  const field = (name: string) => text(info.values.find((r) => text(r[0]) === name)?.[1]);
  const rows = formRows(sheet);
  if (!rows) return { ok: false, reason: "not-form" };
  const filled = rows.rows.some((r) => r.stateText !== undefined || r.percent !== undefined || r.completedOn !== undefined || r.result !== undefined);
  if (!filled) return { ok: false, reason: "empty", planId: field("plan") };
  return {
    ok: true,
    planId: field("plan"),
    period: field("period"),
    unitKey: field("unitKey"),
    unitName: field("unitName"),
    rows: rows.rows,
    keysLost: rows.keysLost,
  };
}

function formRows(grid: Grid): { rows: FormRow[]; keysLost: boolean } | null {
  let headerRow = -1;
  let cols = new Map<FormField, number>();
  for (let r = 0; r < Math.min(grid.values.length, 30); r++) {
    const found = new Map<FormField, number>();
    (grid.values[r] ?? []).forEach((v, c) => {
      const f = FORM_HEADER_KEYS[matchKey(text(v))];
      if (f && !found.has(f)) found.set(f, c);
    });
    if (found.has("title") && found.has("inputStatus")) {
      headerRow = r;
      cols = found;
      break;
    }
  }
  if (headerRow < 0) return null;
  const stop = matchKey(COORDINATED_HEADING);
  const date1904 = grid.date1904 === true;
  const rows: FormRow[] = [];
  let keysSeen = 0;
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const values = grid.values[r] ?? [];
    const formats = grid.formats?.[r] ?? [];
    if (values.some((v) => matchKey(text(v)) === stop)) break;
    const get = (f: FormField) => {
      const c = cols.get(f);
      return c === undefined ? null : (values[c] ?? null);
    };
    const fmt = (f: FormField) => {
      const c = cols.get(f);
      return c === undefined ? null : (formats[c] ?? null);
    };
    const title = text(get("title"));
    const k = text(get("key"));
    if (title === "" && k === "") continue;
    if (k !== "") keysSeen++;
    const row: FormRow = { row: r + 1, key: k, number: text(get("number")), title };
    const st = readProgressState(get("inputStatus"), text(get("inputStatus")));
    if (st?.ok) row.state = st.value;
    if (text(get("inputStatus")) !== "") row.stateText = text(get("inputStatus"));
    const pc = readPercent(get("percent"), fmt("percent"), text(get("percent")));
    if (pc?.ok) row.percent = pc.value;
    const d = readCompletedOn(get("completedOn"), fmt("completedOn"), text(get("completedOn")), date1904);
    if (d?.ok) row.completedOn = d.value;
    else if (d && !d.ok) row.badDate = text(get("completedOn"));
    for (const f of ["result", "difficulties", "proposals"] as const) {
      const t = text(get(f));
      if (t !== "") row[f] = t;
    }
    rows.push(row);
  }
  return { rows, keysLost: !cols.has("key") || (rows.length > 0 && keysSeen === 0) };
}
