// What the Office.js host adds to the contract: round trips, request sizes, own events, failures part-way,
// selection and settings, on the recording fake.
import { HISTORY_SHEET } from "../../src/core/history/HistoryRow";
import { generatePlanRows } from "../../scripts/samples/generatePlan";
import type { WorkbookSnapshot } from "../../src/core/grid/Grid";
import type { WorkbookPatch } from "../../src/core/patch/WorkbookPatch";
import { refreshWorkbook } from "../../src/workbook/refresh";
import { HostError } from "../../src/workbook/WorkbookSession";
import { contractSettings, sampleBytes } from "../workbook/hostContract";
import { excelHost, openInExcel } from "./excelHost";
import { FakeOfficeError, FakeWorkbookModel, REQUEST_LIMIT_BYTES } from "./fakeExcel";
import { readXlsx } from "../../src/xlsx/readXlsx";

const readSample = () => readXlsx(sampleBytes());

const HEADER = [
  "TT",
  "Nhiệm vụ",
  "Đơn vị chủ trì",
  "Đơn vị phối hợp",
  "Thời gian hoàn thành",
  "Sản phẩm dự kiến",
];

function generated(tasks: number): FakeWorkbookModel {
  return FakeWorkbookModel.fromSnapshot({
    sheets: [{ name: "Kế hoạch", values: [HEADER, ...generatePlanRows(tasks)], merges: [] }],
    names: [],
  });
}

describe("round trips", () => {
  test("the same patch for 10 and for 5,000 tasks: read in 3 syncs, written in 4 (one more for 5,000 tasks), every request under 5 MB", async () => {
    const counts: Record<number, { read: number; write: number; largest: number }> = {};
    for (const tasks of [10, 5000]) {
      const model = generated(tasks);
      const host = excelHost(model);
      await host.read();
      const read = model.syncs;
      const outcome = await refreshWorkbook(host, contractSettings());
      expect(outcome.analysis.plan?.tasks).toHaveLength(tasks);
      counts[tasks] = {
        read,
        write: model.syncs - 2 * read, // refreshWorkbook reads once more
        largest: Math.max(...model.requests.map((r) => r.bytes)),
      };
    }
    // Printed so a change in round trips or request size shows in the test log.
    console.log(`syncs: 10 tasks ${JSON.stringify(counts[10])}; 5,000 tasks ${JSON.stringify(counts[5000])}`);
    expect(counts[10]?.read).toBeLessThanOrEqual(3);
    expect(counts[5000]?.read).toBe(counts[10]?.read);
    expect(counts[10]?.write).toBeLessThanOrEqual(4);
    // "Lịch sử" (one row per task and period) adds about 0.3 MB for 5,000 tasks, which takes the estimate just past
    // two 4 MB parts: one more request there, never more.
    expect(counts[5000]?.write).toBeLessThanOrEqual((counts[10]?.write ?? 0) + 1);
    expect(counts[5000]?.largest).toBeLessThan(REQUEST_LIMIT_BYTES);
  });

  test("the fake refuses a request over 5 MB, as Excel on the web does", async () => {
    const model = generated(1);
    await expect(
      model.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("Kế hoạch").getRangeByIndexes(0, 10, 120_000, 1);
        range.values = Array.from({ length: 120_000 }, () => ["Đang thực hiện trong hạn, còn nhiều việc"]);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  test("the fake refuses to read a property before load and sync, as Office.js does", async () => {
    const model = generated(1);
    await expect(
      model.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load("items/name");
        return sheets.items.length;
      }),
    ).rejects.toBeInstanceOf(FakeOfficeError);
  });
});

describe("read", () => {
  const snapshot: WorkbookSnapshot = {
    sheets: [
      {
        name: "Kế hoạch",
        values: [[], [], [], [null, null, "TT", "Nhiệm vụ"], [null, null, 1, "Xây dựng kế hoạch"]],
        formats: [[], [], [], [], [null, null, "0", null]],
        merges: [{ top: 4, left: 3, bottom: 6, right: 3 }],
      },
      { name: "Ẩn", values: [["x"]], merges: [], hidden: true },
      { name: "Trống", values: [], merges: [] },
    ],
    names: [
      { name: "PlanTracker_Status", ref: "'Kế hoạch'!$K$8:$K$16" },
      { name: "_xlnm.Print_Titles", ref: "'Kế hoạch'!$4:$4", scope: "Kế hoạch" },
    ],
  };

  test("a used range starting at C4 is padded so values[0][0] is A1; formats, merges, visibility and names", async () => {
    const host = excelHost(FakeWorkbookModel.fromSnapshot(snapshot));
    const read = await host.read();
    const plan = read.sheets[0];
    expect(plan?.values[3]?.[2]).toBe("TT");
    expect(plan?.values[4]?.slice(0, 4)).toEqual([null, null, 1, "Xây dựng kế hoạch"]);
    expect(plan?.values[0]).toEqual([]);
    expect(plan?.formats?.[4]?.[2]).toBe("0");
    expect(plan?.formats?.[4]?.[3]).toBeNull();
    expect(plan?.merges).toEqual([{ top: 4, left: 3, bottom: 6, right: 3 }]);
    expect(read.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["Kế hoạch", false],
      ["Ẩn", true],
      ["Trống", false],
    ]);
    expect(read.sheets[2]?.values).toEqual([]);
    expect(read.names).toEqual(snapshot.names);
  });

  test("the add-in's report sheets are listed but never read: only the plan, the history and the other staff sheets are", async () => {
    const host = openInExcel(sampleBytes());
    const outcome = await refreshWorkbook(host, contractSettings());
    const owned = (outcome.patch as WorkbookPatch).sheets.filter((s) => s.mode === "replace").map((s) => s.name);
    const reports = owned.filter((name) => name !== HISTORY_SHEET);
    expect(reports).toEqual(["Tổng hợp", "Lộ trình", "BC T11-2026"]);
    const snapshot = await host.read();
    for (const name of reports) expect(snapshot.sheets.find((s) => s.name === name)?.values).toEqual([]);
    expect(snapshot.sheets.find((s) => s.name === "Kế hoạch")?.values.length).toBeGreaterThan(8);
    // The engine reads the past back from "Lịch sử": header and one row per task.
    expect(owned).toContain(HISTORY_SHEET);
    expect(snapshot.sheets.find((s) => s.name === HISTORY_SHEET)?.values.length).toBe(9);
    // Created hidden, as in an .xlsx file: staff unhide it to filter the past.
    expect(snapshot.sheets.find((s) => s.name === HISTORY_SHEET)?.hidden).toBe(true);
  });

  test("a failure while reading is HostError read-failed with the cause kept", async () => {
    const model = FakeWorkbookModel.fromSnapshot(snapshot);
    model.failWhen = { label: /^Range\.load$/, code: "GeneralException" };
    const error = await excelHost(model)
      .read()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe("read-failed");
    expect((error as HostError).cause).toBeInstanceOf(FakeOfficeError);
  });
});

describe("apply", () => {
  test("the add-in's own writes raise no change events, calculation is not suspended, events are on again afterwards", async () => {
    const host = openInExcel(sampleBytes());
    await refreshWorkbook(host, contractSettings());
    expect(host.model.changeEvents).toEqual([]);
    expect(host.model.eventsEnabled).toBe(true);
    // The add-in writes no formulas: nothing to recalculate, so calculation is left alone.
    expect(
      host.model.requests.some((r) => r.labels.includes("Application.suspendApiCalculationUntilNextSync")),
    ).toBe(false);
    expect(host.session.writing).toBe(false);
  });

  test("a re-run replaces rules, validations, charts and merges rather than adding to them", async () => {
    const host = openInExcel(sampleBytes());
    await refreshWorkbook(host, contractSettings());
    const shape = () =>
      host.model.sheets.map((s) => [
        s.name,
        s.merges.length,
        s.conditionalFormats.length,
        s.validations.length,
        s.charts.length,
        s.names.length,
      ]);
    const once = shape();
    await refreshWorkbook(host, contractSettings());
    expect(shape()).toEqual(once);
    const summary = host.model.sheets.find((s) => s.charts.length > 0);
    expect(summary?.charts[0]?.series.length).toBeGreaterThan(1);
    expect(host.model.names.filter((n) => n.formula.includes("#REF!"))).toEqual([]);
  });

  test("owned sheets come back at their tab positions; the sheet to show is active", async () => {
    const host = openInExcel(sampleBytes());
    const first = await refreshWorkbook(host, contractSettings());
    const order = host.model.sheets.map((s) => s.name);
    await refreshWorkbook(host, contractSettings());
    expect(host.model.sheets.map((s) => s.name)).toEqual(order);
    expect(host.model.activeSheet).toBe(first.patch?.activate);
  });

  test("a failure part-way: HostError write-failed saying what was and was not written; events back on", async () => {
    const host = openInExcel(sampleBytes());
    await refreshWorkbook(host, contractSettings());
    // The last write of the last request: the names and the activation.
    host.model.failWhen = { label: /^NamedItemCollection\.add$/, code: "InvalidArgument" };
    const error = await refreshWorkbook(host, contractSettings()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    const hostError = error as HostError;
    expect(hostError.code).toBe("write-failed");
    expect(hostError.detail.notWritten).toContain("names");
    expect(hostError.detail.written).toContain("Kế hoạch");
    expect([...(hostError.detail.written ?? []), ...(hostError.detail.notWritten ?? [])].sort()).toEqual(
      ["Kế hoạch", "Tổng hợp", "Lộ trình", "BC T11-2026", "Lịch sử", "names"].sort(),
    );
    expect(hostError.message).toContain("InvalidArgument");
    expect(host.model.eventsEnabled).toBe(true);
  });

  test("text that Excel would read as a number, date, boolean or formula stays text; dates become serials", async () => {
    const host = openInExcel(sampleBytes());
    const patch: WorkbookPatch = {
      styles: { date: { numberFormat: "dd/mm/yyyy", fill: "C6EFCE" } },
      sheets: [
        {
          name: "Thử",
          mode: "replace",
          cells: [
            { row: 0, col: 0, value: "1.0" },
            { row: 1, col: 0, value: "30/11/2026" },
            { row: 2, col: 0, value: "TRUE" },
            { row: 3, col: 0, value: "=1+1" },
            { row: 4, col: 0, value: "- Bước 1" },
            { row: 5, col: 0, value: "Quý I/2026" },
            { row: 6, col: 0, value: { date: "2026-11-30" }, style: "date" },
            { row: 7, col: 0, value: 42 },
            { row: 8, col: 0, value: { link: { sheet: "Kế hoạch", cell: "B9" }, text: "Nhiệm vụ 1" } },
          ],
        },
      ],
      names: [],
    };
    await host.apply(patch);
    const cells = await host.cellsOf("Thử");
    expect([...cells.values()].map((c) => c.value)).toEqual([
      "1.0",
      "30/11/2026",
      "TRUE",
      "=1+1",
      "- Bước 1",
      "Quý I/2026",
      46356,
      42,
      "Nhiệm vụ 1",
    ]);
    expect(cells.get("A7")).toEqual({ value: 46356, numberFormat: "dd/mm/yyyy", fill: "C6EFCE" });
    expect(host.model.cell("Thử", 8, 0)?.hyperlink).toEqual({
      documentReference: "'Kế hoạch'!B9",
      textToDisplay: "Nhiệm vụ 1",
    });
  });

  test("an update clear empties the range's values, formats, merges, rules and validations, and nothing beside it", async () => {
    const host = openInExcel(sampleBytes());
    await refreshWorkbook(host, contractSettings());
    const plan = host.model.sheet("Kế hoạch");
    const staffBefore = host.model.cell("Kế hoạch", 8, 1)?.value;
    const patch: WorkbookPatch = {
      styles: {},
      sheets: [
        { name: "Kế hoạch", mode: "update", clear: [{ top: 0, left: 6, bottom: 40, right: 20 }], cells: [] },
      ],
      names: [],
    };
    await host.apply(patch);
    const owned = [...(plan?.cells.keys() ?? [])].map((k) => Number(k.split(",")[1])).filter((c) => c >= 6);
    expect(owned).toEqual([]);
    expect(plan?.conditionalFormats).toEqual([]);
    expect(plan?.validations).toEqual([]);
    expect(plan?.merges.every((m) => m.right < 6)).toBe(true);
    expect(host.model.cell("Kế hoạch", 8, 1)?.value).toBe(staffBefore);
  });
});

describe("select and settings", () => {
  test("select activates the sheet and selects the cell", async () => {
    const host = openInExcel(sampleBytes());
    await refreshWorkbook(host, contractSettings());
    await host.select?.("Kế hoạch", "B12");
    expect(host.model.activeSheet).toBe("Kế hoạch");
    expect(host.model.selection).toBe("Kế hoạch!B12");
  });

  test("settings live in the hidden name PlanTracker_Settings, not in the document settings", async () => {
    const host = openInExcel(sampleBytes());
    await host.saveSettings({ cutoffDay: 10, lang: "en" });
    expect(host.model.savedSettings).toEqual({});
    const name = host.model.names.find((n) => n.name === "PlanTracker_Settings");
    expect(name?.visible).toBe(false);
    expect(name?.formula).toBe('="{""cutoffDay"":10,""lang"":""en""}"');
    await host.saveSettings({ cutoffDay: 12 });
    expect(host.model.names.filter((n) => n.name === "PlanTracker_Settings")).toHaveLength(1);
    expect(await (await host.reopen()).loadSettings()).toEqual({ cutoffDay: 12 });
  });

  test("settings an older version kept in the document settings are read, and moved to the name on the next save", async () => {
    const model = FakeWorkbookModel.fromSnapshot(readSample());
    model.savedSettings = { planTracker: { cutoffDay: 9, dueSoonDays: 20 } };
    const host = excelHost(model);
    expect(await host.loadSettings()).toEqual({ cutoffDay: 9, dueSoonDays: 20 });
    await host.saveSettings({ ...(await host.loadSettings()), lang: "en" });
    expect(model.savedSettings).toEqual({});
    expect(await (await host.reopen()).loadSettings()).toEqual({ cutoffDay: 9, dueSoonDays: 20, lang: "en" });
  });

  test("a name that does not hold settings JSON reads as none; a failed write is HostError write-failed", async () => {
    const host = openInExcel(sampleBytes());
    host.model.names.push({ name: "PlanTracker_Settings", formula: "=#REF!" });
    expect(await host.loadSettings()).toEqual({});
    host.model.failWhen = { label: /^NamedItemCollection\.add$/, code: "InvalidArgument" };
    const error = await host.saveSettings({ cutoffDay: 12 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe("write-failed");
  });
});
