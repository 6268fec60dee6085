// The terminal table cuts long text to its column: the same characters whether the text came in NFC or NFD, and
// whether or not it is longer than the part the table normalises.
import { textTable } from "../../src/cli/textTable";

/** What a cell must show: the text's first width − 1 code points and "…", or the text padded to the width. */
function expected(text: string, width: number): string {
  const points = Array.from(text.normalize("NFC").replace(/\s+/g, " "));
  if (points.length <= width) return points.join("") + " ".repeat(width - points.length);
  return points.slice(0, width - 1).join("") + "…";
}

const TITLE =
  "Rà soát, đánh giá, xây dựng ban hành cơ chế, chính sách hỗ trợ phát triển giáo dục mầm non vùng đồng bào dân tộc thiểu số và miền núi";

describe("textTable cells", () => {
  test.each([
    ["NFC, far longer than the column", TITLE, 40],
    ["NFD, far longer than the column", TITLE.normalize("NFD"), 40],
    ["NFD, a letter with two marks where the column ends", "ệ".normalize("NFD").repeat(200), 30],
    ["upper case NFD", TITLE.toUpperCase().normalize("NFD"), 12],
    ["exactly the column's width", "a".repeat(25), 25],
    ["one more than the width", "b".repeat(26), 25],
    ["shorter than the column", "Sở GDĐT".normalize("NFD"), 14],
    ["characters outside the BMP", "𝐀".repeat(300), 20],
  ])("%s", (_what, text, width) => {
    const [, , row] = textTable(["x"], [[text, "|"]], [width, 1]).split("\n");
    expect(row).toBe(`${expected(text, width)}  |`);
  });
});
