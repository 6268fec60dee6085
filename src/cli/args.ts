// Command-line arguments: a tiny parser, so bad input gets our own message rather than a library's.
import { parseTypedDate } from "../core/date/parseTypedDate";

export interface CliArgs {
  command: string;
  file?: string;
  sheet?: string;
  date?: string;
  dueSoonDays?: number;
  cutoffDay?: number;
  lang: "vi" | "en";
  json: boolean;
  out?: string;
  inPlace: boolean;
  help: boolean;
  version: boolean;
  /** (report) Replace an existing output file. */
  force: boolean;
  /** (report) The language the workbook's own sheets and headers are written in, stored in its settings. */
  workbookLang?: "vi" | "en";
}

export type ArgsResult = { ok: true; args: CliArgs } | { ok: false; problem: ArgProblem };

export type ArgProblem =
  | { kind: "unknown-option"; option: string }
  | { kind: "missing-value"; option: string }
  | { kind: "bad-number"; option: string; value: string }
  | { kind: "bad-date"; value: string }
  | { kind: "bad-lang"; value: string }
  | { kind: "extra-argument"; value: string }
  | { kind: "report-only"; option: string };

/** Options that only `report` reads: `check` refuses them rather than ignoring them silently. */
const REPORT_ONLY = new Set(["--out", "--in-place", "--force", "--workbook-lang", "--cutoff-day"]);

const VALUE_OPTIONS = new Set(["--sheet", "--date", "--due-soon-days", "--cutoff-day", "--lang", "--out", "--workbook-lang"]);

export function parseArgs(argv: string[]): ArgsResult {
  const args: CliArgs = { command: "", lang: "vi", json: false, inPlace: false, help: false, version: false, force: false };
  const positional: string[] = [];
  const reportOnly: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] ?? "";
    let option = raw;
    let value: string | undefined;
    const eq = raw.indexOf("=");
    if (raw.startsWith("--") && eq > 0) {
      option = raw.slice(0, eq);
      value = raw.slice(eq + 1);
    }
    if (!option.startsWith("-") || option === "-") {
      positional.push(raw);
      continue;
    }
    if (VALUE_OPTIONS.has(option) && value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) return { ok: false, problem: { kind: "missing-value", option } };
      i++;
    }
    if (REPORT_ONLY.has(option)) reportOnly.push(option);
    switch (option) {
      case "--sheet":
        args.sheet = value;
        break;
      case "--date": {
        // Staff type 30/11/2026; scripts write 2026-11-30.
        const date = parseTypedDate(value ?? "");
        if (date === null) return { ok: false, problem: { kind: "bad-date", value: value ?? "" } };
        args.date = date;
        break;
      }
      case "--due-soon-days":
      case "--cutoff-day": {
        const n = Number(value);
        const max = option === "--cutoff-day" ? 28 : 3650;
        const min = option === "--cutoff-day" ? 1 : 0;
        if (!Number.isInteger(n) || n < min || n > max)
          return { ok: false, problem: { kind: "bad-number", option, value: value ?? "" } };
        if (option === "--cutoff-day") args.cutoffDay = n;
        else args.dueSoonDays = n;
        break;
      }
      case "--lang":
        if (value !== "vi" && value !== "en") return { ok: false, problem: { kind: "bad-lang", value: value ?? "" } };
        args.lang = value;
        break;
      case "--workbook-lang":
        if (value !== "vi" && value !== "en") return { ok: false, problem: { kind: "bad-lang", value: value ?? "" } };
        args.workbookLang = value;
        break;
      case "--force":
        args.force = true;
        break;
      case "-v":
      case "--version":
        args.version = true;
        break;
      case "--out":
        args.out = value;
        break;
      case "--json":
        args.json = true;
        break;
      case "--in-place":
        args.inPlace = true;
        break;
      case "-h":
      case "--help":
        args.help = true;
        break;
      default:
        return { ok: false, problem: { kind: "unknown-option", option } };
    }
  }
  args.command = positional[0] ?? "";
  args.file = positional[1];
  if (positional.length > 2) return { ok: false, problem: { kind: "extra-argument", value: positional[2] ?? "" } };
  const misplaced = reportOnly[0];
  if (args.command === "check" && misplaced !== undefined) return { ok: false, problem: { kind: "report-only", option: misplaced } };
  return { ok: true, args };
}
