// The monthly cycle in the "Đơn vị" panel: "Tạo phiếu báo cáo" (one form per lead unit, opened in Excel or
// downloaded as one .zip in the demo) and "Tổng hợp phiếu" (the returned files chosen at once, a preview of every
// value old → new with its unit and the problems, then written on the user's click).
import { Body1, Button, Caption1, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { changeText, problemText } from "../../core/collect/collectMessages";
import { periodLabel } from "../../core/history/HistoryRow";
import type { ReportContext } from "../../core/report/ReportContext";
import type { Prefer } from "../../core/collect/collectForms";
import type { CollectPreview } from "../../workbook/cycle";
import type { WorkbookSession } from "../../workbook/WorkbookSession";
import { useText } from "../text/TextContext";

/** The .xlsx reader and writer load when first used, not with the pane. */
const cycleModule = () => import("../../workbook/cycle");

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  problem: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface CycleActionsProps {
  ctx: ReportContext;
  session: WorkbookSession;
  /** Re-reads the workbook after a write. */
  onChanged: () => Promise<void>;
  onError: (error: unknown) => void;
}

export function CycleActions({ ctx, session, onChanged, onError }: CycleActionsProps) {
  const styles = useStyles();
  const { t, lang } = useText();
  const [message, setMessage] = useState("");
  const [preview, setPreview] = useState<CollectPreview | null>(null);
  // The returned files, kept to preview again when the user chooses how to settle two units disagreeing.
  const [files, setFiles] = useState<{ name: string; bytes: Uint8Array; lastModified: number }[]>([]);
  const [prefer, setPrefer] = useState<Prefer>("none");
  const [busy, setBusy] = useState(false);
  const period = periodLabel(ctx.period.year, ctx.period.month);
  const ready = ctx.keys.column !== null && ctx.plan.columns.some((c) => c.role === "progressStatus" || c.role === "progressPercent");
  if (!session.deliverWorkbooks || !session.writeValues) return <Caption1>{t("cycle.unsupported")}</Caption1>;

  const makeForms = async () => {
    setBusy(true);
    try {
      const { formFiles } = await cycleModule();
      const files = formFiles(ctx);
      await session.deliverWorkbooks?.(files);
      setMessage(t("cycle.formsMade", { count: files.length, date: ctx.date(ctx.period.end) }));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  const choose = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setMessage("");
    const chosen = await Promise.all(
      [...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()), lastModified: f.lastModified })),
    );
    const { previewCollect } = await cycleModule();
    setFiles(chosen);
    setPrefer("none");
    setPreview(previewCollect(ctx, chosen, "none"));
  };

  const settle = async (how: Prefer) => {
    setPrefer(how);
    const { previewCollect } = await cycleModule();
    setPreview(previewCollect(ctx, files, how));
  };
  const disagreements = preview?.result.problems.some((p) => p.code === "conflict") ?? false;

  const write = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const { applyCollect } = await cycleModule();
      await applyCollect(session, ctx.settings, ctx.plan.sheet, preview.result);
      setMessage(t("cycle.applied", { count: preview.result.changes.length }));
      setPreview(null);
      await onChanged();
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.box} aria-label={t("cycle.heading", { period })}>
      <Body1>
        <strong>{t("cycle.heading", { period })}</strong>
      </Body1>
      {!ready && <Caption1>{t("cycle.needsUpdate")}</Caption1>}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || !ready} onClick={() => void makeForms()}>
          {t("cycle.makeForms")}
        </Button>
        <label>
          <Caption1>{t("cycle.collect")}: </Caption1>
          <input
            type="file"
            multiple
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t("cycle.collect")}
            title={t("cycle.collectHint")}
            disabled={busy || !ready}
            onChange={(e) => void choose(e.currentTarget.files).catch(onError)}
          />
        </label>
      </div>
      {message !== "" && <Body1 role="status">{message}</Body1>}
      {preview && (
        <>
          {preview.refused.length > 0 ? (
            <>
              <Body1>{t("cycle.refused")}</Body1>
              <ul className={styles.list} aria-label={t("cycle.refused")}>
                {preview.refused.map((r) => (
                  <li key={r.file} className={styles.problem}>
                    {t(`cycle.refused.${r.reason}`, { file: r.file })}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <Body1>{preview.result.changes.length === 0 ? t("cycle.noChanges") : t("cycle.preview", { count: preview.result.changes.length })}</Body1>
              <ul className={styles.list} aria-label={t("cycle.collect")}>
                {preview.result.changes.map((c) => (
                  <li key={`${c.key}-${c.field}`}>{changeText(c, lang)}</li>
                ))}
              </ul>
              {preview.result.problems.length > 0 && (
                <>
                  <Body1>{t("cycle.problems")}</Body1>
                  <ul className={styles.list} aria-label={t("cycle.problems")}>
                    {preview.result.problems.map((p, i) => (
                      <li key={i} className={styles.problem}>
                        {problemText(p, lang, "pane")}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {disagreements && (
                <label className={styles.row}>
                  <Caption1>{t("cycle.prefer")}</Caption1>
                  <Select
                    aria-label={t("cycle.prefer")}
                    value={prefer}
                    disabled={busy}
                    onChange={(_, data) => void settle(data.value as Prefer).catch(onError)}
                  >
                    <option value="none">{t("cycle.prefer.none")}</option>
                    <option value="latest">{t("cycle.prefer.latest")}</option>
                    <option value="lead">{t("cycle.prefer.lead")}</option>
                  </Select>
                </label>
              )}
              <div className={styles.row}>
                <Button appearance="primary" disabled={busy || preview.result.writes.length === 0} onClick={() => void write()}>
                  {t("cycle.apply")}
                </Button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
