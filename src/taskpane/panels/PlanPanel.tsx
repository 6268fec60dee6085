// "Kế hoạch": which table was read, how to choose another sheet, and the task list with filters and search.
// Each task is a button: activating it selects the task's row in the workbook.
import {
  Body1Strong,
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  SearchBox,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { formatVnDate } from "../../core/date/calendar";
import type { Plan, Task } from "../../core/model/Plan";
import type { StatusCode } from "../../core/model/Status";
import { STATUS_ORDER } from "../../core/report/palette";
import type { ReportContext } from "../../core/report/ReportContext";
import { SheetChooser } from "../components/SheetChooser";
import { StatusBadge } from "../components/StatusBadge";
import { filterTasks, NO_FILTER, type TaskFilter } from "../model/filterTasks";
import { useText } from "../text/TextContext";

const ALL = "*all*";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  filters: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  task: {
    width: "100%",
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    rowGap: tokens.spacingVerticalXXS,
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
  },
  title: {
    display: "-webkit-box",
    WebkitLineClamp: 3,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    overflowWrap: "anywhere",
  },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface PlanPanelProps {
  ctx: ReportContext;
  /** Other sheets that look like a plan table. */
  otherSheets: string[];
  /** The user's sheet choice (undefined: automatic). */
  chosenSheet: string | undefined;
  onChooseSheet(sheet: string | undefined): void;
  onSelectTask(task: Task): void;
}

function PlanFacts({ plan }: { plan: Plan }) {
  const styles = useStyles();
  const { t } = useText();
  const period = plan.programPeriod
    ? `${plan.programPeriod.start} – ${plan.programPeriod.end}`
    : t("plan.periodUnknown");
  const facts: [string, string][] = [
    [t("plan.sheet"), plan.sheet],
    [t("plan.headerRow"), String(plan.headerRow)],
    [t("plan.taskCount"), String(plan.tasks.length)],
    [t("plan.period"), period],
  ];
  return (
    <dl className={styles.facts} aria-label={t("plan.found")}>
      {facts.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PlanPanel({ ctx, otherSheets, chosenSheet, onChooseSheet, onSelectTask }: PlanPanelProps) {
  const styles = useStyles();
  const { t, status } = useText();
  const [filter, setFilter] = useState<TaskFilter>(NO_FILTER);
  const rows = ctx.views;
  const shown = useMemo(() => filterTasks(rows, filter), [rows, filter]);
  const statuses = STATUS_ORDER.filter((code) => rows.some((r) => r.status.code === code));
  const units = useMemo(() => {
    const seen = new Map<string, string>();
    for (const row of rows)
      for (const u of row.leads) if (u.key !== "" && !seen.has(u.key)) seen.set(u.key, u.name);
    return [...seen].sort((a, b) => a[1].localeCompare(b[1], "vi"));
  }, [rows]);
  const unitName = units.find(([key]) => key === filter.unit)?.[1];

  return (
    <section className={styles.panel} aria-label={t("tab.plan")}>
      <PlanFacts plan={ctx.plan} />
      <SheetChooser
        candidates={[ctx.plan.sheet, ...otherSheets.filter((s) => s !== ctx.plan.sheet)]}
        autoSheet={chosenSheet === undefined ? ctx.plan.sheet : null}
        chosen={chosenSheet}
        onChoose={onChooseSheet}
      />
      <div className={styles.filters}>
        <Field label={t("plan.filterStatus")}>
          <Dropdown
            value={filter.status === "" ? t("plan.allStatuses") : status(filter.status)}
            selectedOptions={[filter.status === "" ? ALL : filter.status]}
            onOptionSelect={(_e, data) =>
              setFilter((f) => ({
                ...f,
                status: data.optionValue === ALL || !data.optionValue ? "" : (data.optionValue as StatusCode),
              }))
            }
          >
            <Option value={ALL}>{t("plan.allStatuses")}</Option>
            {statuses.map((code) => (
              <Option key={code} value={code}>
                {status(code)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t("plan.filterUnit")}>
          <Dropdown
            value={unitName ?? t("plan.allUnits")}
            selectedOptions={[filter.unit ?? ALL]}
            onOptionSelect={(_e, data) =>
              setFilter((f) => ({
                ...f,
                unit: data.optionValue === ALL || !data.optionValue ? null : data.optionValue,
              }))
            }
          >
            <Option value={ALL}>{t("plan.allUnits")}</Option>
            {units.map(([key, name]) => (
              <Option key={key} value={key}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t("plan.search")}>
          <SearchBox
            placeholder={t("plan.searchPlaceholder")}
            value={filter.query}
            onChange={(_e, data) => setFilter((f) => ({ ...f, query: data.value }))}
          />
        </Field>
      </div>
      <Caption1 role="status">{t("plan.shown", { shown: shown.length, total: rows.length })}</Caption1>
      {shown.length === 0 ? (
        <Body1Strong>{t("plan.noMatch")}</Body1Strong>
      ) : (
        <ul className={styles.list}>
          {shown.map(({ task, status: st, leads }) => (
            <li key={task.id}>
              <Button
                className={styles.task}
                appearance="subtle"
                title={t("plan.goToTask", { row: task.row })}
                onClick={() => onSelectTask(task)}
              >
                <span className={styles.meta}>
                  <Caption1 className={styles.muted}>
                    {task.number !== "" ? t("plan.taskNumber", { number: task.number }) : t("plan.noNumber")}{" "}
                    · {t("plan.row", { row: task.row })}
                  </Caption1>
                  <StatusBadge code={st.code} />
                </span>
                <span className={styles.title}>{task.title}</span>
                <span className={styles.meta}>
                  <Caption1 className={styles.muted}>{leads.map((u) => u.name).join("; ")}</Caption1>
                  {st.due && (
                    <Caption1 className={styles.muted}>
                      {t("plan.due", { date: formatVnDate(st.due) })}
                    </Caption1>
                  )}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
