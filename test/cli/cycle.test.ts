// The monthly cycle on the command line, on the sample plan with three lead units (Sở GDĐT, Sở Tài chính, Sở Nội vụ;
// the last task led jointly by Sở GDĐT and Sở Tài chính): forms for every lead unit, two returned filled (one
// disagreeing with the other on a task both lead), collect with its preview, idempotence, and every bad input as one
// line with nothing written.
import { execFileSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, utimesSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { main, type CliIO } from "../../src/cli/main";
import { readHistory } from "../../src/core/history/readHistory";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { applyPatchToXlsx } from "../../src/xlsx/applyPatchToXlsx";
import { setCellValues } from "../../src/xlsx/writer/setCellValues";
import { fill, rewriteRows } from "./formEdits";

const root = path.join(__dirname, "../..");
const SAMPLE = path.join(root, "assets/sample/ke-hoach-mau.xlsx");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pt-cycle-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n"), today: () => "2026-11-10" };
  const code = await main(argv, io);
  return { code, out, err };
}

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const read = (file: string) => readXlsx(new Uint8Array(readFileSync(file)));

/** Staff reassign three tasks to other lead units (column C, "Đơn vị chủ trì"). */
function planWithThreeUnits(): string {
  const bytes = setCellValues(new Uint8Array(readFileSync(SAMPLE)), "Kế hoạch", [
    { row: 12, col: 2, value: "Sở Tài chính" },
    { row: 14, col: 2, value: "Sở Nội vụ" },
    { row: 15, col: 2, value: "Sở GDĐT; Sở Tài chính" },
  ]);
  const file = path.join(dir, "ke-hoach.xlsx");
  writeFileSync(file, bytes);
  return file;
}

const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));
if (!soffice) console.warn("test/cli/cycle.test.ts: soffice not found, the LibreOffice re-saved form is skipped");

describe("forms → collect → remind", () => {
  let plan: string;
  let formsDir: string;
  let forms: string[];
  beforeAll(async () => {
    plan = planWithThreeUnits();
    formsDir = path.join(dir, "phieu");
    const r = await run("forms", plan, "--date", "2026-11-10", "--out", formsDir);
    expect(r.err).toBe("");
    forms = readdirSync(formsDir).sort();
  });

  test("one protected form per lead unit, named by unit and period, with the unit's tasks and keys", () => {
    expect(forms).toEqual(["so-giao-duc-va-dao-tao.T11-2026.xlsx", "so-noi-vu.T11-2026.xlsx", "so-tai-chinh.T11-2026.xlsx"]);
    const bytes = new Uint8Array(readFileSync(path.join(formsDir, "so-tai-chinh.T11-2026.xlsx")));
    const snap = readXlsx(bytes);
    expect(snap.sheets.map((s) => [s.name, s.hidden === true])).toEqual([["Phiếu báo cáo", false], ["PT_Phieu", true]]);
    const grid = snap.sheets[0];
    const keys = (grid?.values ?? []).slice(10, 12).map((r) => r[1]);
    expect(keys).toEqual(["NV-005", "NV-008"]);
    expect(grid?.values[7]?.[0]).toBe("Đề nghị đơn vị điền các cột tô màu và gửi lại phiếu trước ngày 14/11/2026. Không sửa cột Mã NV.");
    const sheetXml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"] as Uint8Array);
    expect(sheetXml).toContain('<sheetProtection sheet="1"');
    expect(sheetXml).not.toContain("password");
    const styles = strFromU8(unzipSync(bytes)["xl/styles.xml"] as Uint8Array);
    expect(styles).toContain('<protection locked="0"/>');
  });

  test("collect: the preview, a conflict not written without --prefer, values written into the input columns, provenance in Lịch sử", async () => {
    const gd = fill(path.join(formsDir, forms[0] ?? ""), path.join(dir, "gd.xlsx"), {
      "NV-001": { percent: 60, result: "Đã ban hành kế hoạch năm 2026" },
      "NV-004": { status: "Đã hoàn thành", percent: 100, date: "05/11/2026" },
      "NV-008": { percent: 70 },
    });
    const tc = fill(path.join(formsDir, forms[2] ?? ""), path.join(dir, "tc.xlsx"), {
      "NV-005": { status: "Đã hoàn thành", date: { date: "2026-11-02" } },
      "NV-008": { percent: 50 },
    });
    utimesSync(tc, new Date("2026-11-09T00:00:00Z"), new Date("2026-11-09T00:00:00Z"));
    const before = hash(plan);
    const out = path.join(dir, "th.xlsx");
    const r = await run("collect", plan, gd, tc, "--date", "2026-11-10", "--out", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("NV-001 · Tiến độ (%): “(trống)” → “60” (Sở Giáo dục và Đào tạo)");
    expect(r.out).toContain("NV-004 · Ngày hoàn thành: “(trống)” → “05/11/2026” (Sở Giáo dục và Đào tạo)");
    expect(r.out).toContain("NV-005 · Tình trạng: “(trống)” → “Đã hoàn thành” (Sở Tài chính)");
    expect(r.out).toContain("Nhiệm vụ NV-008, Tiến độ (%): các đơn vị báo khác nhau");
    expect(r.out).toContain("chưa ghi, hãy chọn bằng --prefer latest|lead.");
    expect(r.out).not.toContain("NV-008 · Tiến độ");
    expect(hash(plan)).toBe(before);

    const snap = read(out);
    const grid = snap.sheets.find((s) => s.name === "Kế hoạch");
    const header = grid?.values[7] ?? [];
    const col = (h: string) => header.indexOf(h);
    expect(grid?.values[8]?.[col("Tiến độ (%)")]).toBe(60);
    expect(grid?.values[8]?.[col("Kết quả thực hiện")]).toBe("Đã ban hành kế hoạch năm 2026");
    expect(grid?.values[11]?.[col("Tình trạng")]).toBe("Đã hoàn thành");
    expect(grid?.values[15]?.[col("Tiến độ (%)")] ?? null).toBeNull();
    // The staff's own table (A–F) is exactly as it was.
    const old = read(plan).sheets[0]?.values.map((r) => r.slice(0, 6));
    expect(grid?.values.slice(0, old?.length).map((r) => r.slice(0, 6))).toEqual(old);
    const history = readHistory(snap).rows.filter((h) => h.period === "11/2026");
    expect(history.find((h) => h.key === "NV-005")).toMatchObject({ source: "form", unit: "Sở Tài chính", file: "tc.xlsx", collectedOn: "2026-11-10", code: "done_on_time" });
    expect(history.find((h) => h.key === "NV-002")).toMatchObject({ source: "plan" });

    // Collecting the same forms again changes nothing.
    const again = await run("collect", out, gd, tc, "--date", "2026-11-10", "--out", path.join(dir, "th2.xlsx"));
    expect(again.out).toContain("Không có giá trị nào thay đổi.");
    expect(readHistory(read(path.join(dir, "th2.xlsx"))).rows).toEqual(readHistory(snap).rows);

    // --prefer latest takes the later file's value (the Sở GDĐT form, received after the Sở Tài chính one).
    const latest = await run("collect", plan, gd, tc, "--date", "2026-11-10", "--out", path.join(dir, "th3.xlsx"), "--prefer", "latest");
    expect(latest.out).toContain("NV-008 · Tiến độ (%): “(trống)” → “70” (Sở Giáo dục và Đào tạo)");

    // The reminder: Sở Nội vụ sent nothing, the others did.
    const remind = await run("remind", out, "--date", "2026-11-10");
    expect(remind.out).toContain("Kính gửi: Sở Nội vụ");
    expect(remind.out).toContain("Phiếu báo cáo kỳ này: chưa gửi (hạn 14/11/2026).");
    const tcRemind = await run("remind", out, "--date", "2026-11-10", "--unit", "Sở Tài chính");
    expect(tcRemind.out).toContain("Phiếu báo cáo kỳ này: đã nhận.");
    expect(tcRemind.out).not.toContain("Sở Nội vụ");
  });

  (soffice ? test : test.skip)("a form with its rows sorted and re-saved by LibreOffice gives the same values", async () => {
    if (!soffice) return;
    const values = { "NV-001": { percent: 60 }, "NV-004": { status: "Đã hoàn thành", date: "05/11/2026" } };
    const plain = fill(path.join(formsDir, forms[0] ?? ""), path.join(dir, "gd-plain.xlsx"), values);
    const sorted = rewriteRows(plain, path.join(dir, "gd-sorted.xlsx"), (rows) => [...rows].reverse());
    const profile = `-env:UserInstallation=file://${dir}/lo-profile`;
    const resavedDir = path.join(dir, "resaved");
    execFileSync(soffice, [profile, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", resavedDir, sorted], { timeout: 120_000, stdio: "pipe" });
    const resaved = path.join(resavedDir, "gd-sorted.xlsx");
    expect(readXlsx(new Uint8Array(readFileSync(resaved))).sheets[0]?.values[10]?.[1]).toBe("NV-008");
    const a = await run("collect", plan, plain, "--date", "2026-11-10", "--out", path.join(dir, "a.xlsx"));
    const b = await run("collect", plan, resaved, "--date", "2026-11-10", "--out", path.join(dir, "b.xlsx"));
    expect(b.err).toBe("");
    expect(b.out.replace(/gd-sorted/g, "gd-plain")).toBe(a.out.replace(/a\.xlsx/g, "b.xlsx"));
    expect(a.out).toContain("NV-004 · Ngày hoàn thành: “(trống)” → “05/11/2026”");
  }, 240_000);

  test("a form whose key column was emptied: rows matched by TT and task text, said so", async () => {
    const filled = fill(path.join(formsDir, forms[0] ?? ""), path.join(dir, "gd-k.xlsx"), { "NV-001": { percent: 40 } });
    const noKeys = rewriteRows(filled, path.join(dir, "gd-nokeys.xlsx"), (rows) => rows.map((r) => r.map((v, c) => (c === 1 ? null : v))));
    const r = await run("collect", plan, noKeys, "--date", "2026-11-10", "--out", path.join(dir, "k.xlsx"));
    expect(r.out).toContain("NV-001 · Tiến độ (%): “(trống)” → “40” (Sở Giáo dục và Đào tạo)");
    expect(r.out).toContain("gd-nokeys.xlsx: cột Mã NV bị mất, 6 dòng được khớp theo TT và nội dung nhiệm vụ.");
  });

  test("bad inputs: each one line, exit 2, nothing written", async () => {
    const notXlsx = path.join(dir, "phieu.xlsx.txt");
    writeFileSync(notXlsx, "đây không phải tệp Excel");
    const empty = path.join(formsDir, forms[1] ?? "");
    // A form of another plan: its identity (a hash of the plan's sheet and title) is not this plan's.
    const otherFiles = unzipSync(new Uint8Array(readFileSync(fill(path.join(formsDir, forms[2] ?? ""), path.join(dir, "o.xlsx"), { "NV-005": { percent: 80 } }))));
    const info = strFromU8(otherFiles["xl/worksheets/sheet2.xml"] as Uint8Array);
    otherFiles["xl/worksheets/sheet2.xml"] = strToU8(info.replace(/(<c r="B2"[^>]*><is><t>)[0-9a-f]{8}/, "$1deadbeef"));
    const other = path.join(dir, "other-plan-form.xlsx");
    writeFileSync(other, zipSync(otherFiles));
    const filled = fill(path.join(formsDir, forms[2] ?? ""), path.join(dir, "tc-extra-src.xlsx"), { "NV-005": { percent: 80 } });
    const extra = path.join(dir, "tc-extra.xlsx");
    writeFileSync(extra, applyPatchToXlsx(new Uint8Array(readFileSync(filled)), { styles: {}, names: [], sheets: [{ name: "Ghi chú", mode: "replace", cells: [{ row: 0, col: 0, value: "x" }] }] }).bytes);
    const cases: [string, string][] = [
      [notXlsx, "không phải"],
      [empty, "chưa điền gì"],
      [other, "phiếu của một kế hoạch khác"],
      [extra, "có thêm trang ngoài phiếu (Ghi chú)"],
      [SAMPLE, "không phải phiếu báo cáo do plan-tracker tạo"],
    ];
    for (const [form, words] of cases) {
      const out = path.join(dir, "bad.xlsx");
      const r = await run("collect", plan, form, "--date", "2026-11-10", "--out", out);
      expect([r.code, r.err.trim().split("\n").length]).toEqual([2, 1]);
      expect(r.err).toContain(words);
      expect(r.err).not.toMatch(/at \w+ \(|Error:/);
      expect(readdirSync(dir)).not.toContain("bad.xlsx");
    }
    const en = await run("collect", plan, empty, "--date", "2026-11-10", "--lang", "en", "--out", path.join(dir, "bad.xlsx"));
    expect(en.err).toContain("is not filled in");
  });
});
