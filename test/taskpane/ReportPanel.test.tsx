/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { renderPane } from "./support/renderPane";
import { FakeSession } from "./support/FakeSession";
import { planSnapshot } from "./support/planSnapshot";

async function openReport(session?: FakeSession) {
  const pane = await renderPane(session ? { session } : {});
  fireEvent.click(screen.getByRole("tab", { name: /^Báo cáo/ }));
  return pane;
}

describe("ReportPanel", () => {
  it("shows the reporting date, the period under the cut-off rule and the counts", async () => {
    await openReport();
    expect((screen.getByLabelText("Ngày báo cáo") as HTMLInputElement).value).toBe("30/11/2026");
    expect(screen.getByText("Báo cáo tháng 11/2026: số liệu từ 15/10/2026 đến 14/11/2026")).toBeTruthy();
    expect(screen.getByText("Tổng số: 4 nhiệm vụ")).toBeTruthy();
    const chart = screen.getByRole("list", { name: "Biểu đồ số nhiệm vụ theo tình trạng" });
    const bars = within(chart)
      .getAllByRole("listitem")
      .map((li) => [li.getAttribute("data-status"), li.textContent]);
    expect(bars).toEqual([
      ["in_progress", "Đang thực hiện trong hạn1"],
      ["overdue", "Quá hạn1"],
      ["due_soon", "Sắp đến hạn1"],
      ["not_started_yet", "Chưa đến kỳ1"],
    ]);
  });

  it("recomputes at another date and cut-off day without saving the date", async () => {
    const { session } = await openReport();
    fireEvent.change(screen.getByLabelText("Ngày báo cáo"), { target: { value: "20/12/2026" } });
    expect(
      await screen.findByText("Báo cáo tháng 12/2026: số liệu từ 15/11/2026 đến 14/12/2026"),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Ngày chốt số liệu hằng tháng"), { target: { value: "20" } });
    expect(
      await screen.findByText("Báo cáo tháng 12/2026: số liệu từ 21/11/2026 đến 20/12/2026"),
    ).toBeTruthy();
    expect(session.saved.at(-1)).toMatchObject({ cutoffDay: 20 });
    expect(session.saved.every((s) => !("reportDate" in s))).toBe(true);
  });

  it("takes the date as day/month/year, refuses one that is not a day, and shows it back the usual way", async () => {
    await openReport();
    const input = screen.getByLabelText("Ngày báo cáo") as HTMLInputElement;
    expect(input.type).toBe("text");
    fireEvent.change(input, { target: { value: "31/11/2026" } });
    expect(screen.getByText("Hãy nhập ngày báo cáo (ngày/tháng/năm).")).toBeTruthy();
    // The period stays that of the last valid date.
    expect(screen.getByText("Báo cáo tháng 11/2026: số liệu từ 15/10/2026 đến 14/11/2026")).toBeTruthy();
    fireEvent.change(input, { target: { value: "1/12/2026" } });
    expect(await screen.findByText("Báo cáo tháng 12/2026: số liệu từ 15/11/2026 đến 14/12/2026")).toBeTruthy();
    fireEvent.blur(input);
    expect(input.value).toBe("01/12/2026");
  });

  it("rejects a cut-off day out of range with the rule", async () => {
    const { session } = await openReport();
    fireEvent.change(screen.getByLabelText("Ngày chốt số liệu hằng tháng"), { target: { value: "40" } });
    expect(screen.getByText("Hãy nhập một số nguyên từ 1 đến 31.")).toBeTruthy();
    expect(session.saved).toEqual([]);
  });

  it("previews the update, writes it with progress, then opens the report sheet", async () => {
    const session = new FakeSession(planSnapshot());
    session.holdOn = true;
    await openReport(session);
    fireEvent.click(screen.getByRole("button", { name: "Cập nhật bảng tính" }));

    const preview = screen.getByRole("list", { name: "Xem trước những gì sẽ ghi" });
    const lines = within(preview)
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect(lines[0]).toMatch(/^Thêm cột tình trạng vào trang “Kế hoạch”/);
    expect(lines.slice(1).map((l) => l.replace(/\d+ ô$/, ""))).toEqual([
      "Tạo trang “Tổng hợp”",
      "Tạo trang “Lộ trình”",
      "Tạo trang “BC T11-2026”",
    ]);
    expect(session.applied).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "Ghi vào bảng tính" }));
    const bar = await screen.findByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBe("0.5");
    await act(async () => session.release());

    expect(
      await screen.findByText(/^Đã cập nhật: \d+ ô, 3 trang mới, 1 trang được cập nhật\.$/),
    ).toBeTruthy();
    expect(session.applied).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Mở trang báo cáo" }));
    expect(session.selected).toEqual([{ sheet: "BC T11-2026", cell: "A1" }]);
  });
});
