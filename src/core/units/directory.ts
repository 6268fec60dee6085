// STUB — to be replaced by the unit directory.
import type { UnitDirectory, UnitRef } from "../model/Unit";

export function defaultDirectory(): UnitDirectory {
  return { units: [], genericPhrases: [] };
}

export function resolveUnit(ref: UnitRef, directory: UnitDirectory): UnitRef {
  void directory;
  return ref;
}
