import { isoDate } from "../../src/core/date/calendar";
import type { Notice } from "../../src/commands/Notice";
import { runRefreshCommand, type RefreshCommandDeps } from "../../src/commands/runRefreshCommand";
import { HostError, type WorkbookSession } from "../../src/workbook/WorkbookSession";
import { FakeSession } from "../taskpane/support/FakeSession";
import { planSnapshot, PLAN_SHEET } from "../taskpane/support/planSnapshot";

const TODAY = isoDate(2026, 11, 30);

interface Run {
  deps: RefreshCommandDeps;
  notices: Notice[];
  logged: unknown[][];
  completed: () => number;
}

/** Deps around `session`; `showNotice` defaults to one that resolves at once. */
function setup(
  session: WorkbookSession | (() => WorkbookSession),
  showNotice: (notice: Notice) => Promise<void> = async () => undefined,
): Run {
  const notices: Notice[] = [];
  const logged: unknown[][] = [];
  let completions = 0;
  return {
    notices,
    logged,
    completed: () => completions,
    deps: {
      openSession: typeof session === "function" ? session : () => session,
      today: TODAY,
      showNotice: (notice) => {
        notices.push(notice);
        return showNotice(notice);
      },
      complete: () => (completions += 1),
      log: (...args) => logged.push(args),
    },
  };
}

function emptyWorkbook(): FakeSession {
  return new FakeSession({ sheets: [{ name: "Trang tính1", values: [["Ghi chú"]], merges: [] }], names: [] });
}

describe("runRefreshCommand", () => {
  test("a successful refresh writes the patch, shows nothing and completes once", async () => {
    const session = new FakeSession(planSnapshot());
    const run = setup(session);
    await expect(runRefreshCommand(run.deps)).resolves.toBe("updated");
    expect(session.applied).toHaveLength(1);
    expect(run.notices).toEqual([]);
    expect(run.logged).toEqual([]);
    expect(run.completed()).toBe(1);
  });

  test("the ribbon leaves the user on the sheet they are on: the patch does not switch to “Tổng hợp”", async () => {
    const session = new FakeSession(planSnapshot());
    await expect(runRefreshCommand(setup(session).deps)).resolves.toBe("updated");
    expect(session.applied[0]?.activate).toBeUndefined();
  });

  test("a protected sheet shows the pane's protected-sheet words in Vietnamese by default", async () => {
    const session = new FakeSession(planSnapshot());
    const failure = new HostError("sheet-protected", "excel: sheet is protected", { sheet: PLAN_SHEET });
    session.failApply = failure;
    const run = setup(session);
    await expect(runRefreshCommand(run.deps)).resolves.toBe("failed");
    expect(session.applied).toEqual([]);
    expect(run.notices).toEqual([
      {
        lang: "vi",
        title: "Trang tính đang được bảo vệ",
        body: "Trang tính “Kế hoạch” đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại.",
        close: "Đóng",
      },
    ]);
    expect(run.logged).toEqual([["plan-tracker: refreshStatuses failed", failure]]);
    expect(run.completed()).toBe(1);
  });

  test("the notice speaks the language saved in the document", async () => {
    const session = new FakeSession(planSnapshot(), { lang: "en" });
    session.failApply = new HostError("sheet-protected", "excel: sheet is protected", { sheet: PLAN_SHEET });
    const run = setup(session);
    await runRefreshCommand(run.deps);
    expect(run.notices).toEqual([
      {
        lang: "en",
        title: "The sheet is protected",
        body: "Sheet “Kế hoạch” is protected. Unprotect it (Review > Unprotect Sheet) and try again.",
        close: "Close",
      },
    ]);
  });

  test("a language the add-in does not know falls back to Vietnamese", async () => {
    const session = new FakeSession(planSnapshot(), { lang: "fr" as "en" });
    session.failRead = new Error("boom");
    const run = setup(session);
    await runRefreshCommand(run.deps);
    expect(run.notices[0]?.lang).toBe("vi");
    expect(run.notices[0]?.title).toBe("Đã xảy ra lỗi");
  });

  test("a write failing part-way says what was and was not written", async () => {
    const session = new FakeSession(planSnapshot());
    session.failApply = new HostError("write-failed", "excel: sync failed", {
      written: [PLAN_SHEET],
      notWritten: ["Tổng hợp"],
    });
    const run = setup(session);
    await runRefreshCommand(run.deps);
    expect(run.notices[0]?.title).toBe("Không ghi được vào bảng tính");
    expect(run.notices[0]?.body).toMatch(/Đã ghi: Kế hoạch\. Chưa ghi: Tổng hợp\.$/);
  });

  test("no plan table: nothing is written and the notice says so", async () => {
    const session = emptyWorkbook();
    const run = setup(session);
    await expect(runRefreshCommand(run.deps)).resolves.toBe("no-plan");
    expect(session.applied).toEqual([]);
    expect(run.notices).toHaveLength(1);
    expect(run.notices[0]?.title).toBe("Chưa tìm thấy bảng kế hoạch");
    expect(run.notices[0]?.body).toMatch(/^Không trang tính nào có hàng tiêu đề/);
    expect(run.completed()).toBe(1);
  });

  test("a session that cannot even be opened is reported too", async () => {
    const run = setup(() => {
      throw new ReferenceError("Excel is not defined");
    });
    await expect(runRefreshCommand(run.deps)).resolves.toBe("failed");
    expect(run.notices[0]?.title).toBe("Đã xảy ra lỗi");
    expect(run.notices[0]?.body).toMatch(/^Excel is not defined\. /);
    expect(run.completed()).toBe(1);
  });

  test("completes only after the notice is closed", async () => {
    const session = emptyWorkbook();
    let close: () => void = () => undefined;
    const run = setup(session, () => new Promise<void>((resolve) => (close = resolve)));
    const done = runRefreshCommand(run.deps);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(run.notices).toHaveLength(1);
    expect(run.completed()).toBe(0);
    close();
    await done;
    expect(run.completed()).toBe(1);
  });

  test("a notice that cannot be shown falls back to the console and still completes", async () => {
    const session = new FakeSession(planSnapshot());
    const failure = new HostError("sheet-protected", "excel: sheet is protected", { sheet: PLAN_SHEET });
    session.failApply = failure;
    const blocked = new Error("dialog: not opened (12009: the user declined)");
    const run = setup(session, () => Promise.reject(blocked));
    await expect(runRefreshCommand(run.deps)).resolves.toBe("failed");
    expect(run.logged).toHaveLength(2);
    expect(run.logged[0]).toEqual(["plan-tracker: refreshStatuses failed", failure]);
    expect(String(run.logged[1]?.[0])).toContain("Trang tính “Kế hoạch” đang được bảo vệ");
    expect(run.logged[1]?.[1]).toBe(blocked);
    expect(run.completed()).toBe(1);
  });

  test("a notice port that throws synchronously still completes", async () => {
    const run = setup(emptyWorkbook(), () => {
      throw new TypeError("Cannot read properties of undefined (reading 'displayDialogAsync')");
    });
    await expect(runRefreshCommand(run.deps)).resolves.toBe("no-plan");
    expect(run.logged).toHaveLength(1);
    expect(run.completed()).toBe(1);
  });

  test("logs to console.error when no logger is given", async () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const session = new FakeSession(planSnapshot());
      const failure = new Error("boom");
      session.failRead = failure;
      const { log: _log, ...deps } = setup(session).deps;
      await runRefreshCommand(deps);
      expect(spy).toHaveBeenCalledWith("plan-tracker: refreshStatuses failed", failure);
    } finally {
      spy.mockRestore();
    }
  });
});
