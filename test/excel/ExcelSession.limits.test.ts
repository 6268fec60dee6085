// The Office.js host on the strict fake, at the sizes and in the situations where Excel's documented limits bite:
// a Word-paste plan of 5,000 tasks refreshed every month for a year, a hung sync, a 1904 workbook.
import type { CellRange, CellValue, WorkbookSnapshot } from "../../src/core/grid/Grid";
import { DEFAULT_SETTINGS } from "../../src/core/model/Status";
import { refreshWorkbook } from "../../src/workbook/refresh";
import { HostError } from "../../src/workbook/WorkbookSession";
import { excelHost } from "./excelHost";
import { FakeWorkbookModel, MERGED_AREAS_LIMIT, REQUEST_LIMIT_BYTES, RESPONSE_LIMIT_BYTES } from "./fakeExcel";

const HEADER = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm dự kiến"];
const COORDINATING = ["Sở Tài chính", "Sở Nội vụ", "UBND các xã, phường"];
const PRODUCTS = ["Kế hoạch của Sở", "Báo cáo sơ kết", "Báo cáo tổng kết"];
const TIMEFRAMES = ["2023 – 2030", "Quý II/2026", "Tháng 12 hằng năm", "Năm 2026", "6 tháng đầu năm 2026"];

/**
 * A plan pasted from Word: every task three rows high (one paragraph of "Đơn vị phối hợp" and of "Sản phẩm" a row),
 * TT, Nhiệm vụ, Đơn vị chủ trì and Thời gian merged down the three rows — four merged areas a task.
 */
function wordPastePlan(tasks: number): WorkbookSnapshot {
  const values: CellValue[][] = [HEADER];
  const merges: CellRange[] = [];
  for (let t = 0; t < tasks; t++) {
    const top = values.length;
    for (let r = 0; r < 3; r++) {
      values.push([
        r === 0 ? t + 1 : null,
        r === 0 ? `Triển khai nhiệm vụ số ${t + 1} về phát triển giáo dục mầm non vùng khó khăn` : null,
        r === 0 ? "Sở Giáo dục và Đào tạo" : null,
        `- ${COORDINATING[r] ?? ""}`,
        r === 0 ? (TIMEFRAMES[t % TIMEFRAMES.length] ?? null) : null,
        `- ${PRODUCTS[r] ?? ""}`,
      ]);
    }
    for (const col of [0, 1, 2, 4]) merges.push({ top, left: col, bottom: top + 2, right: col });
  }
  return { sheets: [{ name: "Kế hoạch", values, merges }], names: [] };
}

const key = (m: CellRange) => `${m.top},${m.left},${m.bottom},${m.right}`;

function monthEnd(month: number): string {
  const day = new Date(Date.UTC(2026, month, 0)).getUTCDate();
  return `2026-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

describe("a Word-paste plan of 5,000 tasks, refreshed every month for a year", () => {
  test("every request and response under 5 MB, merges read in full, syncs growing only with the history, staff cells unchanged", async () => {
    const model = FakeWorkbookModel.fromSnapshot(wordPastePlan(5000));
    const plan = model.sheet("Kế hoạch");
    if (!plan) throw new Error("no plan sheet");
    expect(plan.merges.length).toBeGreaterThan(MERGED_AREAS_LIMIT * 30);
    const staff = () =>
      [...plan.cells]
        .filter(([k]) => Number(k.split(",")[1]) < HEADER.length)
        .map(([k, c]) => `${k}=${String(c.value)}|${c.formula ?? ""}`)
        .sort();
    const staffBefore = staff();
    const host = excelHost(model);
    const mergesReadInFull = async () => {
      // Exactly the areas the workbook holds: the plan's, and the owned columns' from earlier runs.
      const grid = (await host.read()).sheets.find((s) => s.name === "Kế hoạch");
      expect(grid?.merges.map(key).sort()).toEqual(plan.merges.map(key).sort());
    };
    await mergesReadInFull();
    const perRun: { read: number; write: number; request: number; response: number }[] = [];
    for (let month = 1; month <= 12; month++) {
      const start = model.syncs;
      const outcome = await refreshWorkbook(host, { ...DEFAULT_SETTINGS, reportDate: monthEnd(month) });
      expect(outcome.analysis.plan?.tasks).toHaveLength(5000);
      const requests = model.requests.slice(start);
      // The write begins with the sync that loads the sheets' protection.
      const firstWrite = requests.findIndex((r) => r.labels.includes("WorkbookProtection.load"));
      perRun.push({
        read: firstWrite,
        write: requests.length - firstWrite,
        request: Math.max(...requests.map((r) => r.bytes)),
        response: Math.max(...requests.map((r) => r.responseBytes)),
      });
    }
    await mergesReadInFull();
    expect(staff()).toEqual(staffBefore);
    // Printed so a change in round trips or payload shows in the test log.
    console.log(
      `5,000-task Word-paste plan, 12 monthly refreshes: ${JSON.stringify(perRun.map((r) => [r.read, r.write]))} ` +
        `(read, write syncs); largest request ${Math.max(...perRun.map((r) => r.request))} B, largest response ${Math.max(...perRun.map((r) => r.response))} B`,
    );
    for (const run of perRun) {
      expect(run.request).toBeLessThan(REQUEST_LIMIT_BYTES);
      expect(run.response).toBeLessThan(RESPONSE_LIMIT_BYTES);
    }
    // Reads depend on the size of what is read only, never on a loop of syncs: the plan sheet costs the same every
    // month once the first run has added the owned columns, and "Lịch sử" (5,000 rows more each month, read back for
    // the period's changes and the trend; values only, no number formats or merged areas) costs at most one more
    // part a month and about one every two months: [5, 6, 7, 7, 7, 8, 8, 9, 9, 9, 10] from the second month on
    // (14 at the twelfth when it was read with its formats and merges). Writes are 2 syncs of checks and the
    // parts of the patch, which also grows with "Lịch sử" (it is rewritten whole).
    for (let i = 2; i < perRun.length; i++) {
      const [before, now] = [perRun[i - 1], perRun[i]];
      expect(now!.read - before!.read).toBeGreaterThanOrEqual(0);
      expect(now!.read - before!.read).toBeLessThanOrEqual(1);
    }
    expect(perRun[11]!.read - perRun[1]!.read).toBeLessThanOrEqual(6);
    for (const run of perRun) expect(run.write).toBeLessThanOrEqual(6);
    // The month's report sheets accumulate; none is read back.
    expect(model.sheets.filter((s) => s.name.startsWith("BC T"))).toHaveLength(12);
  }, 600_000);
});

describe("a sync that never returns", () => {
  test("times out with HostError timeout, and the pane's message says what to do", async () => {
    const model = FakeWorkbookModel.fromSnapshot(wordPastePlan(2));
    const hung: typeof model.run = (batch) =>
      model.run((ctx) => {
        const never = Object.create(ctx) as Excel.RequestContext;
        never.sync = () => new Promise<void>(() => undefined) as never;
        return batch(never);
      });
    const { ExcelSession } = await import("../../src/excel/ExcelSession");
    const host = excelHost(model);
    const session = new ExcelSession({ run: hung, settings: host.settings, syncTimeoutMs: 20 });
    const error = await session.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe("timeout");
    expect((error as HostError).message).toContain("did not answer");
  });
});

describe("a 1904 workbook", () => {
  test("dates are read and written in the workbook's date system", async () => {
    const model = FakeWorkbookModel.fromSnapshot({
      sheets: [
        {
          name: "Kế hoạch",
          values: [
            ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"],
            // 30/6/2026 in the 1904 system (46203 − 1462).
            [1, "Xây dựng kế hoạch", "Sở Giáo dục và Đào tạo", 44741],
          ],
          formats: [[], [null, null, null, "dd/mm/yyyy"]],
          merges: [],
        },
      ],
      names: [],
    });
    model.date1904 = true;
    const host = excelHost(model);
    const snapshot = await host.read();
    expect(snapshot.sheets[0]?.date1904).toBe(true);
    const outcome = await refreshWorkbook(host, { ...DEFAULT_SETTINGS, reportDate: "2026-11-30" });
    expect(outcome.analysis.statuses[0]?.due).toBe("2026-06-30");
    // The "Hạn" column written back holds the 1904 serial of the same day.
    const dueMarker = model.names.find((n) => n.name === "PlanTracker_Due");
    expect(dueMarker).toBeDefined();
    const dueCol = /!\$([A-Z]+)\$/.exec(dueMarker?.formula ?? "")?.[1] ?? "";
    const col = dueCol.charCodeAt(0) - 65;
    expect(model.cell("Kế hoạch", 1, col)?.value).toBe(44741);
  });
});

describe("a plan sheet whose name reads as a cell", () => {
  test("KH2026 is quoted in the markers and the hyperlinks written", async () => {
    const plan = wordPastePlan(3);
    const sheet = plan.sheets[0];
    if (!sheet) throw new Error("no sheet");
    sheet.name = "KH2026";
    const model = FakeWorkbookModel.fromSnapshot(plan);
    await refreshWorkbook(excelHost(model), { ...DEFAULT_SETTINGS, reportDate: "2026-11-30" });
    const markers = model.names.filter((n) => n.name.startsWith("PlanTracker_") && !n.name.includes("_Sheet_"));
    expect(markers.length).toBeGreaterThan(0);
    for (const n of markers) expect(n.formula).toMatch(/^='KH2026'!\$/);
    const links = model.sheets.flatMap((s) => [...s.cells.values()]).flatMap((c) => (c.hyperlink ? [c.hyperlink] : []));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.documentReference).toMatch(/^'KH2026'!/);
  });
});

describe("texts far longer than the read estimate", () => {
  test("a read whose answer overflows 5 MB is split and read again, every cell in the end", async () => {
    const text = "Tăng cường cơ sở vật chất, trang thiết bị dạy học cho các trường mầm non vùng khó khăn; ".repeat(4);
    const values: CellValue[][] = [["TT", "Nhiệm vụ", "Sản phẩm dự kiến"]];
    for (let r = 1; r <= 6000; r++) values.push([r, `${r}. ${text}`, `${text} (${r})`]);
    const model = FakeWorkbookModel.fromSnapshot({ sheets: [{ name: "Dài", values, merges: [] }], names: [] });
    const snapshot = await excelHost(model).read();
    const grid = snapshot.sheets[0];
    expect(grid?.values.length).toBe(6001);
    expect(grid?.values[6000]?.[2]).toBe(`${text} (6000)`);
    const refused = model.requests.filter((r) => r.responseBytes > RESPONSE_LIMIT_BYTES);
    expect(refused.length).toBeGreaterThan(0);
    // The parts read after the split each stayed under the limit.
    const answered = model.requests.slice(model.requests.indexOf(refused.at(-1) as never) + 1);
    expect(answered.length).toBeGreaterThan(1);
    for (const r of answered) expect(r.responseBytes).toBeLessThan(RESPONSE_LIMIT_BYTES);
  });
});
