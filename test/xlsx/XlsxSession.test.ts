import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { XlsxSession } from "../../src/xlsx/XlsxSession";
import { decodeSettings, encodeSettings } from "../../src/workbook/settingsName";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { fixtureBytes } from "./packageFixtures";
import { reportPatch } from "./support/reportPatch";

describe("settings in a hidden defined name", () => {
  test.each([
    [{}],
    [{ lang: "en" as const, dueSoonDays: 45 }],
    [{ issuer: { parent: "UBND TỈNH KHÁNH HÒA", body: "SỞ GIÁO DỤC VÀ ĐÀO TẠO", place: "Khánh \"Hòa\"" }, sheet: "Kế hoạch".repeat(60) }],
  ])("round trip %#", (settings) => {
    expect(decodeSettings(encodeSettings(settings))).toEqual(settings);
    for (const piece of encodeSettings(settings).split('"&"')) expect(piece.length).toBeLessThanOrEqual(255);
  });

  test.each(["#REF!", "", '"{not json"', "'Kế hoạch'!$A$1", '"[1,2]"'])("unreadable %p → {}", (text) => {
    expect(decodeSettings(text)).toEqual({});
  });
});

describe("XlsxSession", () => {
  test("apply changes bytes() and read() reflects it; saveSettings/loadSettings round trip in the package", async () => {
    const original = fixtureBytes("plan-basic.xlsx");
    const session = new XlsxSession(original);
    expect(await session.loadSettings()).toEqual({});
    const result = await session.apply(reportPatch(original, "2026-11-30"));
    expect(result.sheetsCreated).toEqual(["Tổng hợp", "Lộ trình", "BC T11-2026"]);
    expect((await session.read()).sheets.map((s) => s.name)).toContain("Tổng hợp");
    await session.saveSettings({ lang: "en", cutoffDay: 15 });
    await session.saveSettings({ lang: "vi", cutoffDay: 14 });
    const reopened = new XlsxSession(session.bytes());
    expect(await reopened.loadSettings()).toEqual({ lang: "vi", cutoffDay: 14 });
    expect(readXlsx(session.bytes()).names.filter((n) => n.name === "PlanTracker_Settings")).toHaveLength(1);
  });

  test("a failed apply leaves the bytes as they were", async () => {
    const session = new XlsxSession(fixtureBytes("plan-basic.xlsx"));
    const before = session.bytes();
    await expect(session.apply({ styles: {}, sheets: [{ name: "Không có", mode: "update", cells: [] }], names: [] })).rejects.toMatchObject({ code: "write-failed" });
    expect(session.bytes()).toBe(before);
  });
});

// CI installs LibreOffice (.ci/run); on a machine without it this check is skipped, saying so, since there is no
// other way to prove that a LibreOffice re-save keeps plan-tracker's markers.
const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"].find((p) => existsSync(p));
if (!soffice) console.warn("test/xlsx/XlsxSession.test.ts: soffice not found, the LibreOffice round trip is skipped");
describe("LibreOffice opens the output", () => {
  (soffice ? test : test.skip)("converts to PDF, and a LibreOffice re-save keeps the markers and the settings", async () => {
    if (!soffice) return;
    const dir = mkdtempSync(path.join(tmpdir(), "pt-lo-"));
    try {
      const original = fixtureBytes("plan-basic.xlsx");
      const session = new XlsxSession(original);
      const patch = reportPatch(original, "2026-11-30");
      await session.apply(patch);
      await session.saveSettings({ dueSoonDays: 45 });
      const file = path.join(dir, "bao-cao.xlsx");
      writeFileSync(file, session.bytes());
      const profile = `-env:UserInstallation=file://${dir}/profile`;
      execFileSync(soffice, [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, file], { timeout: 120_000, stdio: "pipe" });
      expect(readFileSync(path.join(dir, "bao-cao.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
      const resaved = path.join(dir, "resaved");
      execFileSync(soffice, [profile, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", resaved, file], { timeout: 120_000, stdio: "pipe" });
      const again = new XlsxSession(new Uint8Array(readFileSync(path.join(resaved, "bao-cao.xlsx"))));
      const names = (await again.read()).names.map((n) => n.name);
      for (const m of patch.names) expect(names).toContain(m.name);
      expect(await again.loadSettings()).toEqual({ dueSoonDays: 45 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
