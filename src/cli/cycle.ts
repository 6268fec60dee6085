// The monthly cycle on the command line: `forms` (one report form per lead unit), `collect` (the returned forms into
// a copy of the plan, with a preview and the problems), `remind` (the reminder texts). The engine decides; this file
// reads and writes files. Every failure is one line, exit code 2, and nothing written.
import { promises as fs } from "fs";
import { basename, dirname, extname, join, resolve } from "path";
import { reportInput, analyzeWorkbook, type Analysis } from "../core/engine";
import type { Settings } from "../core/model/Status";
import { makeContext } from "../core/report/ReportContext";
import { buildPatch } from "../core/report/buildPatch";
import { buildForms } from "../core/forms/buildForms";
import { reminders } from "../core/forms/reminders";
import { planIdentity } from "../core/forms/formLayout";
import { readForm } from "../core/collect/readForm";
import { collectForms, type ReturnedForm } from "../core/collect/collectForms";
import { changeText, problemText } from "../core/collect/collectMessages";
import { applyPatchToXlsx } from "../xlsx/applyPatchToXlsx";
import { readXlsx } from "../xlsx/readXlsx";
import { writeNewWorkbook } from "../xlsx/writer/newWorkbook";
import { setCellValues } from "../xlsx/writer/setCellValues";
import { WriteFileError, writeFileAtomic } from "../xlsx/node/writeFileAtomic";
import { HostError } from "../workbook/WorkbookSession";
import type { CliArgs } from "./args";
import { loadWorkbook, type CliIO, type Loaded } from "./main";
import { cycleMessages } from "./cycleMessages";

export async function runCycle(
  args: CliArgs,
  settings: Settings,
  analysis: Analysis,
  loaded: Extract<Loaded, { ok: true }>,
  io: CliIO,
): Promise<number> {
  const input = reportInput(analysis, settings, loaded.snapshot);
  if (!input) return 2;
  const msg = cycleMessages[args.lang];
  const file = args.file ?? "";
  if (args.command === "remind") {
    const list = reminders(makeContext(input), args.unit);
    if (list.length === 0) {
      io.err(msg.noUnit(args.unit ?? ""));
      return 2;
    }
    io.out(list.map((r) => r.text).join("\n\n"));
    return 0;
  }
  if (args.command === "forms") {
    const ctx = makeContext(input);
    const forms = buildForms(ctx);
    const dir = args.out ?? join(dirname(file), `${basename(file, extname(file))}.phieu-T${ctx.period.month}-${ctx.period.year}`);
    try {
      await fs.mkdir(dir, { recursive: true });
      for (const f of forms) await writeFileAtomic(join(dir, f.fileName), writeNewWorkbook(f.patch, { protect: f.protect }));
    } catch (e) {
      if (e instanceof WriteFileError || (e as NodeJS.ErrnoException).code) {
        io.err(msg.cannotWrite(dir));
        return 2;
      }
      throw e;
    }
    io.out(msg.formsWritten(forms.length, dir, ctx.date(ctx.period.end)));
    for (const f of forms) io.out(`  ${f.fileName}  ${f.unitName} (${f.leadTasks})`);
    return 0;
  }
  return runCollect(args, settings, input.plan.sheet, loaded, io);
}

async function runCollect(args: CliArgs, settings: Settings, planSheet: string, loaded: Extract<Loaded, { ok: true }>, io: CliIO): Promise<number> {
  const msg = cycleMessages[args.lang];
  const file = args.file ?? "";
  if (args.forms.length === 0) {
    io.err(msg.noForms);
    return 2;
  }
  // 1. The plan as `report` would leave it (keys, input columns), so the forms' keys and the input cells exist.
  let bytes: Uint8Array;
  try {
    const first = reportInput(analyzeWorkbook(loaded.snapshot, settings), settings, loaded.snapshot);
    if (!first) return 2;
    bytes = applyPatchToXlsx(loaded.bytes, buildPatch(first)).bytes;
  } catch (e) {
    if (e instanceof HostError) {
      io.err(msg.cannotUpdate(file, e.detail.sheet ?? ""));
      return 2;
    }
    throw e;
  }
  const snapshot = readXlsx(bytes);
  const analysis = analyzeWorkbook(snapshot, settings);
  const input = reportInput(analysis, settings, snapshot);
  if (!input) return 2;
  const ctx = makeContext(input);
  const planId = planIdentity(ctx.plan.sheet, ctx.planName);

  // 2. Every form read before anything is written; a form that cannot be used stops the run.
  const forms: ReturnedForm[] = [];
  for (const path of args.forms) {
    const read = await loadWorkbook(path, args.lang);
    if (!read.ok) {
      io.err(read.message);
      return 2;
    }
    const form = readForm(read.snapshot);
    if (!form.ok && form.planId !== undefined && form.planId !== planId) {
      io.err(msg.otherPlan(path));
      return 2;
    }
    if (!form.ok) {
      io.err(form.reason === "extra-sheets" ? msg.extraSheets(path, form.sheets ?? []) : form.reason === "empty" ? msg.emptyForm(path) : msg.notForm(path));
      return 2;
    }
    if (form.planId !== planId) {
      io.err(msg.otherPlan(path));
      return 2;
    }
    const stat = await fs.stat(path);
    forms.push({ file: basename(path), receivedAt: stat.mtimeMs, form });
  }

  // 3. The preview, then the accepted values into the progress input columns only, then statuses and history.
  const result = collectForms(ctx, forms, args.prefer ?? "none", settings.reportDate);
  io.out(msg.previewHeading(result.changes.length));
  for (const c of result.changes) io.out("  " + changeText(c, args.lang));
  if (result.problems.length > 0) {
    io.out(msg.problemsHeading(result.problems.length));
    for (const p of result.problems) io.out("  " + problemText(p, args.lang));
  }
  const output = args.out ?? (args.inPlace ? file : join(dirname(file), `${basename(file, extname(file))}.TH-T${ctx.period.month}-${ctx.period.year}${extname(file) || ".xlsx"}`));
  if (!args.inPlace && resolve(output) === resolve(file)) {
    io.err(msg.outIsInput(output));
    return 2;
  }
  const written = setCellValues(bytes, planSheet, result.writes);
  const after = readXlsx(written);
  const analysisAfter = analyzeWorkbook(after, settings);
  const inputAfter = reportInput(analysisAfter, settings, after);
  if (!inputAfter) return 2;
  const final = applyPatchToXlsx(written, buildPatch({ ...inputAfter, provenance: result.provenance })).bytes;
  try {
    await writeFileAtomic(output, final);
  } catch (e) {
    if (e instanceof WriteFileError) {
      io.err(msg.cannotWrite(output));
      return 2;
    }
    throw e;
  }
  io.out(msg.collected(result.changes.length, forms.length, output));
  return 0;
}
