// A unit as the cycle addresses it: by its current name where the 2025 reorganisation applies, with the name as
// written in the plan in brackets ("Sở Tài chính (Sở Kế hoạch và Đầu tư)"); otherwise its official name.
import type { ReportContext } from "../report/ReportContext";
import type { UnitIdentity } from "../report/UnitNamer";
import { isReorganisedAt } from "../units/directory";

export function currentUnitName(ctx: ReportContext, unit: UnitIdentity): string {
  if (!unit.key.startsWith("id:")) return unit.name;
  const id = unit.key.slice(3);
  const entry = ctx.input.directory.units.find((u) => u.id === id);
  const r = entry?.reorganised;
  if (!entry || !r || r.successors.length === 0 || !isReorganisedAt(entry, ctx.settings.reportDate)) return unit.name;
  const names = r.successors.map((s) => (s.unitId !== undefined ? ctx.input.directory.units.find((u) => u.id === s.unitId)?.name : undefined) ?? s.name);
  return `${names.join(", ")} (${unit.name})`;
}
