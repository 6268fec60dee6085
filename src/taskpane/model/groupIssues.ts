// The "Kiểm tra" list: issues grouped by code, errors first, then the most frequent; inside a group, sheet order.
import type { Issue, IssueCode, Severity } from "../../core/model/Issue";

export interface IssueGroup {
  code: IssueCode;
  /** The most severe severity in the group. */
  severity: Severity;
  issues: Issue[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const groups = new Map<IssueCode, IssueGroup & { first: number }>();
  issues.forEach((issue, index) => {
    const group = groups.get(issue.code);
    if (!group)
      groups.set(issue.code, { code: issue.code, severity: issue.severity, issues: [issue], first: index });
    else {
      group.issues.push(issue);
      if (SEVERITY_RANK[issue.severity] < SEVERITY_RANK[group.severity]) group.severity = issue.severity;
    }
  });
  return [...groups.values()]
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        b.issues.length - a.issues.length ||
        a.first - b.first,
    )
    .map(({ first: _first, ...group }) => ({
      ...group,
      issues: [...group.issues].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row),
    }));
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}
