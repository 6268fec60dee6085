// "Đơn vị": per responsible unit (official name, successor if reorganised), the tasks it leads and coordinates and
// how many are overdue; for a unit with overdue or due-soon tasks, a reminder ready to paste into a letter.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { ReportContext } from "../../core/report/ReportContext";
import { unitOverview } from "../model/unitOverview";
import { unitReminder } from "../model/unitReminder";
import { ReminderBox } from "../components/ReminderBox";
import { useText } from "../text/TextContext";
import { CycleActions, type CycleActionsProps } from "../components/CycleActions";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  header: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    textAlign: "left",
    rowGap: "2px",
    overflowWrap: "anywhere",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  counts: { color: tokens.colorNeutralForeground2 },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function UnitsPanel({ ctx, cycle }: { ctx: ReportContext; cycle?: Omit<CycleActionsProps, "ctx"> }) {
  const styles = useStyles();
  const text = useText();
  const { t } = text;
  const units = useMemo(() => unitOverview(ctx), [ctx]);
  if (units.length === 0) return <Body1>{t("units.none")}</Body1>;
  return (
    <section className={styles.panel} aria-label={t("tab.units")}>
      {cycle && <CycleActions ctx={ctx} {...cycle} />}
      <Body1>{t("units.intro")}</Body1>
      <Accordion multiple collapsible>
        {units.map((u) => {
          const reminder = unitReminder(u, ctx, text);
          return (
            <AccordionItem key={u.unit.key || "none"} value={u.unit.key || "none"}>
              <AccordionHeader>
                <span className={styles.header}>
                  <span>{u.unit.display}</span>
                  <Caption1 className={styles.counts}>
                    {t("units.led")}: {u.led} · {t("units.coordinating")}: {u.coordinating} ·{" "}
                    <span className={u.overdue > 0 ? styles.overdue : undefined}>
                      {t("units.overdue")}: {u.overdue}
                    </span>
                    {u.dueSoonTasks.length > 0 && ` · ${t("units.dueSoon")}: ${u.dueSoonTasks.length}`}
                  </Caption1>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                {reminder === "" ? (
                  <Body1>{t("units.reminderNone")}</Body1>
                ) : (
                  <ReminderBox text={reminder} label={t("units.reminder")} />
                )}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
