// Command-line arguments: a tiny parser, so bad input gets our own message rather than a library's.

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
  /** collect: the returned forms after the plan. */
  forms: string[];
  /** collect: how to settle two units disagreeing. */
  prefer?: "latest" | "lead" | "none";
  /** remind: one unit only. */
  unit?: string;
}

export type ArgsResult = { ok: true; args: CliArgs } | { ok: false; problem: ArgProblem };

export type ArgProblem =
  | { kind: "unknown-option"; option: string }
  | { kind: "missing-value"; option: string }
  | { kind: "bad-number"; option: string; value: string }
  | { kind: "bad-date"; value: string }
  | { kind: "bad-lang"; value: string }
  | { kind: "extra-argument"; value: string }
  | { kind: "bad-prefer"; value: string };

const VALUE_OPTIONS = new Set(["--sheet", "--date", "--due-soon-days", "--cutoff-day", "--lang", "--out", "--prefer", "--unit"]);

export function parseArgs(argv: string[]): ArgsResult {
  const args: CliArgs = { command: "", lang: "vi", json: false, inPlace: false, help: false, forms: [] };
  const positional: string[] = [];
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
    switch (option) {
      case "--sheet":
        args.sheet = value;
        break;
      case "--date":
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value ?? "") || !isRealDate(value ?? ""))
          return { ok: false, problem: { kind: "bad-date", value: value ?? "" } };
        args.date = value;
        break;
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
      case "--out":
        args.out = value;
        break;
      case "--prefer":
        if (value !== "latest" && value !== "lead" && value !== "none") return { ok: false, problem: { kind: "bad-prefer", value: value ?? "" } };
        args.prefer = value;
        break;
      case "--unit":
        args.unit = value;
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
  if (args.command === "collect") args.forms = positional.slice(2);
  else if (positional.length > 2) return { ok: false, problem: { kind: "extra-argument", value: positional[2] ?? "" } };
  return { ok: true, args };
}

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number);
  if (!y || !m || !d) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
