import type { ColumnRole, Plan } from "../model/Plan";

export function planHasColumn(plan: Plan, role: ColumnRole): boolean {
  return plan.columns.some((c) => c.role === role);
}
