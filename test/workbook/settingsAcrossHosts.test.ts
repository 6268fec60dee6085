// Settings live in one place on both hosts (the hidden defined name PlanTracker_Settings): what the command line
// saved in a file, Excel reads when the file is opened, and what the pane saved in Excel, the command line reads.
import { XlsxSession } from "../../src/xlsx/XlsxSession";
import { setWorkbookName } from "../../src/xlsx/writer/setWorkbookName";
import { SETTINGS_NAME } from "../../src/workbook/settingsName";
import { openInExcel } from "../excel/excelHost";
import { sampleBytes } from "./hostContract";

test("settings saved by the .xlsx host are read by the Office.js host, unknown fields kept", async () => {
  const xlsx = new XlsxSession(sampleBytes());
  const saved = { cutoffDay: 10, lang: "en" as const, issuerCode: "SGDĐT" };
  await xlsx.saveSettings(saved);
  const excel = openInExcel(xlsx.bytes());
  expect(await excel.loadSettings()).toEqual(saved);
});

test("settings saved by the Office.js host are read by the .xlsx host once Excel has saved the file", async () => {
  const excel = openInExcel(sampleBytes());
  await excel.saveSettings({ dueSoonDays: 45, sheet: "Kế hoạch" });
  const name = excel.model.names.find((n) => n.name === SETTINGS_NAME);
  expect(name?.visible).toBe(false);
  // Excel saves the name's formula (without "=") in workbook.xml, hidden as it was set.
  const file = setWorkbookName(sampleBytes(), SETTINGS_NAME, (name?.formula ?? "").replace(/^=/, ""), { hidden: true });
  expect(await new XlsxSession(file).loadSettings()).toEqual({ dueSoonDays: 45, sheet: "Kế hoạch" });
});
