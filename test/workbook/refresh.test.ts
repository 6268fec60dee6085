import { FakeWorkbookModel } from "../excel/fakeExcel";
import { excelHost, openInExcel } from "../excel/excelHost";
import { refreshWorkbook, runSettings } from "../../src/workbook/refresh";
import { DEFAULT_SETTINGS } from "../../src/core/model/Status";
import { contractSettings, sampleBytes } from "./hostContract";

describe("runSettings", () => {
  test("defaults, then the document's settings, then the reporting date (a saved one never wins)", async () => {
    const host = openInExcel(sampleBytes());
    await host.saveSettings({ cutoffDay: 10, reportDate: "2020-01-01", lang: "en" });
    expect(await runSettings(host, "2026-11-30")).toEqual({
      ...DEFAULT_SETTINGS,
      cutoffDay: 10,
      lang: "en",
      reportDate: "2026-11-30",
    });
  });

  test("a document without settings runs on the defaults", async () => {
    expect(await runSettings(openInExcel(sampleBytes()), "2026-11-30")).toEqual({
      ...DEFAULT_SETTINGS,
      reportDate: "2026-11-30",
    });
  });
});

describe("refreshWorkbook", () => {
  test("a workbook without a plan table: nothing is written and the reading issues say why", async () => {
    const model = FakeWorkbookModel.fromSnapshot({
      sheets: [{ name: "Sheet1", values: [["Ghi chú"], ["không có bảng"]], merges: [] }],
      names: [],
    });
    const outcome = await refreshWorkbook(excelHost(model), contractSettings());
    expect(outcome.patch).toBeNull();
    expect(outcome.result).toBeNull();
    expect(outcome.analysis.issues.length).toBeGreaterThan(0);
    expect(model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(model.requests.every((r) => r.labels.every((l) => l.endsWith(".load")))).toBe(true);
  });

  test("a second run reads the add-in's own columns as its own, not as the staff's progress columns", async () => {
    const host = openInExcel(sampleBytes());
    const first = await refreshWorkbook(host, contractSettings());
    const second = await refreshWorkbook(host, contractSettings());
    // The status, due and days-left columns of the first run (K, L, M) are not read as plan columns; the input
    // columns it added (G–J, "Tình trạng" …) belong to the staff from then on, and are read.
    const owned = first.patch?.names.find((n) => n.name === "PlanTracker_Status")?.range.left;
    expect(owned).toBe(10);
    expect(second.analysis.plan?.columns.map((c) => c.col)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(second.analysis.statuses).toEqual(first.analysis.statuses);
  });
});
