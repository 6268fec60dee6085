import { charsPerUnit, lineHeight, reportFont } from "../../../src/core/report/reportFont";
import { fitRowHeights, SheetWriter, wrappedLines } from "../../../src/core/report/SheetWriter";

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

describe("wrappedLines: words laid out as hosts do", () => {
  // Ten characters a line (width 10 at one character a unit).
  test.each([
    ["fits on one line", "Sở Nội vụ", 1],
    ["exactly a line", "Sở Tư pháp", 1],
    ["a word that does not fit goes to the next line", "Phối hợp thực", 2],
    // 19 characters: two lines by length, but no two of the words share a line.
    ["by words, three lines where the length said two", "Ủy_ban Sở_Nội Sở_Tư", 3],
    ["a word longer than a line is broken", "x".repeat(25), 3],
    ["each paragraph starts a line", "một\nhai\nba", 3],
    ["an empty text is one line", "", 1],
  ])("%s", (_, text, lines) => {
    expect(wrappedLines(text, 10, 1)).toBe(lines);
  });

  test("fewer characters a line at a larger size and in bold", () => {
    const text = "Đang thực hiện trong hạn (hạn 31/12/2030: còn 1492 ngày)";
    expect(wrappedLines(text, 30, charsPerUnit(11))).toBe(2);
    expect(wrappedLines(text, 25, charsPerUnit(12))).toBe(3);
    expect(charsPerUnit(12, true)).toBeLessThan(charsPerUnit(12));
    expect(charsPerUnit(11)).toBeGreaterThan(charsPerUnit(12));
  });
});

describe("fitRowHeights in the report font", () => {
  test("a cell's own font size sets its line height; the tallest cell of a row wins", () => {
    const w = new SheetWriter();
    const sized = {
      body: { font: reportFont(12), alignment: { wrap: true } },
      dense: { font: reportFont(11), alignment: { wrap: true } },
    };
    w.put(0, 0, "một\nhai", "body");
    w.put(1, 0, "một\nhai", "dense");
    w.put(2, 0, "một\nhai", "dense");
    w.put(2, 1, "một\nhai\nba", "body");
    fitRowHeights(w, [{ col: 0, width: 30 }, { col: 1, width: 30 }], sized, 99);
    expect(w.rows).toEqual([
      { row: 0, height: 2 * lineHeight(12) + 4 },
      { row: 1, height: 2 * lineHeight(11) + 4 },
      { row: 2, height: 3 * lineHeight(12) + 4 },
    ]);
  });

  test("Times New Roman line heights: Excel's one-line heights, rounded up to a quarter point", () => {
    expect([11, 12, 13, 14].map(lineHeight)).toEqual([14.5, 15.75, 17, 18.25]);
  });
});
