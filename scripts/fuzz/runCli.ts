// Runs the real command line (node bin/plan-tracker.js) on a file as a child process and measures it: exit code,
// wall time, peak memory (the child's maxRSS), what it printed and whether it left an output file.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "plan-tracker.js");
const PRELOAD = path.join(__dirname, "maxRss.js");

export interface CliRun {
  code: number | null;
  signal: string | null;
  ms: number;
  /** Peak resident memory in MB, or NaN when the child died before it could say. */
  maxRssMb: number;
  stdout: string;
  stderr: string;
  /** True when the output file exists after the run. */
  wroteOutput: boolean;
}

/** `command` is "check" or "report"; a report is written into a temporary folder, removed afterwards. */
export function runCli(command: "check" | "report", file: string, timeoutMs = 60_000): CliRun {
  const dir = mkdtempSync(path.join(tmpdir(), "pt-fuzz-"));
  const out = path.join(dir, "out.xlsx");
  const rssFile = path.join(dir, "rss");
  const args = [PRELOAD, BIN, command, file, "--date", "2026-11-30"];
  const argv = ["--max-old-space-size=1024", "-r", ...args];
  if (command === "report") argv.push("--out", out);
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, argv, {
    env: { ...process.env, PT_MAX_RSS_FILE: rssFile },
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const maxRssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) / 1024 : NaN;
  const run: CliRun = {
    code: child.status,
    signal: child.signal,
    ms,
    maxRssMb,
    stdout: child.stdout ?? "",
    stderr: child.stderr ?? "",
    wroteOutput: existsSync(out),
  };
  rmSync(dir, { recursive: true, force: true });
  return run;
}

/** A Node stack frame ("    at fn (file:1:2)") in what the program printed. */
export function hasStackFrame(run: CliRun): boolean {
  return /^\s{4}at /m.test(run.stdout + run.stderr);
}
