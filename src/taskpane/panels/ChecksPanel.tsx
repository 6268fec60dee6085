// "Kiểm tra": what the checks found, grouped by kind with counts; each place is a button that selects the cell.
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
import type { Issue, Severity } from "../../core/model/Issue";
import type { Plan } from "../../core/model/Plan";
import type { WorkbookPatch } from "../../core/patch/WorkbookPatch";
import { renumberPatch } from "../../core/report/renumberPatch";
import { RenumberDialog } from "../components/RenumberDialog";
import { countBySeverity, groupIssues } from "../model/groupIssues";
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
});

export interface ChecksPanelProps {
  issues: Issue[];
  plan: Plan | null;
  onSelectIssue(issue: Issue): void;
  /** Writes the renumbering; resolves when done, the App showing the outcome (or the host's error) itself. */
  onApplyRenumber(patch: WorkbookPatch, count: number): Promise<void>;
}

export function ChecksPanel({ issues, plan, onSelectIssue, onApplyRenumber }: ChecksPanelProps) {
  const styles = useStyles();
  const { t, issue: render, severity } = useText();
  const groups = useMemo(() => groupIssues(issues), [issues]);
  const counts = countBySeverity(issues);
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

  return (
    <section className={styles.panel} aria-label={t("tab.checks")}>
      <Body1 role="status">
        {issues.length === 0
          ? t("checks.none")
          : t("checks.summary", { errors: counts.error, warnings: counts.warning, infos: counts.info })}
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
                      {t("checks.count", { count: group.issues.length })}
                    </Badge>
                  </span>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {group.issues.map((issue, i) => (
                    <li key={`${issue.sheet}!${issue.cell}!${issue.row}!${i}`}>
                      <Button
                        className={styles.issue}
                        appearance="subtle"
                        disabled={issue.sheet === "" || (issue.cell === "" && issue.row === 0)}
                        onClick={() => onSelectIssue(issue)}
                      >
                        {render(issue)}
                      </Button>
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
