import type { IsoDate } from "../date/calendar";
import type { Issue } from "../model/Issue";
import type { Plan } from "../model/Plan";
import type { UnitDirectory } from "../model/Unit";

/** What a check may use besides the plan. */
export interface CheckContext {
  /** The reporting date: units reorganised on or before it are flagged. */
  reportDate: IsoDate;
  directory: UnitDirectory;
}

/** One rule: reads the plan, returns what it found wrong. Never throws on what users typed. */
export type Check = (plan: Plan, ctx: CheckContext) => Issue[];
