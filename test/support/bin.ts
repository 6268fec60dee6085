// Runs the real `plan-tracker` bin (bin/plan-tracker.js → lib/cli/main.js) as a child process. lib/ is what
// `npm install` builds; it is rebuilt first when a source file it is compiled from is newer, so the bin under test
// is the code under test.
import { execFile, execFileSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
import * as path from "path";

export const root = path.join(__dirname, "../..");
const entry = path.join(root, "lib", "cli", "main.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, name.name);
    if (name.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|json)$/.test(name.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds lib/ with `tsc -p tsconfig.cli.json` unless it is newer than every source it comes from. */
export function ensureBuiltBin(): void {
  const sources = Math.max(...["core", "workbook", "xlsx", "cli"].map((d) => newestSource(path.join(root, "src", d))));
  if (existsSync(entry) && statSync(entry).mtimeMs >= sources) return;
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: root, stdio: "pipe" });
}

export interface BinRun {
  code: number;
  out: string;
  err: string;
}

export function runBin(args: string[], cwd = root): Promise<BinRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, "bin", "plan-tracker.js"), ...args], { cwd, encoding: "utf8" }, (error, out, err) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, out, err });
    });
  });
}
