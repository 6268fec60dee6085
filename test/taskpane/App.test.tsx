/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { HostError } from "../../src/workbook/WorkbookSession";
import { FakeSession } from "./support/FakeSession";
import { planSnapshot } from "./support/planSnapshot";
import { renderPane } from "./support/renderPane";

describe("App", () => {
  it("switches to English, saves the choice, and opens in it next time", async () => {
    const { session, unmount } = await renderPane();
    expect(screen.getByRole("tab", { name: /^Kế hoạch/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Ngôn ngữ: English" }));
    expect(await screen.findByRole("tab", { name: /^Plan/ })).toBeTruthy();
    expect(screen.getAllByText("Overdue").length).toBeGreaterThan(0);
    expect(session.saved.at(-1)).toMatchObject({ lang: "en" });
    unmount();

    await renderPane({ settings: session.saved.at(-1) });
    expect(await screen.findByRole("tab", { name: /^Checks \(4\)/ })).toBeTruthy();
  });

  it("explains a protected sheet in plain words with what to do", async () => {
    const session = new FakeSession(planSnapshot());
    session.failApply = new HostError("sheet-protected", "excel: the sheet is protected", {
      sheet: "Kế hoạch",
    });
    await renderPane({ session });
    fireEvent.click(screen.getByRole("tab", { name: /^Báo cáo/ }));
    fireEvent.click(screen.getByRole("button", { name: "Cập nhật bảng tính" }));
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào bảng tính" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(
      "Trang tính “Kế hoạch” đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại.",
    );
    // The update can be tried again once the sheet is unprotected.
    expect(screen.getByRole("button", { name: "Cập nhật bảng tính" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Đóng thông báo" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("sends the patch with the basis of the read it was built from; a stale one is explained and the workbook read again", async () => {
    const session = new FakeSession({ ...planSnapshot(), basis: "read-1" });
    session.failApply = new HostError("stale", "excel: the workbook changed since it was read", {});
    await renderPane({ session });
    const readsBefore = session.reads;
    fireEvent.click(screen.getByRole("tab", { name: /^Báo cáo/ }));
    fireEvent.click(screen.getByRole("button", { name: "Cập nhật bảng tính" }));
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào bảng tính" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Bảng tính vừa thay đổi");
    expect(session.reads).toBeGreaterThan(readsBefore);
    expect(session.applied).toHaveLength(0);
    fireEvent.click(screen.getByRole("button", { name: "Cập nhật bảng tính" }));
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào bảng tính" }));
    await waitFor(() => expect(session.applied).toHaveLength(1));
    expect(session.applied[0]?.basis).toBe("read-1");
  });

  it("reports a workbook that cannot be read and reads it again on request", async () => {
    const session = new FakeSession(planSnapshot());
    session.failRead = new HostError("read-failed", "excel: cell edit mode");
    const { render } = await import("@testing-library/react");
    const { App } = await import("../../src/taskpane/App");
    render(<App session={session} today="2026-11-30" />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Không đọc được bảng tính");
    fireEvent.click(screen.getByRole("button", { name: "Đọc lại bảng tính" }));
    expect(await screen.findByRole("tablist")).toBeTruthy();
  });

  it("says so when no sheet holds a plan table", async () => {
    await renderPane({
      snapshot: { sheets: [{ name: "Trang tính1", values: [["Ghi chú"]], merges: [] }], names: [] },
    });
    expect(screen.getByText("Chưa tìm thấy bảng kế hoạch")).toBeTruthy();
  });
});
