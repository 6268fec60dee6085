// Names a responsible unit for the report: the directory's official name when the unit resolved, and its successor
// next to it when the unit had been reorganised by the reporting date ("Sở Kế hoạch và Đầu tư → Sở Tài chính
// (từ 01/03/2025)"). The text as written stays in the plan; the report groups by the unit it means.
import { formatVnDate, type IsoDate } from "../date/calendar";
import type { DirectoryUnit, UnitDirectory, UnitRef } from "../model/Unit";
import { matchKey } from "../text/normalize";
import { isReorganisedAt, resolveUnit } from "../units/directory";
import type { ReportText } from "./labels";

export interface UnitIdentity {
  /** Grouping key: the directory id, or the folded name for a unit the directory does not know. */
  key: string;
  /** Official (or written) name. */
  name: string;
  /** The name with its successor when reorganised by the reporting date. */
  display: string;
}

export class UnitNamer {
  private readonly byId = new Map<string, DirectoryUnit>();
  /** Identities by directory id and, for refs the reader did not resolve, by written name. */
  private readonly byUnitId = new Map<string, UnitIdentity | null>();
  private readonly byName = new Map<string, UnitIdentity | null>();

  constructor(
    private readonly directory: UnitDirectory,
    private readonly reportDate: IsoDate,
    private readonly text: ReportText,
  ) {
    for (const u of directory.units) this.byId.set(u.id, u);
  }

  /** The unit a reference means, or null for a generic phrase ("Các đơn vị có liên quan"). */
  identify(ref: UnitRef): UnitIdentity | null {
    if (ref.generic) return null;
    const cache = ref.unitId !== undefined ? this.byUnitId : this.byName;
    const cacheKey = ref.unitId ?? ref.name;
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const resolved = ref.unitId === undefined ? resolveUnit(ref, this.directory) : ref;
    let identity: UnitIdentity | null;
    if (resolved.generic) identity = null;
    else {
      const unit = resolved.unitId !== undefined ? this.byId.get(resolved.unitId) : undefined;
      if (unit) identity = { key: `id:${unit.id}`, name: unit.name, display: this.withSuccessor(unit) };
      else {
        const name = (resolved.name || resolved.text).normalize("NFC");
        const key = matchKey(name);
        identity = key === "" ? null : { key: `name:${key}`, name, display: name };
      }
    }
    cache.set(cacheKey, identity);
    return identity;
  }

  private withSuccessor(unit: DirectoryUnit): string {
    const r = unit.reorganised;
    if (!r || r.successors.length === 0) return unit.name;
    if (!isReorganisedAt(unit, this.reportDate)) return unit.name;
    const successors = r.successors.map((s) => (s.unitId !== undefined ? this.byId.get(s.unitId)?.name : undefined) ?? s.name);
    return this.text.common.successor(unit.name, successors.join(", "), formatVnDate(r.effective));
  }
}
