// `npm run fuzz -- --count N [--seed S] [--keep DIR]`: mutates the samples and fixtures (deterministically from the
// seed), runs the real command line (`report`, and `check` on every third file) on each mutant, and prints a summary:
// files tried, exit codes, refused cleanly, accepted, the slowest and the largest memory. Any run that ends otherwise
// than with exit code 0, 1 or 2, prints a stack frame, leaves an output file after exit 2, or passes 10 s or 512 MB is
// a failure: it is listed, kept in --keep DIR when given, and the script exits with 1.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { rawZip, type RawEntry } from "./rawZip";
import { hasStackFrame, runCli, type CliRun } from "./runCli";

const ROOT = path.resolve(__dirname, "../..");
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};
const COUNT = Number(option("--count", "100"));
const SEED = Number(option("--seed", "9"));
const KEEP = option("--keep", "");
const TIME_CAP_MS = 10_000;
const MEMORY_CAP_MB = 512;

/** mulberry32: a small seeded generator, so a seed names one batch of mutants for ever. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
const int = (n: number) => Math.floor(rnd() * n);

/** Snippets that have broken readers before: references past the grid, entities, stray markup, huge indexes. */
const TOKENS = [
  '<c r="XFD1048577"><v>1</v></c>',
  ' r="A999999999"',
  ' r="AAAAAAAAAAAA9"',
  '<row r="99999999999">',
  "&lol;",
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
  "</row>",
  "</sheetData>",
  '<mergeCell ref="A1:XFD1048576"/>',
  ' t="s"><v>999999</v></c>',
  ' s="99999"',
  "<![CDATA[",
  "<!--",
  "\u0000",
  '"',
  "<",
  "Quý I/2026 - ".repeat(500),
  "Phòng A, ".repeat(800),
  '<definedName name="PT_X">\'Kế hoạch\'!$A$1:$XFD$1048576</definedName>',
  '<Override PartName="/xl/x.xml" ContentType="x"/>',
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="../../../x.xml"/>',
];

const bases = [
  ...["assets/sample", "test/fixtures/plans", "test/fixtures/packages", "test/fixtures/hostile", "test/fixtures/preservation"].flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((f) => /\.xlsx$/.test(f))
      .map((f) => path.join(ROOT, dir, f)),
  ),
];

type Mutant = { name: string; bytes: Uint8Array };

function partsOf(bytes: Uint8Array): RawEntry[] | null {
  try {
    return Object.entries(unzipSync(bytes))
      .filter(([n]) => !n.endsWith("/"))
      .map(([name, data]) => ({ name, data }));
  } catch {
    return null;
  }
}

function mutateText(text: string): [string, string] {
  const at = int(text.length + 1);
  switch (int(5)) {
    case 0: {
      const len = 1 + int(200);
      return [text.slice(0, at) + text.slice(at + len), `delete ${len}@${at}`];
    }
    case 1: {
      const len = 1 + int(400);
      return [text.slice(0, at) + text.slice(at, at + len).repeat(1 + int(20)) + text.slice(at), `repeat ${len}@${at}`];
    }
    case 2:
      return [text.slice(0, at), `truncate@${at}`];
    default: {
      const token = pick(TOKENS);
      return [text.slice(0, at) + token + text.slice(at), `insert ${JSON.stringify(token.slice(0, 20))}@${at}`];
    }
  }
}

function mutate(n: number): Mutant {
  const base = pick(bases);
  const original = new Uint8Array(readFileSync(base));
  const label = `${String(n).padStart(4, "0")}-${path.basename(base, ".xlsx")}`;
  const parts = partsOf(original);
  const kind = parts ? int(6) : 0;
  if (kind === 0 || !parts) {
    const bytes = original.slice();
    const flips = 1 + int(8);
    for (let i = 0; i < flips; i++) bytes[int(bytes.length)] = int(256);
    return { name: `${label}-flip${flips}`, bytes };
  }
  const xml = parts.filter((p) => /\.(xml|rels)$/.test(p.name));
  const target = pick(xml.length > 0 ? xml : parts);
  if (kind === 1) return { name: `${label}-drop-${target.name.replace(/\W+/g, "_")}`, bytes: rawZip(parts.filter((p) => p !== target)) };
  if (kind === 2) {
    const lie = pick(["size", "crc"] as const);
    const changed = parts.map((p) => (p === target ? { ...p, ...(lie === "size" ? { declaredSize: int(1 << 20) } : { declaredCrc: int(2 ** 31) }) } : p));
    return { name: `${label}-${lie}-${target.name.replace(/\W+/g, "_")}`, bytes: rawZip(changed) };
  }
  const text = new TextDecoder().decode(target.data as Uint8Array);
  const [mutated, how] = mutateText(text);
  return {
    name: `${label}-${target.name.replace(/\W+/g, "_")}-${how.replace(/\W+/g, "_").slice(0, 40)}`,
    bytes: rawZip(parts.map((p) => (p === target ? { ...p, data: mutated } : p))),
  };
}

function problem(run: CliRun): string | null {
  if (run.signal) return `killed by ${run.signal}`;
  if (run.code !== 0 && run.code !== 1 && run.code !== 2) return `exit code ${run.code}`;
  if (hasStackFrame(run)) return "stack frame printed";
  if (run.code === 2 && run.wroteOutput) return "output file left after exit 2";
  if (run.code === 2 && run.stderr.trim().split("\n").length !== 1) return "more than one line on exit 2";
  if (run.ms > TIME_CAP_MS) return `took ${run.ms.toFixed(0)} ms`;
  if (run.maxRssMb > MEMORY_CAP_MB) return `used ${run.maxRssMb.toFixed(0)} MB`;
  return null;
}

function main(): void {
  const dir = mkdtempSync(path.join(tmpdir(), "pt-fuzz-batch-"));
  const codes = new Map<string, number>();
  const runs: { name: string; command: string; run: CliRun }[] = [];
  const failures: string[] = [];
  try {
    for (let n = 1; n <= COUNT; n++) {
      const mutant = mutate(n);
      const file = path.join(dir, `${mutant.name}.xlsx`);
      writeFileSync(file, mutant.bytes);
      const commands = n % 3 === 0 ? (["report", "check"] as const) : (["report"] as const);
      for (const command of commands) {
        const run = runCli(command, file, 60_000);
        runs.push({ name: mutant.name, command, run });
        const key = run.code === null ? `signal ${run.signal}` : String(run.code);
        codes.set(key, (codes.get(key) ?? 0) + 1);
        const why = problem(run);
        if (why) {
          failures.push(`${mutant.name} (${command}): ${why}`);
          if (KEEP) {
            mkdirSync(KEEP, { recursive: true });
            writeFileSync(path.join(KEEP, `${mutant.name}.xlsx`), mutant.bytes);
          }
        }
      }
      if (n % 25 === 0) process.stderr.write(`${n}/${COUNT}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const refused = runs.filter((r) => r.run.code === 2).length;
  const accepted = runs.filter((r) => r.run.code === 0).length;
  const slowest = [...runs].sort((a, b) => b.run.ms - a.run.ms).slice(0, 3);
  const largest = [...runs].sort((a, b) => b.run.maxRssMb - a.run.maxRssMb).slice(0, 3);
  console.log(`seed ${SEED}: ${COUNT} files, ${runs.length} runs of the command line`);
  console.log(`exit codes: ${[...codes].sort().map(([c, k]) => `${c}: ${k}`).join(", ")}`);
  console.log(`refused cleanly (exit 2, one line, no output): ${refused}; accepted (exit 0): ${accepted}`);
  console.log(`slowest: ${slowest.map((r) => `${r.name} ${r.command} ${r.run.ms.toFixed(0)} ms`).join("; ")}`);
  console.log(`largest memory: ${largest.map((r) => `${r.name} ${r.command} ${r.run.maxRssMb.toFixed(0)} MB`).join("; ")}`);
  console.log(failures.length === 0 ? "no failures" : `FAILURES (${failures.length}):\n  ${failures.join("\n  ")}`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}

main();
