/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { planSnapshot, TASKS, PLAN_SHEET } from "./support/planSnapshot";
import { renderPane } from "./support/renderPane";

function visibleTitles(): string[] {
  return Object.values(TASKS).filter((title) => screen.queryByText(title) !== null);
}

describe("PlanPanel", () => {
  it("says which sheet and table were read", async () => {
    await renderPane();
    const facts = screen.getAllByRole("definition").map((d) => d.textContent);
    expect(facts).toEqual([PLAN_SHEET, "4", "4", "2023 – 2030"]);
  });

  it("lists every task with its status words", async () => {
    await renderPane();
    expect(visibleTitles()).toEqual(Object.values(TASKS));
    expect(screen.getByText("Hiển thị 4/4 nhiệm vụ")).toBeTruthy();
    expect(screen.getAllByText("Quá hạn").length).toBeGreaterThan(0);
    expect(screen.getAllByText("Sắp đến hạn").length).toBeGreaterThan(0);
  });

  it("clicking a task selects its row", async () => {
    const { session } = await renderPane();
    fireEvent.click(screen.getByText(TASKS.survey));
    expect(session.selected).toEqual([{ sheet: PLAN_SHEET, cell: "A7" }]);
  });

  it("searches without diacritics and filters by status and lead unit", async () => {
    await renderPane();
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "tap huan" } });
    expect(visibleTitles()).toEqual([TASKS.training]);
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "" } });

    fireEvent.click(screen.getByRole("combobox", { name: "Tình trạng" }));
    fireEvent.click(screen.getByRole("option", { name: "Sắp đến hạn" }));
    expect(visibleTitles()).toEqual([TASKS.survey]);

    fireEvent.click(screen.getByRole("combobox", { name: "Tình trạng" }));
    fireEvent.click(screen.getByRole("option", { name: "Tất cả tình trạng" }));
    fireEvent.click(screen.getByRole("combobox", { name: "Đơn vị chủ trì" }));
    fireEvent.click(screen.getByRole("option", { name: "Sở Tài chính" }));
    expect(visibleTitles()).toEqual([TASKS.review]);
  });

  it("says so when no task matches", async () => {
    await renderPane();
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "không có nhiệm vụ này" } });
    expect(visibleTitles()).toEqual([]);
    expect(screen.getByText("Không có nhiệm vụ nào khớp với bộ lọc.")).toBeTruthy();
  });

  it("offers the other candidate sheets and saves the choice", async () => {
    const snapshot = planSnapshot();
    const copy = { ...snapshot.sheets[0]!, name: "Kế hoạch (bản cũ)" };
    snapshot.sheets.push(copy);
    const { session } = await renderPane({ snapshot });
    fireEvent.click(screen.getByRole("combobox", { name: "Chọn trang tính khác" }));
    fireEvent.click(screen.getByRole("option", { name: "Kế hoạch (bản cũ)" }));
    expect(await screen.findByText("Kế hoạch (bản cũ)", { selector: "dd" })).toBeTruthy();
    expect(session.saved.at(-1)?.sheet).toBe("Kế hoạch (bản cũ)");
  });
});
