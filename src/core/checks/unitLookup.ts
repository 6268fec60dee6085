// Small directory look-ups the unit checks need.
// Local to the checks until src/core/units exports its own findUnit / isReorganisedAt; then these can go.
import { parseIso, type IsoDate } from "../date/calendar";
import type { DirectoryUnit, UnitDirectory } from "../model/Unit";

export function findUnit(directory: UnitDirectory, id: string): DirectoryUnit | undefined {
  return directory.units.find((u) => u.id === id);
}

/**
 * True when the unit no longer exists under its name at `date` (its reorganisation took effect on or before it).
 * An effective date that is not an ISO date is taken as already in effect: the directory says it happened.
 */
export function isReorganisedAt(unit: DirectoryUnit, date: IsoDate): boolean {
  const effective = unit.reorganised?.effective;
  if (effective === undefined) return false;
  return parseIso(effective) === null || effective <= date;
}
