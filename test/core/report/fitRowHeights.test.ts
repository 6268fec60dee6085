import { fitRowHeights, SheetWriter } from "../../../src/core/report/SheetWriter";

const styles = { wrap: { alignment: { wrap: true } }, plain: {} };

test("rows whose wrapped text needs several lines get a height; others are left alone", () => {
  const w = new SheetWriter();
  w.put(0, 0, "ngắn", "wrap");
  w.put(1, 0, "Sở Lao động – Thương binh và Xã hội → Sở Nội vụ, Sở Giáo dục và Đào tạo, Sở Y tế", "wrap");
  w.put(2, 0, "Sở Lao động – Thương binh và Xã hội → Sở Nội vụ, Sở Giáo dục và Đào tạo, Sở Y tế", "plain");
  w.put(3, 0, "một\nhai\nba", "wrap");
  fitRowHeights(w, [{ col: 0, width: 30 }], styles, 15);
  expect(w.rows).toEqual([
    { row: 1, height: 3 * 15 + 4 },
    { row: 3, height: 3 * 15 + 4 },
  ]);
});

test("an explicit height wins; a merge across columns wraps over its whole width; a merge down rows is skipped", () => {
  const w = new SheetWriter();
  w.height(0, 40);
  w.put(0, 0, "x".repeat(100), "wrap");
  w.putMerged({ top: 1, left: 0, bottom: 1, right: 2 }, "x".repeat(50), "wrap");
  w.putMerged({ top: 2, left: 0, bottom: 4, right: 0 }, "x".repeat(200), "wrap");
  fitRowHeights(w, [{ col: 0, width: 20 }, { col: 1, width: 20 }, { col: 2, width: 20 }], styles, 15);
  expect(w.rows).toEqual([{ row: 0, height: 40 }]);
});
