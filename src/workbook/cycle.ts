// The monthly cycle for the task pane, on any host: the forms as .xlsx bytes, the returned files read and compared
// with the plan (the preview), and the accepted values written then the statuses and history refreshed. The engine
// decides (src/core/forms, src/core/collect); this sequence only reads and writes through the session.
import { analyzeWorkbook, reportInput } from "../core/engine";
import type { Settings } from "../core/model/Status";
import { buildForms } from "../core/forms/buildForms";
import { planIdentity } from "../core/forms/formLayout";
import { collectForms, type CollectResult, type Prefer, type ReturnedForm } from "../core/collect/collectForms";
import { readForm } from "../core/collect/readForm";
import { buildPatch } from "../core/report/buildPatch";
import type { ReportContext } from "../core/report/ReportContext";
import { readXlsx } from "../xlsx/readXlsx";
import { writeNewWorkbook } from "../xlsx/writer/newWorkbook";
import type { WorkbookSession } from "./WorkbookSession";

export function formFiles(ctx: ReportContext): { name: string; bytes: Uint8Array }[] {
  return buildForms(ctx).map((f) => ({ name: f.fileName, bytes: writeNewWorkbook(f.patch, { protect: f.protect }) }));
}

export type FileProblem = { file: string; reason: "not-xlsx" | "not-form" | "extra-sheets" | "empty" | "other-plan" };

export interface CollectPreview {
  result: CollectResult;
  /** Files that cannot be collected: while any is listed nothing is written. */
  refused: FileProblem[];
}

export function previewCollect(
  ctx: ReportContext,
  files: { name: string; bytes: Uint8Array; lastModified: number }[],
  prefer: Prefer,
): CollectPreview {
  const planId = planIdentity(ctx.plan.sheet, ctx.planName);
  const forms: ReturnedForm[] = [];
  const refused: FileProblem[] = [];
  for (const f of files) {
    let form: ReturnType<typeof readForm>;
    try {
      form = readForm(readXlsx(f.bytes));
    } catch {
      refused.push({ file: f.name, reason: "not-xlsx" });
      continue;
    }
    if (!form.ok) {
      refused.push({ file: f.name, reason: form.planId !== undefined && form.planId !== planId ? "other-plan" : form.reason });
      continue;
    }
    if (form.planId !== planId) {
      refused.push({ file: f.name, reason: "other-plan" });
      continue;
    }
    forms.push({ file: f.name, receivedAt: f.lastModified, form });
  }
  return { result: collectForms(ctx, forms, prefer, ctx.settings.reportDate), refused };
}

/** Writes the accepted values, then refreshes statuses, report sheets and "Lịch sử" with their provenance. */
export async function applyCollect(session: WorkbookSession, settings: Settings, sheet: string, result: CollectResult): Promise<void> {
  if (!session.writeValues) throw new Error("collect: this host cannot write values");
  await session.writeValues(sheet, result.writes);
  const snapshot = await session.read();
  const input = reportInput(analyzeWorkbook(snapshot, settings), settings, snapshot);
  if (!input) return;
  await session.apply(buildPatch({ ...input, provenance: result.provenance }));
}
