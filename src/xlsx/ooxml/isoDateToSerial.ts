// ISO 8601 text of a t="d" cell → an Excel date serial.

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const TIME_ONLY = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/;

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_1900 = 25_569;
/** 1904-01-01, serial 0 of the 1904 date system. */
const EPOCH_1904_UTC = Date.UTC(1904, 0, 1);

/**
 * "2026-06-30" → 46203; "2026-06-30T12:00:00" → 46203.5; "12:00:00" → 0.5. A time-zone suffix is ignored:
 * Excel serials carry wall-clock time only. In the 1900 system serials before 1 March 1900 are one lower,
 * because Excel counts a 29 February 1900 that never was (Lotus 1-2-3's leap-year bug). Null when the text
 * is not an ISO date.
 */
export function isoDateToSerial(text: string, date1904: boolean): number | null {
  const t = text.trim();
  const time = TIME_ONLY.exec(t);
  if (time) return dayFraction(time[1], time[2], time[3]);
  const m = DATE_TIME.exec(t);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const utc = Date.UTC(year, month - 1, day);
  if (new Date(utc).getUTCDate() !== day) return null; // 2026-02-30 would roll over into March
  let serial: number;
  if (date1904) {
    serial = (utc - EPOCH_1904_UTC) / MS_PER_DAY;
  } else {
    serial = utc / MS_PER_DAY + UNIX_EPOCH_1900;
    if (serial < 61) serial -= 1;
  }
  return serial + dayFraction(m[4], m[5], m[6]);
}

function dayFraction(hours?: string, minutes?: string, seconds?: string): number {
  const s = Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
  return s / 86_400;
}
