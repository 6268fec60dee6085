// The monthly cycle over three months on the seed sample, scripted: October report → forms for every lead unit →
// two units return their forms (Sở GDĐT's sorted and re-saved by LibreOffice, Sở Tài chính's disagreeing with it on
// the task both lead) → collect with its preview → the November report → December.
// The seed names one lead unit for every task; as staff do when tasks are reassigned, the scenario first gives task
// 5 to Sở Tài chính, task 7 to Sở Nội vụ (its deadline brought forward to "Tháng 10/2026", so it falls overdue in
// November) and the last task jointly to Sở GDĐT and Sở Tài chính.
// The workbooks of each step are left in test-output/cycle/ (scripts/render-cycle-pictures.sh makes docs/cycle/).
import { execFileSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import * as path from "path";
import { main, type CliIO } from "../../src/cli/main";
import type { WorkbookSnapshot } from "../../src/core/grid/Grid";
import { readHistory } from "../../src/core/history/readHistory";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { setCellValues } from "../../src/xlsx/writer/setCellValues";
import { fill, rewriteRows } from "./formEdits";

const root = path.join(__dirname, "../..");
const out = path.join(root, "test-output/cycle");
const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));
if (!soffice) console.warn("test/cli/cycle.scenario.test.ts: soffice not found, Sở GDĐT's form is not re-saved by LibreOffice");

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let o = "";
  let e = "";
  const io: CliIO = { out: (t) => (o += t + "\n"), err: (t) => (e += t + "\n"), today: () => "2026-11-14" };
  const code = await main(argv, io);
  return { code, out: o, err: e };
}

const snap = (file: string): WorkbookSnapshot => readXlsx(new Uint8Array(readFileSync(file)));
function lines(s: WorkbookSnapshot, sheet: string): string[] {
  const g = s.sheets.find((x) => x.name === sheet);
  return (g?.values ?? []).map((r) => r.filter((v) => v !== null && v !== "").join(" | ")).filter((t) => t !== "");
}
/** The bulleted paragraphs ("- …", "+ …") under a heading of the report. */
function section(all: string[], heading: RegExp): string[] {
  const i = all.findIndex((l) => heading.test(l));
  if (i < 0) return [];
  const rest = all.slice(i + 1);
  const end = rest.findIndex((l) => !/^[-+] /.test(l));
  return end < 0 ? rest : rest.slice(0, end);
}

beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
});

test("October → forms → two forms back (one sorted and re-saved, one conflicting) → collect → November → December", async () => {
  // The plan as staff keep it in October.
  const plan = path.join(out, "0-ke-hoach.xlsx");
  writeFileSync(
    plan,
    setCellValues(new Uint8Array(readFileSync(path.join(root, "assets/sample/ke-hoach-mau.xlsx"))), "Kế hoạch", [
      { row: 12, col: 2, value: "Sở Tài chính" },
      { row: 14, col: 2, value: "Sở Nội vụ" },
      { row: 14, col: 4, value: "Tháng 10/2026" },
      { row: 15, col: 2, value: "Sở GDĐT; Sở Tài chính" },
    ]),
  );

  // 1. October report.
  const oct = path.join(out, "1-bao-cao-T10.xlsx");
  expect((await run("report", plan, "--date", "2026-10-14", "--out", oct)).code).toBe(0);
  expect(readHistory(snap(oct)).rows.map((r) => r.period)).toEqual(Array(8).fill("10/2026"));

  // 2. Forms for every lead unit, early in November.
  const forms = path.join(out, "2-phieu");
  const f = await run("forms", oct, "--date", "2026-11-14", "--out", forms);
  expect(f.out).toContain("Đã tạo 3 phiếu báo cáo");
  expect(readdirSync(forms).sort()).toEqual(["so-giao-duc-va-dao-tao.T11-2026.xlsx", "so-noi-vu.T11-2026.xlsx", "so-tai-chinh.T11-2026.xlsx"]);

  // 3. Sở GDĐT fills its form, sorts it and saves it in LibreOffice; Sở Tài chính fills its own; Sở Nội vụ sends nothing.
  const back = path.join(out, "3-phieu-gui-lai");
  mkdirSync(back, { recursive: true });
  const gdFilled = fill(path.join(forms, "so-giao-duc-va-dao-tao.T11-2026.xlsx"), path.join(back, "gd-dien.xlsx"), {
    "NV-001": { percent: 60, result: "Đã ban hành kế hoạch năm học 2026 – 2027" },
    "NV-004": { status: "Đã hoàn thành", percent: 100, date: "05/11/2026", result: "Đã tổ chức 2 lớp bồi dưỡng" },
    "NV-008": { percent: 70 },
  });
  let gd = rewriteRows(gdFilled, path.join(back, "so-giao-duc-va-dao-tao.T11-2026.xlsx"), (rows) => [...rows].reverse());
  if (soffice) {
    const resaved = path.join(back, "libreoffice");
    execFileSync(soffice, [`-env:UserInstallation=file://${out}/lo-profile`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", resaved, gd], { timeout: 120_000, stdio: "pipe" });
    gd = path.join(resaved, "so-giao-duc-va-dao-tao.T11-2026.xlsx");
  }
  const tc = fill(path.join(forms, "so-tai-chinh.T11-2026.xlsx"), path.join(back, "so-tai-chinh.T11-2026.xlsx"), {
    "NV-005": { status: "Đã hoàn thành", date: { date: "2026-11-02" }, result: "Đã bố trí kinh phí" },
    "NV-008": { percent: 50 },
  });

  // 4. Collect with its preview: the conflict on NV-008 is shown and not written.
  const nov = path.join(out, "4-tong-hop-T11.xlsx");
  const c = await run("collect", oct, gd, tc, "--date", "2026-11-14", "--out", nov);
  expect(c.err).toBe("");
  writeFileSync(path.join(out, "4-xem-truoc.txt"), c.out);
  expect(c.out).toContain("NV-004 · Tình trạng: “(trống)” → “Đã hoàn thành” (Sở Giáo dục và Đào tạo)");
  expect(c.out).toContain("NV-005 · Ngày hoàn thành: “(trống)” → “02/11/2026” (Sở Tài chính)");
  expect(c.out).toContain("Nhiệm vụ NV-008, Tiến độ (%): các đơn vị báo khác nhau");

  // 5. The November report knows October.
  const s = snap(nov);
  const report = lines(s, "BC T11-2026");
  const results = section(report, /^KẾT QUẢ TRONG KỲ \(so với kỳ 10\/2026\)$/);
  expect(results[0]).toBe("- Số nhiệm vụ hoàn thành trong kỳ: 2; lũy kế đã hoàn thành: 2 (kỳ trước: 0).");
  expect(results.some((l) => l.startsWith("+ NV-004 (TT 3)") && l.includes("hoàn thành đúng hạn ngày 05/11/2026"))).toBe(true);
  expect(results.some((l) => l.startsWith("+ NV-005 (TT 4)") && l.includes("(Sở Tài chính)"))).toBe(true);
  expect(results).toContain("- Số nhiệm vụ chuyển sang quá hạn trong kỳ: 1.");
  expect(results.some((l) => l.startsWith("+ NV-007") && l.includes("quá hạn từ 31/10/2026 (Sở Nội vụ)"))).toBe(true);
  expect(results.some((l) => l.startsWith("+ NV-001") && l.endsWith("0% → 60%."))).toBe(true);
  const silent = section(report, /^ĐƠN VỊ CHƯA BÁO CÁO$/);
  expect(silent).toEqual(["- Sở Nội vụ: chưa gửi phiếu báo cáo (1 nhiệm vụ chủ trì đang thực hiện hoặc đến hạn)."]);
  const summary = lines(s, "Tổng hợp");
  const trend = summary.slice(summary.indexOf("5. Diễn biến qua các kỳ báo cáo") + 2);
  expect(trend.slice(0, 2)).toEqual(["10/2026 | 0 | 7 | 1 | 0", "11/2026 | 2 | 4 | 2 | 0"]);
  const history = readHistory(s).rows.filter((r) => r.period === "11/2026");
  expect(history.find((r) => r.key === "NV-004")).toMatchObject({ source: "form", unit: "Sở Giáo dục và Đào tạo", code: "done_on_time" });

  // 6. December: a third point on the trend, November's rows kept.
  const dec = path.join(out, "5-bao-cao-T12.xlsx");
  expect((await run("report", nov, "--date", "2026-12-14", "--out", dec)).code).toBe(0);
  const d = snap(dec);
  expect(d.sheets.map((x) => x.name)).toEqual(["Kế hoạch", "Tổng hợp", "Lộ trình", "BC T10-2026", "Lịch sử", "BC T11-2026", "BC T12-2026"]);
  const dTrend = lines(d, "Tổng hợp");
  expect(dTrend.slice(dTrend.indexOf("5. Diễn biến qua các kỳ báo cáo") + 2).slice(0, 3).map((l) => l.split(" | ")[0])).toEqual(["10/2026", "11/2026", "12/2026"]);
  expect(readHistory(d).rows.filter((r) => r.period === "11/2026")).toEqual(history);
  copyFileSync(dec, path.join(out, "ket-qua-cuoi.xlsx"));
}, 300_000);
