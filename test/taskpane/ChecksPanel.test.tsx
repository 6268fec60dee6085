/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { WorkbookSnapshot } from "../../src/core/grid/Grid";
import { PLAN_SHEET, planSnapshot } from "./support/planSnapshot";
import { renderPane } from "./support/renderPane";

async function openChecks(snapshot?: WorkbookSnapshot) {
  const pane = await renderPane(snapshot ? { snapshot } : {});
  fireEvent.click(screen.getByRole("tab", { name: /Kiểm tra/ }));
  return pane;
}

describe("ChecksPanel", () => {
  it("groups the issues by kind with counts", async () => {
    await openChecks();
    // A6 has no number, A8 repeats 3, C6 and D7 name units that the 2025 reorganisation abolished: four lines.
    expect(screen.getByRole("tab", { name: "Kiểm tra (4)" })).toBeTruthy();
    expect(screen.getByText("4 vấn đề, ở 4 ô: 0 lỗi, 2 cảnh báo, 2 lưu ý")).toBeTruthy();
    for (const heading of ["Thiếu số thứ tự (TT)", "Số thứ tự bị trùng", "Đơn vị đã sắp xếp lại"]) {
      expect(screen.getByRole("button", { name: new RegExp(heading.replace(/[()]/g, "\\$&")) })).toBeTruthy();
    }
  });

  it("clicking an issue selects the offending cell", async () => {
    const { session } = await openChecks();
    const header = screen.getByRole("button", { name: /Đơn vị đã sắp xếp lại/ });
    if (header.getAttribute("aria-expanded") !== "true") fireEvent.click(header);
    fireEvent.click(await screen.findByRole("button", { name: /^Đơn vị “Sở Kế hoạch và Đầu tư” ở ô C6 \(trang Kế hoạch\)/ }));
    expect(session.selected).toEqual([{ sheet: PLAN_SHEET, cell: "C6" }]);
  });

  it("counts lines as the command line does: one problem found in three cells is one line with a button per cell", async () => {
    const snapshot = planSnapshot();
    const rows = snapshot.sheets[0]?.values ?? [];
    // Blank the TT of the last two tasks as well: A6, A7 and A8 have no number now.
    for (const r of [6, 7]) {
      const row = rows[r];
      if (row) row[0] = null;
    }
    const { session } = await openChecks(snapshot);
    expect(screen.getByRole("tab", { name: "Kiểm tra (3)" })).toBeTruthy();
    expect(screen.getByText("3 vấn đề, ở 5 ô: 0 lỗi, 1 cảnh báo, 2 lưu ý")).toBeTruthy();
    const header = screen.getByRole("button", { name: /Thiếu số thứ tự/ });
    if (header.getAttribute("aria-expanded") !== "true") fireEvent.click(header);
    expect(await screen.findByRole("button", { name: /^Ô A6, A7, A8 \(trang Kế hoạch\): / })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Chọn ô A7" }));
    expect(session.selected).toEqual([{ sheet: PLAN_SHEET, cell: "A7" }]);
    expect(screen.getByText("1 vấn đề")).toBeTruthy();
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
