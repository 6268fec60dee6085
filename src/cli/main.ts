// `plan-tracker` command line: check a plan workbook, or write the progress report into a copy of it.
import { promises as fs, readFileSync } from "fs";
import { join } from "path";
import { analyzeWorkbook, type Analysis } from "../core/engine";
import { formatVnDate } from "../core/date/calendar";
import { DEFAULT_SETTINGS, type Settings, type StatusCode } from "../core/model/Status";
import { statusLabel } from "../core/i18n/statusLabel";
import { severityLabel } from "../core/i18n/severityLabel";
import type { WorkbookSnapshot } from "../core/grid/Grid";
import { readXlsx } from "../xlsx/readXlsx";
import { XlsxReadError } from "../xlsx/XlsxReadError";
import { parseArgs, type CliArgs } from "./args";
import { checkJson } from "./checkJson";
import { issueLines } from "../core/i18n/issueLines";
import { savedSettings, workbookLanguage } from "./workbookSettings";
import { cliMessages } from "./messages";
import { textTable } from "./textTable";

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Today's date as YYYY-MM-DD (the command line may use the clock; the engine never does). */
  today: () => string;
}

const defaultIO: CliIO = {
  out: (t) => process.stdout.write(t + "\n"),
  err: (t) => process.stderr.write(t + "\n"),
  today: () => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  },
};

/** Exit codes: 0 done (issues found in the plan are reported, not failures), 2 could not run (bad arguments, unreadable file, no plan, failed write). */
export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const langGuess = argv.includes("--lang=en") || argv.join(" ").includes("--lang en") ? "en" : "vi";
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(cliMessages[langGuess].argProblem(parsed.problem));
    return 2;
  }
  const args = parsed.args;
  const msg = cliMessages[args.lang];
  if (args.version) {
    io.out(`plan-tracker ${packageVersion()}`);
    return 0;
  }
  if (args.help || args.command === "") {
    io.out(msg.usage);
    return args.help ? 0 : 2;
  }
  const cycle = args.command === "forms" || args.command === "collect" || args.command === "remind";
  if (args.command !== "check" && args.command !== "report" && !cycle) {
    io.err(msg.unknownCommand(args.command));
    return 2;
  }
  if (!args.file) {
    io.err(msg.missingFile);
    return 2;
  }
  const loaded = await loadWorkbook(args.file, args.lang);
  if (!loaded.ok) {
    io.err(loaded.message);
    return 2;
  }
  // The workbook's own settings (kept by the task pane or an earlier report), then the options given now. `lang` in
  // the settings is the workbook's language; --lang only chooses the language of the messages printed here.
  const saved = savedSettings(loaded.snapshot);
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    ...saved,
    reportDate: args.date ?? io.today(),
    lang: workbookLanguage(loaded.snapshot, saved, args.workbookLang).lang,
    ...(args.dueSoonDays !== undefined ? { dueSoonDays: args.dueSoonDays } : {}),
    ...(args.cutoffDay !== undefined ? { cutoffDay: args.cutoffDay } : {}),
    ...(args.sheet !== undefined ? { sheet: args.sheet } : {}),
  };
  const analysis = analyzeWorkbook(loaded.snapshot, settings);
  if (!analysis.plan) {
    const sheets = loaded.snapshot.sheets.map((s) => s.name);
    io.err(args.sheet ? msg.sheetNotFound(args.file, args.sheet, sheets) : msg.noPlan(args.file, sheets));
    return 2;
  }
  if (args.command === "check") return runCheck(args, settings, analysis, io);
  if (cycle) {
    const { runCycle } = await import("./cycle");
    return runCycle(args, settings, analysis, loaded, io);
  }
  const { runReport } = await import("./report");
  return runReport(args, settings, analysis, loaded, io);
}

export type Loaded =
  | { ok: true; bytes: Uint8Array; snapshot: WorkbookSnapshot }
  | { ok: false; message: string };

export async function loadWorkbook(file: string, lang: "vi" | "en"): Promise<Loaded> {
  const msg = cliMessages[lang];
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, message: msg.notAFile(file) };
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, message: msg.fileNotFound(file) };
    return { ok: false, message: msg.unreadable(file, (e as Error).message) };
  }
  try {
    return { ok: true, bytes, snapshot: readXlsx(bytes) };
  } catch (e) {
    if (e instanceof XlsxReadError && e.twinSheets) return { ok: false, message: msg.twinSheets(file, ...e.twinSheets) };
    if (e instanceof XlsxReadError && e.code === "corrupt" && e.part) return { ok: false, message: msg.damagedPart(file, e.part) };
    if (e instanceof XlsxReadError) {
      const byCode: Record<XlsxReadError["code"], (f: string) => string> = {
        "not-zip": msg.notXlsx,
        "xls-binary": msg.xlsBinary,
        encrypted: msg.encrypted,
        corrupt: msg.corrupt,
        "not-workbook": msg.notWorkbook,
        "too-large": (f) => msg.tooLarge(f, e.part ?? ""),
      };
      return { ok: false, message: byCode[e.code](file) };
    }
    return { ok: false, message: msg.corrupt(file) };
  }
}

function runCheck(args: CliArgs, settings: Settings, analysis: Analysis, io: CliIO): number {
  const plan = analysis.plan;
  if (!plan) return 2;
  if (args.json) {
    io.out(JSON.stringify(checkJson(analysis, settings.reportDate, args.lang), null, 2));
    return 0;
  }
  // The listing goes out in one write instead of one per line: a closed pipe ends it once (guard.ts).
  const lines: string[] = [];
  printCheck(args, settings, analysis, (text) => lines.push(text));
  io.out(lines.join("\n"));
  return 0;
}

function printCheck(args: CliArgs, settings: Settings, analysis: Analysis, out: (text: string) => void): void {
  const plan = analysis.plan;
  if (!plan) return;
  const msg = cliMessages[args.lang];
  const period = plan.programPeriod ? `${plan.programPeriod.start} – ${plan.programPeriod.end}` : "";
  out(msg.planFound(plan.sheet, plan.headerRow, plan.tasks.length, period));
  out(msg.reportDate(formatVnDate(settings.reportDate)));
  out("");
  const statusById = new Map(analysis.statuses.map((s) => [s.taskId, s]));
  const rows = plan.tasks.map((task) => {
    const status = statusById.get(task.id);
    return [
      String(task.row),
      task.number,
      task.title,
      task.lead.map((u) => u.name).join("; "),
      task.timeframe.text,
      status?.due ? formatVnDate(status.due) : "",
      statusLabel(status?.code ?? "unknown", args.lang) + (status?.milestone ? ` (${status.milestone})` : ""),
    ];
  });
  out(textTable(msg.tableHeader, rows, [5, 4, 40, 14, 18, 10, 26]));
  out("");
  const counts = new Map<StatusCode, number>();
  for (const s of analysis.statuses) counts.set(s.code, (counts.get(s.code) ?? 0) + 1);
  out(msg.statusCounts + " " + [...counts].map(([code, n]) => `${statusLabel(code, args.lang)}: ${n}`).join("; "));
  out("");
  if (analysis.issues.length === 0) out(msg.noIssues);
  else {
    const list = issueLines(analysis.issues, args.lang);
    out(msg.issuesHeading(list.lines.length, list.cellCount));
    for (const line of list.lines) out(`  [${severityLabel(line.severity, args.lang)}] ${line.text}`);
  }
}

/** The version in package.json: two folders up from src/cli (tests) and from lib/cli (the bin) alike. */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "?";
  } catch {
    return "?";
  }
}
