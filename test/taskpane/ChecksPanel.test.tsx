/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { PLAN_SHEET } from "./support/planSnapshot";
import { renderPane } from "./support/renderPane";

async function openChecks() {
  const pane = await renderPane();
  fireEvent.click(screen.getByRole("tab", { name: /Kiểm tra/ }));
  return pane;
}

describe("ChecksPanel", () => {
  it("groups the issues by kind with counts", async () => {
    await openChecks();
    expect(screen.getByText("0 lỗi, 2 cảnh báo, 2 lưu ý", { exact: false })).toBeTruthy();
    for (const heading of ["Thiếu số thứ tự (TT)", "Số thứ tự bị trùng", "Đơn vị đã sắp xếp lại"]) {
      expect(screen.getByRole("button", { name: new RegExp(heading.replace(/[()]/g, "\\$&")) })).toBeTruthy();
    }
  });

  it("clicking an issue selects the offending cell", async () => {
    const { session } = await openChecks();
    const header = screen.getByRole("button", { name: /Đơn vị đã sắp xếp lại/ });
    if (header.getAttribute("aria-expanded") !== "true") fireEvent.click(header);
    fireEvent.click(await screen.findByRole("button", { name: /^Ô C6 \(trang Kế hoạch\)/ }));
    expect(session.selected).toEqual([{ sheet: PLAN_SHEET, cell: "C6" }]);
  });

  it("renumbers the TT column only after the preview is confirmed", async () => {
    const { session } = await openChecks();
    fireEvent.click(screen.getByRole("button", { name: "Đánh số lại cột TT" }));
    const dialog = await screen.findByRole("alertdialog");
    const rows = within(dialog)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(rows).toEqual(["Dòng 6 (ô A6): (trống) → 2", "Dòng 8 (ô A8): 3 → 4"]);
    expect(session.applied).toEqual([]);

    fireEvent.click(within(dialog).getByRole("button", { name: "Ghi 2 ô" }));
    expect(await screen.findByText("Đã đánh số lại 2 ô trong cột TT.")).toBeTruthy();
    expect(session.applied).toHaveLength(1);
    expect(session.applied[0]?.sheets[0]?.cells).toEqual([
      { row: 5, col: 0, value: 2 },
      { row: 7, col: 0, value: 4 },
    ]);
    // Read again: the TT column is in sequence now, so the fix is no longer offered.
    await waitFor(() => expect(screen.queryByRole("button", { name: "Đánh số lại cột TT" })).toBeNull());
  });

  it("cancelling the renumbering writes nothing", async () => {
    const { session } = await openChecks();
    fireEvent.click(screen.getByRole("button", { name: "Đánh số lại cột TT" }));
    const dialog = await screen.findByRole("alertdialog");
    fireEvent.click(within(dialog).getByRole("button", { name: "Hủy" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(session.applied).toEqual([]);
  });
});
