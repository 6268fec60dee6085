// "Kiểm tra": what the checks found, one line per problem as the command line prints it, grouped by kind with
// counts; each line is a button that selects its first cell, and a line found in several cells has a button per cell.
// The one fix offered is renumbering the TT column, previewed in a dialog before anything is written.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { IssueLine, IssueList } from "../../core/i18n/issueLines";
import type { Severity } from "../../core/model/Issue";
import type { Plan } from "../../core/model/Plan";
import type { WorkbookPatch } from "../../core/patch/WorkbookPatch";
import { renumberPatch } from "../../core/report/renumberPatch";
import { RenumberDialog } from "../components/RenumberDialog";
import { countBySeverity, groupLines } from "../model/groupIssues";
import { useText } from "../text/TextContext";

const SEVERITY_BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  fix: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: "2px",
    textAlign: "left",
  },
  badges: { display: "flex", columnGap: tokens.spacingHorizontalXS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  issue: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: "anywhere",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  cells: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  cell: { minWidth: "auto", fontWeight: tokens.fontWeightRegular },
});

export interface ChecksPanelProps {
  /** The issue list as the command line prints it (src/core/i18n/issueLines), in the pane's language. */
  list: IssueList;
  plan: Plan | null;
  onSelect(sheet: string, cell: string): void;
  /** Writes the renumbering; resolves when done, the App showing the outcome (or the host's error) itself. */
  onApplyRenumber(patch: WorkbookPatch, count: number): Promise<void>;
}

/** Cells offered as buttons under a line; past that, the line's own text says how many more. */
const CELL_BUTTONS = 24;

export function ChecksPanel({ list, plan, onSelect, onApplyRenumber }: ChecksPanelProps) {
  const styles = useStyles();
  const { t, severity } = useText();
  const groups = useMemo(() => groupLines(list.lines), [list]);
  const counts = countBySeverity(list.lines);
  const renumbering = useMemo(() => (plan ? renumberPatch(plan) : null), [plan]);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (!renumbering) return;
    setBusy(true);
    try {
      await onApplyRenumber(renumbering.patch, renumbering.changes.length);
    } finally {
      setBusy(false);
      setDialogOpen(false);
    }
  };

  /** Where clicking the line goes: its first cell, else its row's first cell; nowhere for the whole workbook. */
  const target = (line: IssueLine): string | null => {
    if (line.sheet === "") return null;
    const [first] = line.cells;
    if (first !== undefined) return first;
    return line.row > 0 ? `A${line.row}` : null;
  };

  return (
    <section className={styles.panel} aria-label={t("tab.checks")}>
      <Body1 role="status">
        {list.lines.length === 0
          ? t("checks.none")
          : t("checks.summary", {
              lines: list.lines.length,
              cells: list.cellCount,
              errors: counts.error,
              warnings: counts.warning,
              infos: counts.info,
            })}
      </Body1>
      {renumbering && renumbering.changes.length > 0 && (
        <div className={styles.fix}>
          <Button appearance="primary" onClick={() => setDialogOpen(true)}>
            {t("checks.renumber")}
          </Button>
          <span className={styles.hint}>{t("checks.renumberHint")}</span>
          <RenumberDialog
            renumbering={renumbering}
            open={dialogOpen}
            busy={busy}
            onConfirm={confirm}
            onCancel={() => setDialogOpen(false)}
          />
        </div>
      )}
      {groups.length > 0 && (
        <Accordion multiple collapsible defaultOpenItems={groups[0] ? [groups[0].code] : []}>
          {groups.map((group) => (
            <AccordionItem key={group.code} value={group.code}>
              <AccordionHeader>
                <span className={styles.header}>
                  <span>{t(`issueGroup.${group.code}`)}</span>
                  <span className={styles.badges}>
                    <Badge appearance="tint" color={SEVERITY_BADGE[group.severity]}>
                      {severity(group.severity)}
                    </Badge>
                    <Badge appearance="outline" color="informative">
                      {t(group.lines.length === 1 ? "checks.countOne" : "checks.count", { count: group.lines.length })}
                    </Badge>
                  </span>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {group.lines.map((line, i) => {
                    const cell = target(line);
                    return (
                      <li key={`${line.sheet}!${line.row}!${i}`}>
                        <Button
                          className={styles.issue}
                          appearance="subtle"
                          disabled={cell === null}
                          onClick={() => cell !== null && onSelect(line.sheet, cell)}
                        >
                          {line.text}
                        </Button>
                        {line.cells.length > 1 && (
                          <span className={styles.cells}>
                            {line.cells.slice(0, CELL_BUTTONS).map((c) => (
                              <Button
                                key={c}
                                size="small"
                                appearance="outline"
                                className={styles.cell}
                                aria-label={t("checks.goToCell", { cell: c })}
                                onClick={() => onSelect(line.sheet, c)}
                              >
                                {c}
                              </Button>
                            ))}
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
