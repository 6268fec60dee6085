// Rows that are headings, notes or sub-tasks rather than tasks (issue 7 §2), and unit-grouped layouts (§3).
// The row texts follow the forms of published appendices quoted in issue 7: a group heading numbered like a
// task ("6." over 6.1, 6.2, then "7." a task with its own unit), sub-rows "2.1", "a)", "-" with their own
// unit or time, "Ghi chú: …" and "(*) …" lines, and tables grouped by "Bộ, ngành, địa phương".
import type { CellValue, Grid } from "../../../src/core/grid/Grid";
import type { Task } from "../../../src/core/model/Plan";
import { analyzeWorkbook } from "../../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../../src/core/model/Status";
import { readPlan } from "../../../src/core/plan/readPlan";
import { isNoteText, numberLevel } from "../../../src/core/plan/rowKinds";
import { defaultDirectory } from "../../../src/core/units/directory";
import { GridBuilder, SEED_HEADER, workbook } from "./gridBuilder";

const directory = defaultDirectory();
const read = (grid: Grid) => readPlan(workbook(grid), { directory });
const tasksOf = (grid: Grid): Task[] => read(grid).plan?.tasks ?? [];

describe("numberLevel", () => {
  const rows: [string, number | null][] = [
    ["I", 0],
    ["II.", 0],
    ["IV", 0],
    ["A", 0],
    ["B.", 0],
    ["1", 1],
    ["1.", 1],
    ["6)", 1],
    ["12", 1],
    ["1.1", 2],
    ["2.3.", 2],
    ["1.2.3", 3],
    ["a)", 10],
    ["b.", 10],
    ["đ)", 10],
    ["(a)", 10],
    ["-", 11],
    ["+", 11],
    ["–", 11],
    ["", null],
    ["(1)", 1],
    ["*", null],
    ["Nhiệm vụ", null],
    ["1a", null],
  ];
  test.each(rows)("%j → %j", (text, level) => {
    expect(numberLevel(text)).toBe(level);
    expect(numberLevel(` ${text.normalize("NFD")} `)).toBe(level);
  });
});

describe("isNoteText", () => {
  const rows: [string, boolean][] = [
    ["Ghi chú: Thời gian hoàn thành là thời hạn trình cấp có thẩm quyền", true],
    ["GHI CHÚ: Các nhiệm vụ chuyển tiếp", true],
    ["Lưu ý: Sản phẩm gửi về Sở Nội vụ", true],
    ["Chú thích: (*) nhiệm vụ trọng tâm", true],
    ["(*) Nhiệm vụ chuyển tiếp từ năm 2025", true],
    ["(**) Thực hiện khi có hướng dẫn của Bộ", true],
    ["Ghi chú", false],
    ["Ghi chép số liệu: hằng tháng", false],
    ["Xây dựng kế hoạch: năm 2026", false],
    ["* Nhiệm vụ", false],
  ];
  test.each(rows)("%j → %j", (text, note) => {
    expect(isNoteText(text)).toBe(note);
    expect(isNoteText(text.normalize("NFD"))).toBe(note);
  });
});

/** A sheet with the seed's header in row 1 and the given rows from row 2 (TT, title, lead, coordinating, time, product). */
function sheet(rows: CellValue[][]): GridBuilder {
  const b = new GridBuilder("Kế hoạch");
  b.row(1, SEED_HEADER);
  rows.forEach((cells, i) => b.row(i + 2, cells));
  return b;
}

const view = (t: Task) => ({
  row: t.row,
  number: t.number,
  section: t.section ? `${t.section.number}|${t.section.title}` : null,
  group: t.group ? `${t.group.number}|${t.group.title}` : null,
  parent: t.parent ?? null,
});

describe("headings, sub-tasks and notes", () => {
  const grid = sheet([
    ["I", "NHIỆM VỤ CHUNG"],
    [1, "Hoàn thiện thể chế, chính sách"],
    ["1.1", "Rà soát, đề xuất sửa đổi quy định về phân cấp quản lý giáo dục", "Sở GDĐT", "Sở Nội vụ", "Quý II/2026", "Báo cáo rà soát"],
    ["a)", "Tổng hợp kiến nghị của các xã, phường", "Sở GDĐT", "", "Tháng 3/2026"],
    ["-", "Lấy ý kiến các trường", "", "", "Tháng 2/2026"],
    ["1.2", "Ban hành quy định", "UBND tỉnh", "Sở Tư pháp", "Quý IV/2026"],
    [2, "Xây dựng cơ sở dữ liệu ngành", "Sở GDĐT", "Sở Khoa học và Công nghệ", "2026"],
    ["2.1", "Số hóa hồ sơ học sinh", "Các trường", "", "2026"],
    [3, "Tổ chức tuyên truyền"],
    [4, "Tập huấn cán bộ quản lý", "Sở GDĐT", "", "Hằng năm"],
    ["Ghi chú: Thời gian hoàn thành là thời hạn trình cấp có thẩm quyền."],
    ["II", "NHIỆM VỤ CỤ THỂ"],
    [6, "Chuyển đổi số trong giáo dục"],
    ["6.1", "Triển khai học bạ số", "Sở GDĐT", "", "Năm 2026"],
    ["6.2", "Triển khai văn bằng số", "Sở GDĐT", "", "Năm 2027"],
    [7, "Đánh giá kết quả thực hiện", "Sở GDĐT", "Các sở, ngành", "Tháng 12/2026"],
    ["", "(*) Nhiệm vụ chuyển tiếp từ năm 2025"],
  ]).build();
  const result = read(grid);
  const tasks = result.plan?.tasks ?? [];

  test("headings are no tasks; note rows are no tasks", () => {
    expect(tasks.map((t) => t.number)).toEqual(["1.1", "a)", "-", "1.2", "2", "2.1", "3", "4", "6.1", "6.2", "7"]);
    expect(result.plan?.sections.map((s) => s.title)).toEqual(["NHIỆM VỤ CHUNG", "NHIỆM VỤ CỤ THỂ"]);
  });

  test("each task's section, group and parent", () => {
    const at = (row: number) => `Kế hoạch!${row}`;
    expect(tasks.map(view)).toEqual([
      { row: 4, number: "1.1", section: "I|NHIỆM VỤ CHUNG", group: "1|Hoàn thiện thể chế, chính sách", parent: null },
      { row: 5, number: "a)", section: "I|NHIỆM VỤ CHUNG", group: "1|Hoàn thiện thể chế, chính sách", parent: at(4) },
      { row: 6, number: "-", section: "I|NHIỆM VỤ CHUNG", group: "1|Hoàn thiện thể chế, chính sách", parent: at(5) },
      { row: 7, number: "1.2", section: "I|NHIỆM VỤ CHUNG", group: "1|Hoàn thiện thể chế, chính sách", parent: null },
      { row: 8, number: "2", section: "I|NHIỆM VỤ CHUNG", group: null, parent: null },
      { row: 9, number: "2.1", section: "I|NHIỆM VỤ CHUNG", group: null, parent: at(8) },
      // "3." with no unit is followed by "4.", a sibling: a task missing its lead, not a heading.
      { row: 10, number: "3", section: "I|NHIỆM VỤ CHUNG", group: null, parent: null },
      { row: 11, number: "4", section: "I|NHIỆM VỤ CHUNG", group: null, parent: null },
      { row: 15, number: "6.1", section: "II|NHIỆM VỤ CỤ THỂ", group: "6|Chuyển đổi số trong giáo dục", parent: null },
      { row: 16, number: "6.2", section: "II|NHIỆM VỤ CỤ THỂ", group: "6|Chuyển đổi số trong giáo dục", parent: null },
      // "7." is the heading's sibling with its own unit: a task outside the group.
      { row: 17, number: "7", section: "II|NHIỆM VỤ CỤ THỂ", group: null, parent: null },
    ]);
  });

  test("the note under the last task is not read into it", () => {
    expect(tasks.at(-1)?.title).toBe("Đánh giá kết quả thực hiện");
    expect(tasks.at(-1)?.lastRow).toBe(17);
    expect(result.plan?.lastDataRow).toBe(17);
  });

  test("a numbered row kept as a task is checked for its missing lead; headings are not", () => {
    const analysis = analyzeWorkbook(workbook(grid), { ...DEFAULT_SETTINGS, reportDate: "2026-11-30" });
    const missing = analysis.issues.filter((i) => i.code === "lead-missing");
    // Row 6 ("-" with a time of its own) is a sub-task without a lead; row 10 ("3.") a task without one.
    expect(missing.map((i) => i.cells ?? [i.cell])).toEqual([["C6"], ["C10"]]);
  });
});

describe("sub-rows with only a title are steps of their task", () => {
  const cases: [string, CellValue[][], [string, string, string | null][]][] = [
    [
      "lettered steps",
      [[1, "Xây dựng kế hoạch", "Sở GDĐT", "", "Quý I/2026"], ["a)", "Dự thảo kế hoạch"], ["b)", "Lấy ý kiến các sở, ngành"], [2, "Tổ chức triển khai", "Sở GDĐT", "", "2026"]],
      [["1", "Xây dựng kế hoạch\na) Dự thảo kế hoạch\nb) Lấy ý kiến các sở, ngành", null], ["2", "Tổ chức triển khai", null]],
    ],
    [
      "a dotted step under its own number",
      [["2.", "Rà soát quy định", "Sở Tư pháp", "", "2026"], ["2.1", "Rà soát văn bản của tỉnh"]],
      [["2.", "Rà soát quy định\n2.1 Rà soát văn bản của tỉnh", null]],
    ],
    [
      "a step, then a sub-task with its own time",
      [[1, "Xây dựng kế hoạch", "Sở GDĐT", "", "2026"], ["-", "Dự thảo"], ["-", "Ban hành", "", "", "Quý II/2026"]],
      [["1", "Xây dựng kế hoạch\n- Dự thảo", null], ["-", "Ban hành", "1"]],
    ],
    // Negative cases: not steps.
    [
      "a dotted number of another task",
      [["2.", "Rà soát quy định", "Sở Tư pháp", "", "2026"], ["1.1", "Rà soát văn bản của tỉnh"]],
      [["2.", "Rà soát quy định", null], ["1.1", "Rà soát văn bản của tỉnh", null]],
    ],
    [
      "a sibling number",
      [[1, "Xây dựng kế hoạch", "Sở GDĐT", "", "2026"], [2, "Tổ chức triển khai"]],
      [["1", "Xây dựng kế hoạch", null], ["2", "Tổ chức triển khai", null]],
    ],
    [
      "a sub-row with a product of its own",
      [[1, "Xây dựng kế hoạch", "Sở GDĐT", "", "2026"], ["a)", "Dự thảo kế hoạch", "", "", "", "Dự thảo"]],
      [["1", "Xây dựng kế hoạch", null], ["a)", "Dự thảo kế hoạch", "1"]],
    ],
  ];
  test.each(cases)("%s", (_label, rows, expected) => {
    const tasks = tasksOf(sheet(rows).build());
    const numberOf = (id: string | undefined) => (id === undefined ? null : (tasks.find((t) => t.id === id)?.number ?? null));
    expect(tasks.map((t) => [t.number, t.title, numberOf(t.parent)])).toEqual(expected);
  });
});

describe("a numbered heading opens the section when none is open", () => {
  const tasks = tasksOf(
    sheet([
      ["1.", "Công tác tuyên truyền"],
      ["1.1", "Tuyên truyền trên cổng thông tin điện tử", "Sở GDĐT", "", "Thường xuyên"],
      ["1.2", "Tổ chức hội nghị phổ biến", "Sở GDĐT", "", "Quý I/2026"],
      ["2.", "Công tác kiểm tra"],
      ["", "Kiểm tra việc thực hiện tại các xã, phường", "Sở GDĐT", "UBND các xã, phường", "Hằng năm"],
      ["3.", "Sơ kết, tổng kết", "Sở GDĐT", "", "GĐ1: 2025; GĐ2: 2030"],
    ]).build(),
  );
  test("sections 1 and 2; task 3 outside both", () => {
    expect(tasks.map((t) => [t.number, t.section?.number ?? null, t.group?.number ?? null])).toEqual([
      ["1.1", "1", null],
      ["1.2", "1", null],
      // An unnumbered row with a unit under "2." makes "2." a heading too.
      ["", "2", null],
      ["3.", null, null],
    ]);
  });
});

describe("numbered rows that stay tasks (negative cases)", () => {
  const cases: [string, CellValue[][], string[]][] = [
    ["a row with a time", [[1, "Xây dựng kế hoạch", "", "", "Quý I/2026"], ["1.1", "Dự thảo", "Sở GDĐT", "", "Tháng 1/2026"]], ["1", "1.1"]],
    ["a row with a product", [[1, "Xây dựng kế hoạch", "", "", "", "Kế hoạch"], ["1.1", "Dự thảo", "Sở GDĐT", "", "Tháng 1/2026"]], ["1", "1.1"]],
    ["a row with a coordinating unit", [[1, "Xây dựng kế hoạch", "", "Sở Tài chính"], ["1.1", "Dự thảo", "Sở GDĐT", "", "Tháng 1/2026"]], ["1", "1.1"]],
    ["the last row", [[1, "Xây dựng kế hoạch", "Sở GDĐT", "", "2026"], [2, "Tổng kết"]], ["1", "2"]],
    ["followed by a row with no unit and no time", [[1, "Xây dựng kế hoạch"], ["", "Dự thảo kế hoạch"]], ["1"]],
    ["a number of unknown form", [["(1)", "Xây dựng kế hoạch"], ["(1)", "Dự thảo", "Sở GDĐT", "", "2026"]], ["(1)", "(1)"]],
  ];
  test.each(cases)("%s", (_label, rows, numbers) => {
    expect(tasksOf(sheet(rows).build()).map((t) => t.number)).toEqual(numbers);
  });

  test("a heading in NFD and capitals is still a heading", () => {
    const tasks = tasksOf(
      sheet([
        ["1.", "CÔNG TÁC TUYÊN TRUYỀN".normalize("NFD")],
        ["1.1", "Tuyên truyền".normalize("NFD"), "SỞ GDĐT".normalize("NFD"), "", "QUÝ I/2026".normalize("NFD")],
      ]).build(),
    );
    expect(tasks.map((t) => [t.number, t.section?.title])).toEqual([["1.1", "CÔNG TÁC TUYÊN TRUYỀN"]]);
  });
});

describe("a heading pasted from Word over two rows", () => {
  const b = sheet([
    [6, "Chuyển đổi số"],
    [null, "trong giáo dục"],
    ["6.1", "Học bạ số", "Sở GDĐT", "", "2026"],
  ]);
  b.merge("A2:A3");
  test("the heading's paragraphs are its title", () => {
    const tasks = tasksOf(b.build());
    expect(tasks.map((t) => [t.number, t.section?.title])).toEqual([["6.1", "Chuyển đổi số trong giáo dục"]]);
  });
});

describe("unit-grouped layouts", () => {
  /** Rows from row 2 under a header in row 1; merges given as ranges. */
  function grouped(header: string[], rows: CellValue[][], merges: string[]): Grid {
    const b = new GridBuilder("Phụ lục");
    b.row(1, header);
    rows.forEach((cells, i) => b.row(i + 2, cells));
    merges.forEach((m) => b.merge(m));
    return b.build();
  }
  const ROWS: CellValue[][] = [
    [1, "Bộ Tài chính", "Hướng dẫn cơ chế tài chính thực hiện Đề án", "Quý I/2026"],
    [null, null, "Bố trí kinh phí chi thường xuyên", "Hằng năm"],
    [null, null, "Tổng hợp, đánh giá việc sử dụng kinh phí", "Năm 2027"],
    [2, "Bộ Tư pháp", "Rà soát văn bản quy phạm pháp luật", "2026"],
    [null, null, "Hướng dẫn công tác phổ biến pháp luật", "Năm 2027"],
  ];
  const MERGES = ["A2:A4", "B2:B4", "A5:A6", "B5:B6"];
  const headers: [string, string[]][] = [
    ["Bộ, ngành, địa phương | Nhiệm vụ chủ trì", ["STT", "Bộ, ngành, địa phương", "Nhiệm vụ chủ trì", "Thời gian hoàn thành"]],
    ["Đơn vị | Nhiệm vụ", ["TT", "Đơn vị", "Nhiệm vụ", "Thời hạn"]],
    ["Cơ quan | Nội dung", ["STT", "Cơ quan", "Nội dung", "Thời gian thực hiện"]],
    ["in capitals, NFD", ["STT", "BỘ, NGÀNH, ĐỊA PHƯƠNG".normalize("NFD"), "NHIỆM VỤ CHỦ TRÌ".normalize("NFD"), "THỜI GIAN HOÀN THÀNH"]],
  ];
  test.each(headers)("%s: each row under the unit is a task of that unit, numbered by the group", (_label, header) => {
    const tasks = tasksOf(grouped(header, ROWS, MERGES));
    expect(tasks.map((t) => [t.row, t.number, t.lead.map((u) => u.unitId), t.title])).toEqual([
      [2, "1", ["bo-tai-chinh"], "Hướng dẫn cơ chế tài chính thực hiện Đề án"],
      [3, "1", ["bo-tai-chinh"], "Bố trí kinh phí chi thường xuyên"],
      [4, "1", ["bo-tai-chinh"], "Tổng hợp, đánh giá việc sử dụng kinh phí"],
      [5, "2", ["bo-tu-phap"], "Rà soát văn bản quy phạm pháp luật"],
      [6, "2", ["bo-tu-phap"], "Hướng dẫn công tác phổ biến pháp luật"],
    ]);
    expect(tasks.map((t) => t.timeframe.text)).toEqual(["Quý I/2026", "Hằng năm", "Năm 2027", "2026", "Năm 2027"]);
  });

  test("a row's own number wins over the group's; the unit is merged alone", () => {
    const rows: CellValue[][] = ROWS.map((r, i) => [["1.1", "1.2", "1.3", "2.1", "2.2"][i] ?? null, ...r.slice(1)]);
    const tasks = tasksOf(grouped(["STT", "Bộ, ngành, địa phương", "Nhiệm vụ chủ trì", "Thời gian hoàn thành"], rows, ["B2:B4", "B5:B6"]));
    expect(tasks.map((t) => [t.number, t.lead.map((u) => u.name)])).toEqual([
      ["1.1", ["Bộ Tài chính"]],
      ["1.2", ["Bộ Tài chính"]],
      ["1.3", ["Bộ Tài chính"]],
      ["2.1", ["Bộ Tư pháp"]],
      ["2.2", ["Bộ Tư pháp"]],
    ]);
  });

  test("a task whose title is pasted over two merged rows stays one task", () => {
    const b = new GridBuilder("Phụ lục");
    b.row(1, ["STT", "Đơn vị", "Nhiệm vụ", "Thời hạn"]);
    b.row(2, [1, "Sở Y tế", "Tổ chức khám sức khỏe", "Hằng năm"]);
    b.row(4, [null, null, "Tập huấn nhân viên y tế trường học", "2026"]);
    b.merge("A2:A4").merge("B2:B4").merge("C2:C3").merge("D2:D3");
    const tasks = tasksOf(b.build());
    expect(tasks.map((t) => [t.row, t.lastRow, t.title])).toEqual([
      [2, 3, "Tổ chức khám sức khỏe"],
      [4, 4, "Tập huấn nhân viên y tế trường học"],
    ]);
  });

  test("a title in capitals under a unit is its task, not a section", () => {
    const tasks = tasksOf(
      grouped(["STT", "Đơn vị", "Nhiệm vụ", "Thời hạn"], [[1, "Sở Y tế", "Khám sức khỏe", "2026"], [null, null, "TẬP HUẤN Y TẾ TRƯỜNG HỌC", null]], ["A2:A3", "B2:B3"]),
    );
    expect(tasks.map((t) => t.title)).toEqual(["Khám sức khỏe", "TẬP HUẤN Y TẾ TRƯỜNG HỌC"]);
    expect(tasks.every((t) => t.section === undefined)).toBe(true);
  });

  test("with the lead column after the task column a merged lead keeps the Word-paste reading", () => {
    const b = new GridBuilder("Kế hoạch");
    b.row(1, SEED_HEADER);
    b.row(2, [1, "Xây dựng kế hoạch", "Sở GDĐT", "", "2026", ""]);
    b.row(3, [null, "và tổ chức triển khai", null, null, null, null]);
    b.merge("A2:A3").merge("C2:C3").merge("E2:E3");
    expect(tasksOf(b.build()).map((t) => t.title)).toEqual(["Xây dựng kế hoạch\nvà tổ chức triển khai"]);
  });

  test("'Đơn vị tính' is a unit of measure, not the lead", () => {
    const b = new GridBuilder("Chỉ tiêu");
    b.row(1, ["STT", "Nội dung", "Đơn vị tính", "Thời gian hoàn thành"]);
    b.row(2, [1, "Tỷ lệ trường đạt chuẩn", "%", "2026"]);
    const plan = read(b.build()).plan;
    expect(plan?.columns.map((c) => c.role)).toEqual(["number", "title", "timeframe"]);
  });
});

describe("a lead-first table without merges", () => {
  test("reads row by row: a title-only row continues the task above", () => {
    const b = new GridBuilder("Kế hoạch");
    b.row(1, ["TT", "Đơn vị chủ trì", "Nhiệm vụ", "Thời gian hoàn thành"]);
    b.row(2, [1, "Sở GDĐT", "Xây dựng kế hoạch", "2026"]);
    b.row(3, [null, null, "và tổ chức triển khai", null]);
    b.row(4, [2, "Sở Y tế", "Khám sức khỏe học sinh", "Hằng năm"]);
    expect(tasksOf(b.build()).map((t) => [t.number, t.title])).toEqual([
      ["1", "Xây dựng kế hoạch\nvà tổ chức triển khai"],
      ["2", "Khám sức khỏe học sinh"],
    ]);
  });
});
