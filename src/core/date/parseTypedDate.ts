// A date as staff type it: day/month/year ("30/11/2026", "1.3.2025", "14-11-2026"), or ISO ("2026-11-30") as
// scripts and the browser's date input give it. Two-digit years are refused: "30/11/26" could be 1926 or 2026.
import { isValidDate, isoDate, type IsoDate } from "./calendar";

const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The typed date as YYYY-MM-DD, or null when it is not a real day (31/11/2026, 2026-02-30, "tháng 11"). */
export function parseTypedDate(text: string): IsoDate | null {
  const s = text.trim();
  let day: number, month: number, year: number;
  const iso = ISO.exec(s);
  const dmy = iso ? null : DMY.exec(s);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else if (dmy) {
    day = Number(dmy[1]);
    month = Number(dmy[3]);
    year = Number(dmy[4]);
  } else return null;
  if (!isValidDate(year, month, day)) return null;
  return isoDate(year, month, day);
}
