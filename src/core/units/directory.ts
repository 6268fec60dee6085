// The unit directory: canonical names, accepted abbreviations, flagged spelling variants, generic phrases, and
// the 2025 reorganisation with effective dates, successors and legal basis (domain.md, "Responsible units and
// the 2025 reorganisation"). The default directory is data, in defaultDirectory.json; a workbook can extend it with
// its own "Đơn vị" sheet (directoryFromGrid).
//
// The seed plan (Ninh Thuận, 2023) names units that no longer exist in 2026: "Sở Kế hoạch và Đầu tư" became
// part of Sở Tài chính on 01/3/2025, the district level ("UBND và Phòng GDĐT các huyện, thành phố") was
// abolished on 01/7/2025, and Ninh Thuận merged into Khánh Hòa the same day. The text stays as written; the
// directory tells who does the work now.

import { parseIso, type IsoDate } from "../date/calendar";
import type { DirectoryUnit, Reorganisation, Successor, UnitDirectory } from "../model/Unit";
// Not "directory.json": next to directory.ts, Node-style resolution (ts-node, bench/) would load the JSON for "./directory".
import data from "./defaultDirectory.json";

export { directoryFromGrid } from "./directoryFromGrid";
export { resolveUnit, resolveUnitName } from "./resolveUnit";
export type { NameResolution, UnitMatch } from "./resolveUnit";

interface DirectoryData {
  units: {
    id: string;
    name: string;
    abbreviations: string[];
    variants: string[];
    reorganised?: {
      effective: string;
      successors: { unitId?: string; name: string; note?: string }[];
      basis?: string;
    };
    note?: string;
  }[];
  genericPhrases: string[];
}

const DEFAULT: DirectoryData = data;

/** A fresh copy of the default directory: callers may change it without affecting anyone else. */
export function defaultDirectory(): UnitDirectory {
  return {
    units: DEFAULT.units.map((u) => {
      const unit: DirectoryUnit = {
        id: u.id,
        name: u.name,
        abbreviations: [...u.abbreviations],
        variants: [...u.variants],
      };
      if (u.reorganised) unit.reorganised = copyReorganisation(u.reorganised);
      if (u.note) unit.note = u.note;
      return unit;
    }),
    genericPhrases: [...DEFAULT.genericPhrases],
  };
}

function copyReorganisation(r: Reorganisation): Reorganisation {
  return {
    effective: r.effective,
    successors: r.successors.map((s): Successor => ({ ...s })),
    ...(r.basis ? { basis: r.basis } : {}),
  };
}

export function findUnit(directory: UnitDirectory, id: string): DirectoryUnit | undefined {
  // Checks look units up once per reference (tens of thousands in a large plan): index each directory once.
  // Directories are treated as immutable once built (directoryFromGrid returns a new one).
  let index = unitIndexes.get(directory);
  if (!index || index.size !== directory.units.length) {
    index = new Map(directory.units.map((u) => [u.id, u]));
    unitIndexes.set(directory, index);
  }
  return index.get(id);
}

const unitIndexes = new WeakMap<UnitDirectory, Map<string, DirectoryUnit>>();

/**
 * True when the unit had ceased under this name on the given date (its reorganisation took effect on or before it).
 * An effective date that is not an ISO date (a hand-built directory) is taken as in effect: the directory says it happened.
 */
export function isReorganisedAt(unit: DirectoryUnit, date: IsoDate): boolean {
  const effective = unit.reorganised?.effective;
  if (effective === undefined) return false;
  return effective <= date || parseIso(effective) === null;
}

/** The unit's name for display: the official name, or its first accepted short form when short is asked for. */
export function unitDisplayName(unit: DirectoryUnit, options: { short?: boolean } = {}): string {
  if (options.short) {
    const shortest = unit.abbreviations[0];
    if (shortest && shortest.length < unit.name.length) return shortest;
  }
  return unit.name;
}
