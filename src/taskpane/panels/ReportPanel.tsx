// "Báo cáo": the reporting date and the period it falls in, the counts and a chart, and "Cập nhật bảng tính":
// a preview of the patch, then the write with its progress, then a way to open the report sheet.
import {
  Body1,
  Body1Strong,
  Button,
  Card,
  Field,
  Input,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { formatVnDate } from "../../core/date/calendar";
import { parseTypedDate } from "../../core/date/parseTypedDate";
import type { WorkbookSnapshot } from "../../core/grid/Grid";
import type { Settings } from "../../core/model/Status";
import type { WorkbookPatch } from "../../core/patch/WorkbookPatch";
import { reportSheetMarker } from "../../core/report/markers";
import type { ReportContext } from "../../core/report/ReportContext";
import type { ApplyProgress, ApplyResult } from "../../workbook/WorkbookSession";
import { NumberField } from "../components/NumberField";
import { PatchPreviewList } from "../components/PatchPreviewList";
import { StatusBars } from "../components/StatusBars";
import { previewPatch, type PatchPreview } from "../model/previewPatch";
import { useText } from "../text/TextContext";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  settings: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

type Step =
  | { kind: "idle" }
  | { kind: "preview"; patch: WorkbookPatch; preview: PatchPreview; reportSheet: string | null }
  | { kind: "writing"; progress: ApplyProgress; reportSheet: string | null }
  | { kind: "done"; result: ApplyResult; reportSheet: string | null };

export interface ReportPanelProps {
  ctx: ReportContext;
  snapshot: WorkbookSnapshot;
  settings: Settings;
  onSettings(change: Partial<Settings>): void;
  /** Builds the patch for the current settings; may throw (the App shows it). */
  makePatch(): WorkbookPatch;
  /** Writes the patch; resolves to null when it failed (the App has shown why). */
  onApply(patch: WorkbookPatch, onProgress: (p: ApplyProgress) => void): Promise<ApplyResult | null>;
  onOpenSheet(sheet: string): void;
  onError(error: unknown): void;
}

/** The month's report sheet the patch writes, found by its marker name. */
function reportSheetOf(patch: WorkbookPatch, ctx: ReportContext): string | null {
  const marker = reportSheetMarker(ctx.period.year, ctx.period.month);
  return patch.names.find((n) => n.name === marker)?.sheet ?? patch.activate ?? null;
}

export function ReportPanel(props: ReportPanelProps) {
  const { ctx, snapshot, settings, onSettings, makePatch, onApply, onOpenSheet, onError } = props;
  const styles = useStyles();
  const { t } = useText();
  // Typed and shown as staff write dates, 30/11/2026, whatever the browser's locale (a native date input shows
  // 11/30/2026 in an English browser). A date set elsewhere replaces the text unless the text already says it.
  const [rawDate, setRawDate] = useState(() => formatVnDate(settings.reportDate));
  const [step, setStep] = useState<Step>({ kind: "idle" });
  useEffect(
    () => setRawDate((raw) => (parseTypedDate(raw) === settings.reportDate ? raw : formatVnDate(settings.reportDate))),
    [settings.reportDate],
  );
  // A preview belongs to the settings it was made with: changing one drops it.
  useEffect(() => setStep((s) => (s.kind === "preview" ? { kind: "idle" } : s)), [ctx]);

  const typedDate = parseTypedDate(rawDate);
  const dateValid = typedDate !== null;
  const { period, counts } = ctx;

  const showPreview = () => {
    try {
      const patch = makePatch();
      setStep({
        kind: "preview",
        patch,
        preview: previewPatch(patch, snapshot),
        reportSheet: reportSheetOf(patch, ctx),
      });
    } catch (error) {
      onError(error);
    }
  };

  const write = async (patch: WorkbookPatch, reportSheet: string | null) => {
    setStep({ kind: "writing", progress: { fraction: 0, step: "" }, reportSheet });
    const result = await onApply(patch, (progress) => setStep({ kind: "writing", progress, reportSheet }));
    setStep(result ? { kind: "done", result, reportSheet } : { kind: "idle" });
  };

  return (
    <section className={styles.panel} aria-label={t("tab.report")}>
      <div className={styles.settings}>
        <Field
          label={t("report.dateLabel")}
          hint={dateValid ? t("report.dateHint") : undefined}
          validationState={dateValid ? "none" : "error"}
          validationMessage={dateValid ? undefined : t("report.invalidDate")}
        >
          <Input
            value={rawDate}
            inputMode="numeric"
            placeholder="30/11/2026"
            onChange={(_e, data) => {
              setRawDate(data.value);
              const date = parseTypedDate(data.value);
              if (date !== null && date !== settings.reportDate) onSettings({ reportDate: date });
            }}
            onBlur={() => {
              // A date typed another way (1/12/2026, 2026-12-01) is shown back the usual way once it is read.
              if (typedDate !== null) setRawDate(formatVnDate(typedDate));
            }}
          />
        </Field>
        <Body1>
          {t("report.period", {
            month: period.month,
            year: period.year,
            start: formatVnDate(period.start),
            end: formatVnDate(period.end),
          })}
        </Body1>
        <NumberField
          label={t("report.dueSoonDays")}
          value={settings.dueSoonDays}
          min={0}
          max={365}
          onCommit={(dueSoonDays) => onSettings({ dueSoonDays })}
        />
        <NumberField
          label={t("report.cutoffDay")}
          value={settings.cutoffDay}
          min={1}
          max={31}
          onCommit={(cutoffDay) => onSettings({ cutoffDay })}
        />
      </div>

      <Subtitle2 as="h2">{t("report.counts")}</Subtitle2>
      <Body1Strong>{t("report.total", { total: counts.total })}</Body1Strong>
      <StatusBars counts={counts.byCode} label={t("report.chart")} />

      {step.kind === "idle" && (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={showPreview}>
            {t("report.update")}
          </Button>
        </div>
      )}
      {step.kind === "preview" && (
        <Card>
          <Subtitle2 as="h2">{t("report.preview")}</Subtitle2>
          <Body1>{t("report.previewIntro", { cells: step.preview.cells })}</Body1>
          <PatchPreviewList preview={step.preview} />
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void write(step.patch, step.reportSheet)}>
              {t("report.write")}
            </Button>
            <Button onClick={() => setStep({ kind: "idle" })}>{t("report.cancel")}</Button>
          </div>
        </Card>
      )}
      {step.kind === "writing" && (
        <Field label={t("report.writing")} hint={step.progress.step} validationState="none">
          <ProgressBar value={step.progress.fraction} max={1} thickness="large" />
        </Field>
      )}
      {step.kind === "done" && (
        <Card>
          <Body1 role="status">
            {t("report.done", {
              cells: step.result.cells,
              created: step.result.sheetsCreated.length,
              updated: step.result.sheetsUpdated.length,
            })}
          </Body1>
          <div className={styles.actions}>
            {step.reportSheet && (
              <Button appearance="primary" onClick={() => onOpenSheet(step.reportSheet as string)}>
                {t("report.openReport")}
              </Button>
            )}
            <Button onClick={showPreview}>{t("report.update")}</Button>
          </div>
        </Card>
      )}
    </section>
  );
}
