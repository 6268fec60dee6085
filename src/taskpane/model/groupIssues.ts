// The "Kiểm tra" list: the issue lines grouped by kind, errors first, then the most frequent; inside a group, sheet
// order. The lines are the command line's (src/core/i18n/issueLines), so the pane counts what the command line counts.
import type { IssueLine } from "../../core/i18n/issueLines";
import type { IssueCode, Severity } from "../../core/model/Issue";

export interface LineGroup {
  code: IssueCode;
  /** The most severe severity in the group. */
  severity: Severity;
  lines: IssueLine[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function groupLines(lines: readonly IssueLine[]): LineGroup[] {
  const groups = new Map<IssueCode, LineGroup & { first: number }>();
  lines.forEach((line, index) => {
    const group = groups.get(line.code);
    if (!group) groups.set(line.code, { code: line.code, severity: line.severity, lines: [line], first: index });
    else {
      group.lines.push(line);
      if (SEVERITY_RANK[line.severity] < SEVERITY_RANK[group.severity]) group.severity = line.severity;
    }
  });
  return [...groups.values()]
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.lines.length - a.lines.length || a.first - b.first,
    )
    .map(({ first: _first, ...group }) => ({
      ...group,
      lines: [...group.lines].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row),
    }));
}

export function countBySeverity(lines: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const line of lines) counts[line.severity] += 1;
  return counts;
}
