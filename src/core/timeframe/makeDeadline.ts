// Builds a deadline result, leaving `start` out when the form states none ("Đến năm 2030", "30/6/2026").
import type { IsoDate } from "../date/calendar";
import type { Certainty, DeadlineTimeframe } from "../model/Timeframe";

export function makeDeadline(
  text: string,
  due: IsoDate,
  certain: Certainty,
  start?: IsoDate,
): DeadlineTimeframe {
  return start === undefined
    ? { kind: "deadline", text, due, certain }
    : { kind: "deadline", text, due, start, certain };
}
