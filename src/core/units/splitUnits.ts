// STUB — to be replaced by the unit splitter.
import type { UnitRef } from "../model/Unit";

export function splitUnits(text: string): UnitRef[] {
  return text.split(/\n|;/).map((t) => t.trim()).filter(Boolean).map((t) => ({ text: t, name: t, subUnits: [] }));
}
