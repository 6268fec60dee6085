/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { renderPane } from "./support/renderPane";
import { TASKS } from "./support/planSnapshot";

async function openUnits() {
  const pane = await renderPane();
  fireEvent.click(screen.getByRole("tab", { name: /^Đơn vị/ }));
  return pane;
}

describe("UnitsPanel", () => {
  it("lists each unit with the tasks it leads, coordinates and has overdue, and its successor", async () => {
    await openUnits();
    const reorganised = screen.getByRole("button", { name: /Sở Kế hoạch và Đầu tư/ });
    expect(reorganised.textContent).toMatch(/Sở Tài chính/);
    expect(reorganised.textContent).toMatch(/Chủ trì: 1 · Phối hợp: 0 · Quá hạn: 1/);
    const gddt = screen.getByRole("button", { name: /^Sở Giáo dục và Đào tạo/ });
    expect(gddt.textContent).toMatch(/Chủ trì: 2 · Phối hợp: 2 · Quá hạn: 0 · Sắp đến hạn: 1/);
  });

  it("writes a reminder listing the overdue task, and copies it", async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    await openUnits();
    fireEvent.click(screen.getByRole("button", { name: /Sở Kế hoạch và Đầu tư/ }));
    const box = (await screen.findByLabelText("Nội dung nhắc việc")) as HTMLTextAreaElement;
    expect(box.value).toContain("Nhiệm vụ đã quá hạn:");
    expect(box.value).toContain(`- ${TASKS.training} (thời hạn: Quý III/2026; quá hạn 61 ngày).`);
    expect(box.value).toContain("trước ngày 14/12/2026.");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Sao chép" })));
    expect(writeText).toHaveBeenCalledWith(box.value);
    expect(screen.getByText("Đã sao chép nội dung nhắc việc.")).toBeTruthy();
  });

  it("leaves the text selected for Ctrl+C when the clipboard is refused", async () => {
    Object.assign(navigator, { clipboard: { writeText: jest.fn().mockRejectedValue(new Error("denied")) } });
    Object.assign(document, { execCommand: jest.fn().mockReturnValue(false) });
    await openUnits();
    fireEvent.click(screen.getByRole("button", { name: /Sở Kế hoạch và Đầu tư/ }));
    await screen.findByLabelText("Nội dung nhắc việc");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Sao chép" })));
    expect(screen.getByText(/hãy nhấn Ctrl\+C/)).toBeTruthy();
  });
});
