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

/** "ke-hoach-mau.xlsx" reported for November 2026 → "ke-hoach-mau.BC-T11-2026.xlsx" beside it. */
export function defaultOutputPath(input: string, year: number, month: number): string {
  const ext = extname(input) || ".xlsx";
  return join(dirname(input), `${basename(input, extname(input))}.BC-T${month}-${year}${ext}`);
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

  try {
    await writeFileAtomic(output, written.bytes);
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
  io.out(msg.planFound(plan.sheet, plan.headerRow, plan.tasks.length, ""));
  io.out(msg.statusCounts + " " + [...counts].map(([code, n]) => `${statusLabel(code, args.lang)}: ${n}`).join("; "));
  io.out(msg.reportSheets(written.result.sheetsCreated, written.result.sheetsUpdated));
  io.out(msg.reportWritten(output));
  return 0;
}
