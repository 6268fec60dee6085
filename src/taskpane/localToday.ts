// The user's local calendar date, the default reporting date. The only clock read of the pane, done once by the
// host page at start (src/core never reads the clock).
import { isoDate, type IsoDate } from "../core/date/calendar";

export function localToday(now: Date = new Date()): IsoDate {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
