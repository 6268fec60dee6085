/** @jest-environment jsdom */
// The pane opened outside Excel: a plain statement in both languages, not a blank page.
import { insideExcel, showOutsideOffice } from "../../src/taskpane/outsideOffice";

test("says in Vietnamese and English that the page runs inside Excel, replacing whatever was there", () => {
  const container = document.createElement("div");
  container.textContent = "…";
  showOutsideOffice(container);
  const headings = [...container.querySelectorAll("h1")].map((h) => h.textContent);
  expect(headings).toEqual(["Trang này chạy bên trong Excel", "This page runs inside Excel"]);
  expect(container.querySelector('section[lang="vi"] p')?.textContent).toContain("Trang đầu > Mở bảng điều khiển");
  expect(container.querySelector('section[lang="en"] p')?.textContent).toContain("Home > Open dashboard");
  expect(container.textContent).not.toContain("…");
});

test.each([
  ["Excel", "Excel", true],
  [null, "Excel", false],
  [undefined, "Excel", false],
  ["Word", "Excel", false],
])("host %s is inside Excel: %s", (host, excel, inside) => {
  expect(insideExcel(host, excel)).toBe(inside);
});
