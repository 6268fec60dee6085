// The task pane: one WorkbookSession in, four panels out. The same component runs inside Excel (ExcelSession) and
// in the browser demo (XlsxSession); it never touches Excel or Office itself. Every failure reaches the user in
// the message bar at the top, in plain words with what to do next.
import {
  Button,
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { IsoDate } from "../core/date/calendar";
import { reportInput } from "../core/engine";
import { issueLines } from "../core/i18n/issueLines";
import type { Task } from "../core/model/Plan";
import type { Settings } from "../core/model/Status";
import type { WorkbookPatch } from "../core/patch/WorkbookPatch";
import { buildPatch } from "../core/report/buildPatch";
import { makeContext } from "../core/report/ReportContext";
import type { ApplyProgress, ApplyResult, WorkbookSession } from "../workbook/WorkbookSession";
import { NoticeBar, type Notice } from "./components/NoticeBar";
import { SheetChooser } from "./components/SheetChooser";
import { useAnalysis } from "./hooks/useAnalysis";
import { describeError } from "./model/describeError";
import { ChecksPanel } from "./panels/ChecksPanel";
import { PlanPanel } from "./panels/PlanPanel";
import { ReportPanel } from "./panels/ReportPanel";
import { UnitsPanel } from "./panels/UnitsPanel";
import { TextProvider, makeText, type Text } from "./text/TextContext";

export interface AppProps {
  session: WorkbookSession;
  /** The local date the pane opened on: the default reporting date. */
  today: IsoDate;
}

type PanelId = "plan" | "checks" | "report" | "units";

/** A notice is rendered in the current language, so switching language re-words a message already shown. */
type NoticeSource = (text: Text) => Notice;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    minWidth: 0,
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  headerActions: { display: "flex", columnGap: tokens.spacingHorizontalXS },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: "wrap" },
});

function errorNotice(error: unknown): NoticeSource {
  return (text) => ({ intent: "error", ...describeError(error, text) });
}

export function App({ session, today }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <Pane session={session} today={today} />
    </FluentProvider>
  );
}

function Pane({ session, today }: AppProps) {
  const styles = useStyles();
  const [notice, setNotice] = useState<NoticeSource | null>(null);
  const [panel, setPanel] = useState<PanelId>("plan");
  const showError = useCallback((error: unknown) => setNotice(() => errorNotice(error)), []);
  const { phase, snapshot, analysis, settings, reload, updateSettings } = useAnalysis(
    session,
    today,
    showError,
  );
  const text = useMemo(() => makeText(settings.lang), [settings.lang]);
  // The same lines, and so the same count, as the command line's "Vấn đề cần xem lại: 14 vấn đề".
  const issueList = useMemo(() => issueLines(analysis?.issues ?? [], settings.lang), [analysis, settings.lang]);
  const { t } = text;

  const changeSettings = useCallback(
    (change: Partial<Settings>) => {
      updateSettings(change).catch(showError);
    },
    [updateSettings, showError],
  );

  const select = useCallback(
    (sheet: string, cell: string) => {
      if (!session.select) return;
      session.select(sheet, cell).catch(showError);
    },
    [session, showError],
  );

  const input = useMemo(
    () => (analysis && snapshot ? reportInput(analysis, settings, snapshot) : null),
    [analysis, snapshot, settings],
  );
  const ctx = useMemo(() => (input ? makeContext(input) : null), [input]);

  const apply = useCallback(
    async (patch: WorkbookPatch, onProgress?: (p: ApplyProgress) => void): Promise<ApplyResult | null> => {
      let result: ApplyResult;
      try {
        // The patch was built from this snapshot: the host refuses it if the workbook changed since.
        const basis = snapshot?.basis;
        result = await session.apply(basis === undefined ? patch : { ...patch, basis }, onProgress);
      } catch (error) {
        showError(error);
        // What was written before the failure is in the workbook now: read it again so the pane shows it.
        await reload().catch(() => undefined);
        return null;
      }
      setNotice(null);
      await reload().catch(showError);
      return result;
    },
    [session, snapshot, reload, showError],
  );

  const applyRenumber = useCallback(
    async (patch: WorkbookPatch, count: number) => {
      const result = await apply(patch);
      if (!result) return;
      const done: NoticeSource = (words) => ({
        intent: "success",
        title: words.t("checks.renumber"),
        body: words.t("checks.renumberDone", { count }),
      });
      setNotice(() => done);
    },
    [apply],
  );

  const makePatch = useCallback((): WorkbookPatch => {
    if (!input) throw new Error("no plan to report on");
    return buildPatch(input);
  }, [input]);

  const otherLang = settings.lang === "vi" ? "en" : "vi";
  const shownNotice = notice?.(text) ?? null;

  return (
    <TextProvider lang={settings.lang}>
      <main className={styles.root} lang={settings.lang}>
        <header className={styles.header}>
          <Title3 as="h1">{t("pane.title")}</Title3>
          <div className={styles.headerActions}>
            <Button
              size="small"
              appearance="subtle"
              aria-label={`${t("pane.language")}: ${t(`pane.lang.${otherLang}`)}`}
              lang={otherLang}
              onClick={() => changeSettings({ lang: otherLang })}
            >
              {t(`pane.lang.${otherLang}`)}
            </Button>
            <Button
              size="small"
              appearance="subtle"
              disabled={phase === "loading"}
              onClick={() => reload().catch(showError)}
            >
              {t("pane.reload")}
            </Button>
          </div>
        </header>

        {shownNotice && <NoticeBar notice={shownNotice} onDismiss={() => setNotice(null)} />}

        {!analysis && phase === "loading" && <Spinner size="small" label={t("pane.loading")} />}

        {analysis && snapshot && (
          <>
            <TabList
              className={styles.tabs}
              size="small"
              selectedValue={panel}
              onTabSelect={(_e, data) => setPanel(data.value as PanelId)}
              aria-label={t("pane.tabs")}
            >
              <Tab value="plan">{t("tab.plan")}</Tab>
              <Tab value="checks">{`${t("tab.checks")} (${issueList.lines.length})`}</Tab>
              <Tab value="report" disabled={!ctx}>
                {t("tab.report")}
              </Tab>
              <Tab value="units" disabled={!ctx}>
                {t("tab.units")}
              </Tab>
            </TabList>
            {phase === "loading" && <Spinner size="tiny" label={t("pane.loading")} />}

            {panel === "plan" && ctx && (
              <PlanPanel
                ctx={ctx}
                otherSheets={analysis.read.otherCandidates.map((c) => c.sheet)}
                chosenSheet={settings.sheet}
                onChooseSheet={(sheet) => changeSettings({ sheet })}
                onSelectTask={(task: Task) => select(task.sheet, `A${task.row}`)}
              />
            )}
            {panel === "plan" && !ctx && (
              <>
                <NoticeBar
                  notice={{ intent: "warning", title: t("error.noPlan.title"), body: t("error.noPlan.body") }}
                />
                <SheetChooser
                  candidates={snapshot.sheets.map((s) => s.name)}
                  autoSheet={null}
                  chosen={settings.sheet}
                  onChoose={(sheet) => changeSettings({ sheet })}
                />
              </>
            )}
            {panel === "checks" && (
              <ChecksPanel
                list={issueList}
                plan={analysis.plan}
                onSelect={select}
                onApplyRenumber={applyRenumber}
              />
            )}
            {panel === "report" && ctx && (
              <ReportPanel
                ctx={ctx}
                snapshot={snapshot}
                settings={settings}
                onSettings={changeSettings}
                makePatch={makePatch}
                onApply={apply}
                onOpenSheet={(sheet) => select(sheet, "A1")}
                onError={showError}
              />
            )}
            {panel === "units" && ctx && (
              <UnitsPanel ctx={ctx} cycle={{ session, onChanged: () => reload(), onError: showError }} />
            )}
          </>
        )}
      </main>
    </TextProvider>
  );
}
