// `plan-tracker report` in-process: outputs, idempotence, staff cells, and every failure as one line with exit 2.
import { createHash } from "crypto";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { unzipSync, zipSync } from "fflate";
import { main, type CliIO } from "../../src/cli/main";
import { defaultOutputPath } from "../../src/cli/report";
import type { CellValue, Grid } from "../../src/core/grid/Grid";
import { readXlsx } from "../../src/xlsx/readXlsx";

const root = path.join(__dirname, "../..");
const SAMPLES = ["ke-hoach-mau.xlsx", "ke-hoach-dan-tu-word.xlsx"].map((f) => path.join(root, "assets/sample", f));
const FIXTURE = path.join(root, "test/fixtures/packages/validations-cf.xlsx");
const FORMULAS = path.join(root, "test/fixtures/packages/formulas.xlsx");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pt-report-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n"), today: () => "2026-11-30" };
  const code = await main(argv, io);
  return { code, out, err };
}

function copy(file: string): string {
  const to = path.join(dir, path.basename(file));
  copyFileSync(file, to);
  return to;
}

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** Every cell of the columns left of `firstOwned`: the staff's table and anything else they keep there. */
function staffCells(grid: Grid, firstOwned: number): string[] {
  const out: string[] = [];
  grid.values.forEach((row, r) =>
    row.forEach((v: CellValue, c) => {
      if (c < firstOwned && v !== null) out.push(`${r},${c}=${JSON.stringify(v)}|${grid.formats?.[r]?.[c] ?? ""}`);
    }),
  );
  return out;
}

/** The raw <c> elements of the first sheet whose column is left of `firstOwned` (style index included). */
function rawStaffCells(file: string, firstOwned: number): string[] {
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  const xml = new TextDecoder().decode(parts["xl/worksheets/sheet1.xml"]);
  const cells = xml.match(/<c r="[A-Z]+\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g) ?? [];
  return cells.filter((c) => {
    const letters = /r="([A-Z]+)/.exec(c)?.[1] ?? "";
    const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return col < firstOwned;
  });
}

describe("report writes a new file beside the input", () => {
  test.each([...SAMPLES, FIXTURE])("%s: staff cells identical (values, formats, style indices, merges)", async (file) => {
    const input = copy(file);
    const before = hash(input);
    const r = await run("report", input, "--date", "2026-11-30");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const output = defaultOutputPath(input, 2026, 11);
    expect(r.out).toContain(output);
    expect(hash(input)).toBe(before);
    const plan = readXlsx(new Uint8Array(readFileSync(input))).sheets[0] as Grid;
    const firstOwned = Math.max(...plan.values.map((row) => row.length));
    const after = readXlsx(new Uint8Array(readFileSync(output))).sheets[0] as Grid;
    expect(staffCells(after, firstOwned)).toEqual(staffCells(plan, firstOwned));
    expect(rawStaffCells(output, firstOwned)).toEqual(rawStaffCells(input, firstOwned));
    const staffMerges = (g: Grid) => g.merges.filter((m) => m.right < firstOwned).map((m) => JSON.stringify(m)).sort();
    expect(staffMerges(after)).toEqual(staffMerges(plan));
  });

  test("the default name carries the month: ke-hoach-mau.BC-T11-2026.xlsx; .xlsm stays .xlsm", () => {
    expect(path.basename(defaultOutputPath("/a/ke-hoach-mau.xlsx", 2026, 11))).toBe("ke-hoach-mau.BC-T11-2026.xlsx");
    expect(path.basename(defaultOutputPath("/a/kh.xlsm", 2027, 1))).toBe("kh.BC-T1-2027.xlsm");
  });

  test("idempotent: report on its own output for the same date gives identical cells in every sheet", async () => {
    const input = copy(SAMPLES[0] as string);
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    expect((await run("report", input, "--date", "2026-11-30", "--out", first)).code).toBe(0);
    expect((await run("report", first, "--date", "2026-11-30", "--out", second)).code).toBe(0);
    const a = readXlsx(new Uint8Array(readFileSync(first)));
    const b = readXlsx(new Uint8Array(readFileSync(second)));
    expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
    expect(b.sheets).toEqual(a.sheets);
    expect(b.names).toEqual(a.names);
  });

  test("a different month adds exactly one sheet and keeps the earlier month's report", async () => {
    const input = copy(SAMPLES[0] as string);
    const nov = path.join(dir, "nov.xlsx");
    const dec = path.join(dir, "dec.xlsx");
    expect((await run("report", input, "--date", "2026-11-30", "--out", nov)).code).toBe(0);
    expect((await run("report", nov, "--date", "2026-12-28", "--out", dec)).code).toBe(0);
    const a = readXlsx(new Uint8Array(readFileSync(nov)));
    const b = readXlsx(new Uint8Array(readFileSync(dec)));
    expect(b.sheets.map((s) => s.name)).toEqual([...a.sheets.map((s) => s.name), "BC T12-2026"]);
    expect(b.sheets.find((s) => s.name === "BC T11-2026")).toEqual(a.sheets.find((s) => s.name === "BC T11-2026"));
  });

  test("--in-place overwrites the input", async () => {
    const input = copy(SAMPLES[0] as string);
    const before = hash(input);
    const r = await run("report", input, "--date", "2026-11-30", "--in-place");
    expect(r.code).toBe(0);
    expect(hash(input)).not.toBe(before);
    expect(readXlsx(new Uint8Array(readFileSync(input))).sheets.map((s) => s.name)).toContain("Tổng hợp");
  });

  test("a formulas workbook keeps its formulas and cached values", async () => {
    const input = copy(FORMULAS);
    const out = path.join(dir, "out.xlsx");
    expect((await run("report", input, "--date", "2026-11-30", "--out", out)).code).toBe(0);
    const sheetOf = (f: string) => readXlsx(new Uint8Array(readFileSync(f))).sheets.find((s) => s.name === "Tính toán");
    expect(sheetOf(out)).toEqual(sheetOf(input));
  });
});

describe("report failures: exit 2, one line, input untouched, nothing left behind", () => {
  const expectFailure = (r: { code: number; out: string; err: string }) => {
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  };
  const listing = () => readdirSync(dir).sort();

  test("--out equal to the input without --in-place is refused", async () => {
    const input = copy(SAMPLES[0] as string);
    const before = hash(input);
    const r = await run("report", input, "--out", path.join(dir, ".", path.basename(input)));
    expectFailure(r);
    expect(r.err).toContain("--in-place");
    expect(hash(input)).toBe(before);
    expect(listing()).toEqual([path.basename(input)]);
  });

  test("a protected plan sheet", async () => {
    const parts = unzipSync(new Uint8Array(readFileSync(SAMPLES[0] as string)));
    const sheet = new TextDecoder().decode(parts["xl/worksheets/sheet1.xml"]);
    parts["xl/worksheets/sheet1.xml"] = new TextEncoder().encode(sheet.replace("</sheetData>", '</sheetData><sheetProtection sheet="1"/>'));
    const input = path.join(dir, "protected.xlsx");
    writeFileSync(input, zipSync(parts));
    const before = hash(input);
    const r = await run("report", input, "--lang", "en");
    expectFailure(r);
    expect(r.err).toContain('Sheet "Kế hoạch"');
    expect(r.err).toContain("protected");
    expect(hash(input)).toBe(before);
    expect(listing()).toEqual(["protected.xlsx"]);
  });

  test("an output folder that cannot be written", async () => {
    const input = copy(SAMPLES[0] as string);
    const blocker = path.join(dir, "not-a-folder");
    writeFileSync(blocker, "x");
    const r = await run("report", input, "--out", path.join(blocker, "out.xlsx"));
    expectFailure(r);
    expect(r.err).toContain("không có quyền ghi");
    expect(listing()).toEqual([path.basename(input), "not-a-folder"].sort());
  });

  test("a missing input", async () => {
    const r = await run("report", path.join(dir, "khong-co.xlsx"));
    expectFailure(r);
    expect(r.err).toContain("Không tìm thấy tệp");
    expect(listing()).toEqual([]);
  });
});
