// `plan-tracker report`: the status columns, summary, timeline and the month's report written into a NEW copy of the
// workbook (the input is overwritten only with --in-place). Every failure is one line, exit code 2, the input
// untouched and no output file left behind.
import { promises as fs } from "fs";
import { basename, dirname, extname, join, resolve } from "path";
import { reportInput, type Analysis } from "../core/engine";
import type { Settings, StatusCode } from "../core/model/Status";
import { statusLabel } from "../core/i18n/statusLabel";
import { buildPatch } from "../core/report/buildPatch";
import { reportingPeriod } from "../core/report/reportingPeriod";
import { applyPatchToXlsx } from "../xlsx/applyPatchToXlsx";
import { WriteFileError, writeFileAtomic } from "../xlsx/node/writeFileAtomic";
import { HostError } from "../workbook/WorkbookSession";
import type { CliArgs } from "./args";
import type { CliIO, Loaded } from "./main";
import { cliMessages } from "./messages";
import { reportJson } from "./reportJson";
import { savedSettings } from "./workbookSettings";
import { XlsxSession } from "../xlsx/XlsxSession";

/** The month suffix a default output name carries: ".BC-T11-2026". */
const MONTH_SUFFIX = /\.BC-T\d{1,2}-\d{4}$/i;

/**
 * "ke-hoach-mau.xlsx" reported for November 2026 → "ke-hoach-mau.BC-T11-2026.xlsx" beside it. A report's own output
 * is named after the plan again, not stacked: "ke-hoach-mau.BC-T11-2026.xlsx" reported for December →
 * "ke-hoach-mau.BC-T12-2026.xlsx".
 */
export function defaultOutputPath(input: string, year: number, month: number): string {
  const ext = extname(input) || ".xlsx";
  const stem = basename(input, extname(input)).replace(MONTH_SUFFIX, "");
  return join(dirname(input), `${stem}.BC-T${month}-${year}${ext}`);
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}

async function samePath(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

export async function runReport(
  args: CliArgs,
  settings: Settings,
  analysis: Analysis,
  loaded: Extract<Loaded, { ok: true }>,
  io: CliIO,
): Promise<number> {
  const msg = cliMessages[args.lang];
  const input = args.file ?? "";
  // The analysis already left plan-tracker's own columns from an earlier run out of the staff's table.
  const report = reportInput(analysis, settings, loaded.snapshot);
  if (!report) return 2;
  const plan = report.plan;

  const period = reportingPeriod(settings.reportDate, settings.cutoffDay);
  const output = args.out ?? (args.inPlace ? input : defaultOutputPath(input, period.year, period.month));
  if (!args.inPlace && (await samePath(output, input))) {
    io.err(msg.outIsInput(output));
    return 2;
  }
  // An existing output is kept unless --force says otherwise: a second run the same month must not silently replace
  // a report someone may have edited or signed.
  if (!args.inPlace && !args.force && (await exists(output))) {
    io.err(msg.outputExists(output));
    return 2;
  }

  const patch = buildPatch(report);
  let written: ReturnType<typeof applyPatchToXlsx>;
  try {
    written = applyPatchToXlsx(loaded.bytes, patch);
  } catch (e) {
    if (!(e instanceof HostError)) throw e;
    switch (e.code) {
      case "sheet-protected":
        io.err(msg.sheetProtected(input, e.detail.sheet ?? ""));
        break;
      case "workbook-protected":
        io.err(msg.workbookProtected(input));
        break;
      case "unsupported-part":
        io.err(msg.unsupportedPart(input, e.detail.part ?? e.detail.sheet ?? ""));
        break;
      case "read-failed":
        io.err(msg.damagedPart(input, e.detail.part ?? ""));
        break;
      default:
        io.err(msg.cannotWriteWorkbook(input));
    }
    return 2;
  }

  // The workbook's language is kept in its settings, so a later run (or the task pane) writes in the same words.
  const saved = savedSettings(loaded.snapshot);
  let bytes = written.bytes;
  const langChanged = saved.lang !== settings.lang;
  if (langChanged) {
    const session = new XlsxSession(bytes);
    try {
      await session.saveSettings({ ...saved, lang: settings.lang });
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
      io.err(msg.cannotWriteWorkbook(input));
      return 2;
    }
    bytes = session.bytes();
  }

  try {
    await writeFileAtomic(output, bytes);
  } catch (e) {
    if (!(e instanceof WriteFileError)) throw e;
    const byReason = {
      unwritable: msg.outputUnwritable,
      locked: msg.outputLocked,
      "no-space": msg.outputNoSpace,
      failed: msg.outputFailed,
    } as const;
    io.err(byReason[e.reason](output));
    return 2;
  }

  const counts = new Map<StatusCode, number>();
  for (const s of analysis.statuses) counts.set(s.code, (counts.get(s.code) ?? 0) + 1);
  if (args.json) {
    io.out(JSON.stringify(reportJson({ input, output, settings, plan, period, counts, result: written.result, patch }), null, 2));
    return 0;
  }
  if (langChanged && saved.lang !== undefined) io.out(msg.workbookLangChanged(saved.lang, settings.lang));
  io.out(msg.planFound(plan.sheet, plan.headerRow, plan.tasks.length, ""));
  io.out(msg.statusCounts + " " + [...counts].map(([code, n]) => `${statusLabel(code, args.lang)}: ${n}`).join("; "));
  io.out(msg.reportSheets(written.result.sheetsCreated, written.result.sheetsUpdated));
  io.out(msg.reportWritten(output));
  return 0;
}
