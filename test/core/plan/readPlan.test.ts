import type { Grid } from "../../../src/core/grid/Grid";
import type { Task } from "../../../src/core/model/Plan";
import { readPlan, type ReadPlanOptions } from "../../../src/core/plan/readPlan";
import { defaultDirectory } from "../../../src/core/units/directory";
import { GridBuilder, SEED_HEADER, seedSheet, workbook, writeOneRowPerTask, writeWordPaste } from "./gridBuilder";
import { SEED_TASKS } from "./seedTasks";

const options: ReadPlanOptions = { directory: defaultDirectory() };
const read = (...grids: Grid[]) => readPlan(workbook(...grids), options);
const tasksOf = (...grids: Grid[]): Task[] => read(...grids).plan?.tasks ?? [];

/** The seed's cell text as the reader gives it back: lines trimmed, empty lines dropped. */
const asRead = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join("\n");

describe("readPlan on the seed, one row per task", () => {
  const b = seedSheet();
  writeOneRowPerTask(b, 9, SEED_TASKS);
  const result = read(b.build());
  const plan = result.plan;

  test("finds the table under the title block", () => {
    expect(plan).not.toBeNull();
    expect(plan?.sheet).toBe("Kế hoạch");
    expect(plan?.headerRow).toBe(8);
    expect(plan?.headerTopRow).toBe(8);
    expect(plan?.columns.map((c) => c.role)).toEqual(["number", "title", "lead", "coordinating", "timeframe", "products"]);
    expect(plan?.firstCol).toBe(0);
    expect(plan?.lastCol).toBe(5);
    expect(plan?.firstDataRow).toBe(9);
    expect(plan?.lastDataRow).toBe(16);
    expect(result.issues).toEqual([]);
    expect(result.otherCandidates).toEqual([]);
  });

  test("reads the title lines, the programme period, and no plan year from the issuing date", () => {
    expect(plan?.titleLines[0]).toBe("ỦY BAN NHÂN DÂN");
    expect(plan?.titleLines).toHaveLength(6);
    expect(plan?.programPeriod).toEqual({ start: 2023, end: 2030 });
    expect(plan?.planYear).toBeNull();
  });

  test("eight tasks, blank TT rows with their own title included, in sheet rows 9–16", () => {
    const tasks = plan?.tasks ?? [];
    expect(tasks.map((t) => t.number)).toEqual(["1", "", "3", "3", "4", "", "", ""]);
    expect(tasks.map((t) => [t.row, t.lastRow])).toEqual([9, 10, 11, 12, 13, 14, 15, 16].map((r) => [r, r]));
    expect(tasks.map((t) => t.id)).toEqual([9, 10, 11, 12, 13, 14, 15, 16].map((r) => `Kế hoạch!${r}`));
  });

  test("texts as written, paragraphs joined by a newline", () => {
    const [first, , , , , sixth, , eighth] = plan?.tasks ?? [];
    expect(first?.title).toBe("Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình.");
    expect(first?.leadText).toBe("Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)");
    expect(first?.coordinatingText).toBe(
      "- UBND và Phòng GDĐT các huyện, thành phố;\n" +
        "- Sở Kế hoạch và Đầu tư, Sở Tài chính; Ban dân tộc tỉnh; Sở Nông nghiệp và Phát triển nông thôn, Sở Lao động – Thương binh và Xã hội; Sở Thông tin truyền thông;\n" +
        "- Các tổ chức, cá nhân liên quan.",
    );
    expect(first?.timeframe.text).toBe("2023 – 2030");
    expect(first?.products).toEqual([
      "Kế hoạch của UBND các đơn vị cấp tỉnh; Bộ GDĐT triển khai, thực hiện Chương trình; Hội nghị; hội thảo;",
      "Các bài viết/ phóng sự chuyên đề (báo hình, báo giấy, báo điện tử).",
    ]);
    expect(sixth?.title).toBe(
      "Xây dựng mô hình về tăng cường tiếng Việt trên cơ sở tiếng mẹ đẻ của trẻ, lồng ghép mô hình trường mầm non xanh, thích ứng biến đổi khí hậu hướng đến bảo vệ môi trường bền vững; áp dụng, lan tỏa mô hình;\n" +
        "Biên soạn, số hóa, tập huấn tài liệu, học liệu dành cho GV, CBQL và trẻ em vùng khó khăn, DTTS; tài liệu hướng dẫn; tài liệu truyền thông; tập huấn, hướng dẫn xây dựng trường mầm non xanh thích ứng biến đổi khí hậu hướng đến bảo vệ môi trường bền vững.",
    );
    expect(eighth?.timeframe.text).toBe("GĐ1: 2025;\nGĐ2: 2030");
    expect(eighth?.products).toEqual([
      "Hội nghị sơ kết, tổng kết;",
      "Báo cáo đánh giá giai đoạn;",
      "Đề xuất kế hoạch cho giai đoạn tiếp theo;",
      "Quyết định Khen thưởng",
      "Sản phẩm truyền thông",
    ]);
  });

  test("units are split and resolved; timeframes parsed", () => {
    const [first] = plan?.tasks ?? [];
    expect(first?.lead.length).toBeGreaterThan(0);
    expect(first?.lead[0]?.text.startsWith("Sở GDĐT")).toBe(true);
    expect(first?.coordinating.length).toBeGreaterThan(3);
    expect(first?.timeframe.kind).toBe("range");
  });

  test("cell addresses per role", () => {
    expect(plan?.tasks[2]?.cells).toEqual({ number: "A11", title: "B11", lead: "C11", coordinating: "D11", timeframe: "E11", products: "F11" });
  });
});

describe("readPlan on the seed pasted from Word (paragraphs on rows, other cells merged)", () => {
  const single = seedSheet();
  writeOneRowPerTask(single, 9, SEED_TASKS);
  const expected = tasksOf(single.build());
  const b = seedSheet();
  const spans = writeWordPaste(b, 9, SEED_TASKS);
  const tasks = tasksOf(b.build());

  test("the layout really spans several rows per task", () => {
    expect(spans.every((s) => s.last > s.first)).toBe(true);
  });

  test("the same eight tasks come out, each over its rows", () => {
    expect(tasks).toHaveLength(8);
    expect(tasks.map((t) => [t.row, t.lastRow])).toEqual(spans.map((s) => [s.first, s.last]));
    expect(tasks.map((t) => t.number)).toEqual(["1", "", "3", "3", "4", "", "", ""]);
  });

  test.each(SEED_TASKS.map((seed, i) => [i + 1, seed] as const))("task %i reads as in the one-row layout", (i, seed) => {
    const t = tasks[i - 1];
    const e = expected[i - 1];
    expect(t?.title).toBe(asRead(seed.title));
    expect(t?.title).toBe(e?.title);
    expect(t?.leadText).toBe(e?.leadText);
    expect(t?.coordinatingText).toBe(asRead(seed.coordinating));
    expect(t?.coordinatingText).toBe(e?.coordinatingText);
    expect(t?.timeframe.text).toBe(e?.timeframe.text);
    expect(t?.products).toEqual(e?.products);
    expect(t?.lead.map((u) => u.text)).toEqual(e?.lead.map((u) => u.text));
    expect(t?.coordinating.map((u) => u.text)).toEqual(e?.coordinating.map((u) => u.text));
  });

  test("cells point at the top-left cell of each merge", () => {
    const sixth = tasks[5];
    expect(sixth?.cells.number).toBe(`A${spans[5]?.first}`);
    expect(sixth?.cells.title).toBe(`B${spans[5]?.first}`);
    expect(sixth?.cells.lead).toBe(`C${spans[5]?.first}`);
  });
});

describe("header layouts", () => {
  test("two-level header: 'Đơn vị thực hiện' merged over 'Chủ trì | Phối hợp'", () => {
    const b = new GridBuilder()
      .set("A1", "KẾ HOẠCH thực hiện năm 2026")
      .row(3, ["TT", "Nhiệm vụ", "Đơn vị thực hiện", null, "Thời gian hoàn thành", "Sản phẩm"])
      .row(4, [null, null, "Chủ trì", "Phối hợp"])
      .merge("A3:A4")
      .merge("B3:B4")
      .merge("C3:D3")
      .merge("E3:E4")
      .merge("F3:F4")
      .row(5, [1, "Nhiệm vụ một", "Sở GDĐT", "Sở Tài chính", "Quý I/2026", "Báo cáo"]);
    const plan = read(b.build()).plan;
    expect(plan?.headerRow).toBe(4);
    expect(plan?.headerTopRow).toBe(3);
    expect(plan?.columns).toEqual([
      { role: "number", col: 0, header: "TT" },
      { role: "title", col: 1, header: "Nhiệm vụ" },
      { role: "lead", col: 2, header: "Đơn vị thực hiện / Chủ trì" },
      { role: "coordinating", col: 3, header: "Đơn vị thực hiện / Phối hợp" },
      { role: "timeframe", col: 4, header: "Thời gian hoàn thành" },
      { role: "products", col: 5, header: "Sản phẩm" },
    ]);
    expect(plan?.tasks).toHaveLength(1);
    expect(plan?.tasks[0]?.leadText).toBe("Sở GDĐT");
    expect(plan?.tasks[0]?.coordinatingText).toBe("Sở Tài chính");
    expect(plan?.planYear).toBe(2026);
  });

  test("two-level header typed without vertical merges", () => {
    const b = new GridBuilder()
      .row(3, ["TT", "Nhiệm vụ", "Đơn vị thực hiện", null, "Thời gian"])
      .row(4, [null, null, "Chủ trì", "Phối hợp"])
      .merge("C3:D3")
      .row(5, [1, "Nhiệm vụ một", "Sở GDĐT", "Sở Tài chính", "2026"]);
    const plan = read(b.build()).plan;
    expect(plan?.headerRow).toBe(4);
    expect(plan?.columns.map((c) => c.role)).toEqual(["number", "title", "lead", "coordinating", "timeframe"]);
    expect(plan?.tasks.map((t) => t.title)).toEqual(["Nhiệm vụ một"]);
  });

  test.each([
    ["(1) (2) (3) …", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]],
    ["1 2 3 … as numbers", [1, 2, 3, 4, 5, 6]],
  ])("a row of column numbers under the header is skipped: %s", (_name, numbers) => {
    const b = new GridBuilder().row(2, SEED_HEADER).row(3, numbers).row(4, [1, "Nhiệm vụ một", "Sở GDĐT", "", "2026", "Báo cáo"]);
    const plan = read(b.build()).plan;
    expect(plan?.tasks.map((t) => [t.row, t.number])).toEqual([[4, "1"]]);
    expect(plan?.firstDataRow).toBe(4);
  });

  test("a first task numbered 1 is not mistaken for a column-number row", () => {
    const b = new GridBuilder().row(2, SEED_HEADER).row(3, [1, 2, "Sở GDĐT", null, 2026, null]);
    expect(tasksOf(b.build()).map((t) => t.row)).toEqual([3]);
  });

  test.each([
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Kết quả, sản phẩm", "Ghi chú"],
    ["Số TT", "Nhiệm vụ, giải pháp", "Chủ trì", "Phối hợp", "Thời gian thực hiện", "Sản phẩm", "Ghi chú"],
    ["stt", "noi dung", "don vi chu tri", "don vi phoi hop", "thoi gian", "san pham du kien", "ghi chu"],
    ["TT", "NHIỆM VỤ", "ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ PHỐI HỢP", "THỜI GIAN HOÀN THÀNH", "SẢN PHẨM DỰ KIẾN", "GHI CHÚ"],
  ])("header variant %s | %s | %s …", (...header) => {
    const b = new GridBuilder().row(1, header).row(2, [1, "Nhiệm vụ", "Sở GDĐT", "Sở Tài chính", "2026", "Báo cáo", "Lưu ý"]);
    const plan = read(b.build()).plan;
    expect(plan?.columns.map((c) => c.role)).toEqual(["number", "title", "lead", "coordinating", "timeframe", "products", "notes"]);
    expect(plan?.tasks[0]?.notes).toBe("Lưu ý");
  });

  test("NFD header and cells read as NFC", () => {
    const nfd = (s: string) => s.normalize("NFD");
    const b = new GridBuilder().row(1, SEED_HEADER.map(nfd)).row(2, [1, nfd("Tổ chức bồi dưỡng"), nfd("Sở GDĐT"), "", "2026", nfd("- Kế hoạch bồi dưỡng;")]);
    const plan = read(b.build()).plan;
    expect(plan?.columns).toHaveLength(6);
    expect(plan?.tasks[0]?.title).toBe("Tổ chức bồi dưỡng");
    expect(plan?.tasks[0]?.leadText).toBe("Sở GDĐT");
    expect(plan?.tasks[0]?.products).toEqual(["Kế hoạch bồi dưỡng;"]);
  });

  test("'Tiến độ thực hiện' next to a timeframe column is the progress status", () => {
    const b = new GridBuilder()
      .row(1, ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành", "Tiến độ thực hiện"])
      .row(2, [1, "Nhiệm vụ một", "Sở GDĐT", "2026", "Đang thực hiện"]);
    const plan = read(b.build()).plan;
    expect(plan?.columns.map((c) => c.role)).toEqual(["number", "title", "lead", "timeframe", "progressStatus"]);
    expect(plan?.tasks[0]?.progress?.state).toBe("in_progress");
  });

  test("'Tiến độ thực hiện' alone is the timeframe", () => {
    const b = new GridBuilder().row(1, ["TT", "Nhiệm vụ", "Chủ trì", "Tiến độ thực hiện"]).row(2, [1, "Nhiệm vụ một", "Sở GDĐT", "Quý I/2026"]);
    expect(read(b.build()).plan?.columns.map((c) => c.role)).toEqual(["number", "title", "lead", "timeframe"]);
  });

  test("ignoreColumns keeps the add-in's own columns out of the table", () => {
    const b = new GridBuilder()
      .row(1, ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian", "Trạng thái"])
      .row(2, [1, "Nhiệm vụ một", "Sở GDĐT", "2026", "Quá hạn"]);
    const withIt = readPlan(workbook(b.build()), options);
    const without = readPlan(workbook(b.build()), { ...options, ignoreColumns: [4] });
    expect(withIt.plan?.columns.map((c) => c.role)).toContain("progressStatus");
    expect(without.plan?.columns.map((c) => c.role)).toEqual(["number", "title", "lead", "timeframe"]);
    expect(without.plan?.tasks[0]?.progress).toBeUndefined();
  });

  test("ignoreColumns by sheet: only the named sheet loses the column", () => {
    const rows = (b: GridBuilder) =>
      b
        .row(1, ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian", "Trạng thái"])
        .row(2, [1, "Nhiệm vụ một", "Sở GDĐT", "2026", "Quá hạn"])
        .build();
    const book = workbook(rows(new GridBuilder("Kế hoạch")), rows(new GridBuilder("Kế hoạch 2")));
    const ignore = new Map([["Kế hoạch", [4]]]);
    const first = readPlan(book, { ...options, sheet: "Kế hoạch", ignoreColumns: ignore });
    const second = readPlan(book, { ...options, sheet: "Kế hoạch 2", ignoreColumns: ignore });
    expect(first.plan?.columns.map((c) => c.role)).not.toContain("progressStatus");
    expect(second.plan?.columns.map((c) => c.role)).toContain("progressStatus");
  });
});

describe("sections, merged cells and row rules", () => {
  test("section rows: numeral + heading, heading merged across, capitals alone", () => {
    const b = new GridBuilder()
      .row(1, SEED_HEADER)
      .row(2, ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"])
      .row(3, [1, "Xây dựng kế hoạch", "Sở GDĐT", null, "2023 – 2030"])
      .row(4, ["II. NHIỆM VỤ CỤ THỂ"])
      .merge("A4:F4")
      .row(5, [2, "Bồi dưỡng", "Sở GDĐT", null, "2025"])
      .row(6, [3, "Kiểm tra", "Sở GDĐT", null, "Tháng 12 hằng năm"])
      .row(7, [null, "NHIỆM VỤ KHÁC"])
      .row(8, [null, "Sơ kết", "Sở GDĐT", null, "GĐ1: 2025; GĐ2: 2030"]);
    const plan = read(b.build()).plan;
    expect(plan?.sections).toEqual([
      { number: "I", title: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", row: 2 },
      { number: "II", title: "NHIỆM VỤ CỤ THỂ", row: 4 },
      { number: "", title: "NHIỆM VỤ KHÁC", row: 7 },
    ]);
    expect(plan?.tasks.map((t) => [t.number, t.section?.number])).toEqual([
      ["1", "I"],
      ["2", "II"],
      ["3", "II"],
      ["", ""],
    ]);
    expect(plan?.firstDataRow).toBe(2);
    expect(plan?.lastDataRow).toBe(8);
  });

  test("a letter with units is a task, not a section", () => {
    const b = new GridBuilder().row(1, SEED_HEADER).row(2, ["A", "Nhiệm vụ A", "Sở GDĐT", null, "2026"]);
    const plan = read(b.build()).plan;
    expect(plan?.sections).toEqual([]);
    expect(plan?.tasks.map((t) => t.number)).toEqual(["A"]);
  });

  test("one lead cell merged over three numbered tasks gives its value to each", () => {
    const b = new GridBuilder()
      .row(1, SEED_HEADER)
      .row(2, [1, "Nhiệm vụ một", "Sở GDĐT", "Sở Tài chính", "2025"])
      .row(3, [2, "Nhiệm vụ hai", null, null, "2026"])
      .row(4, [3, "Nhiệm vụ ba", null, "Sở Nội vụ", "2027"])
      .merge("C2:C4");
    const tasks = tasksOf(b.build());
    expect(tasks.map((t) => [t.number, t.title, t.leadText, t.row, t.lastRow])).toEqual([
      ["1", "Nhiệm vụ một", "Sở GDĐT", 2, 2],
      ["2", "Nhiệm vụ hai", "Sở GDĐT", 3, 3],
      ["3", "Nhiệm vụ ba", "Sở GDĐT", 4, 4],
    ]);
    expect(tasks.map((t) => t.cells.lead)).toEqual(["C2", "C2", "C2"]);
    expect(tasks.map((t) => t.coordinatingText)).toEqual(["Sở Tài chính", "", "Sở Nội vụ"]);
  });

  test("a timeframe merged over two tasks is read by both", () => {
    const b = new GridBuilder()
      .row(1, SEED_HEADER)
      .row(2, [1, "Nhiệm vụ một", "Sở GDĐT", null, "Năm 2026"])
      .row(3, [2, "Nhiệm vụ hai", "Sở Tài chính"])
      .merge("E2:E3");
    expect(tasksOf(b.build()).map((t) => t.timeframe.text)).toEqual(["Năm 2026", "Năm 2026"]);
  });

  test("a row with only a title paragraph continues the task above (no merges)", () => {
    const b = new GridBuilder()
      .row(1, SEED_HEADER)
      .row(2, [1, "Xây dựng mô hình;", "Sở GDĐT", null, "2025 - 2030", "- Kế hoạch"])
      .row(3, [null, "Biên soạn tài liệu."])
      .row(4, [null, null, null, "- Các đơn vị có liên quan.", null, "- Tài liệu"])
      .row(5, [null, "Kiểm tra, đánh giá", "Sở GDĐT", null, "Tháng 12 hằng năm"]);
    const tasks = tasksOf(b.build());
    expect(tasks.map((t) => [t.row, t.lastRow, t.title])).toEqual([
      [2, 4, "Xây dựng mô hình;\nBiên soạn tài liệu."],
      [5, 5, "Kiểm tra, đánh giá"],
    ]);
    expect(tasks[0]?.products).toEqual(["Kế hoạch", "Tài liệu"]);
    expect(tasks[0]?.coordinatingText).toBe("- Các đơn vị có liên quan.");
  });

  test("blank rows are skipped and neither start nor end a task", () => {
    const b = new GridBuilder()
      .row(1, SEED_HEADER)
      .row(3, [1, "Nhiệm vụ một", "Sở GDĐT", null, "2026"])
      .row(5, ["", "  ", null, null, null, "- Báo cáo"])
      .row(8, [2, "Nhiệm vụ hai", "Sở GDĐT", null, "2027"]);
    const tasks = tasksOf(b.build());
    expect(tasks.map((t) => [t.number, t.row, t.lastRow, t.products])).toEqual([
      ["1", 3, 5, ["Báo cáo"]],
      ["2", 8, 8, []],
    ]);
  });

  test("the TT as written: 1.0 → 1, '1.' kept, text trimmed", () => {
    const b = new GridBuilder()
      .row(1, SEED_HEADER)
      .row(2, [1.0, "a", "Sở GDĐT", null, "2026"])
      .row(3, ["2.0", "b", "Sở GDĐT", null, "2026"])
      .row(4, ["3.", "c", "Sở GDĐT", null, "2026"])
      .row(5, [" 4 ", "d", "Sở GDĐT", null, "2026"])
      .row(6, ["1.1", "e", "Sở GDĐT", null, "2026"]);
    expect(tasksOf(b.build()).map((t) => t.number)).toEqual(["1", "2", "3.", "4", "1.1"]);
  });

  test("error cells become cell-error issues and read as empty", () => {
    const b = new GridBuilder()
      .row(1, SEED_HEADER)
      .row(2, [1, "#REF!", "Sở GDĐT", "#N/A", "2026"])
      .row(3, [2, "Nhiệm vụ hai", "#VALUE!", null, "#DIV/0!"]);
    const result = read(b.build());
    expect(result.plan?.tasks.map((t) => [t.title, t.coordinatingText, t.leadText, t.timeframe.text])).toEqual([
      ["", "", "Sở GDĐT", "2026"],
      ["Nhiệm vụ hai", "", "", ""],
    ]);
    expect(result.issues.filter((i) => i.code === "cell-error")).toEqual([
      { code: "cell-error", severity: "error", sheet: "Kế hoạch", row: 2, cell: "B2", errorText: "#REF!" },
      { code: "cell-error", severity: "error", sheet: "Kế hoạch", row: 2, cell: "D2", errorText: "#N/A" },
      { code: "cell-error", severity: "error", sheet: "Kế hoạch", row: 3, cell: "C3", errorText: "#VALUE!" },
      { code: "cell-error", severity: "error", sheet: "Kế hoạch", row: 3, cell: "E3", errorText: "#DIV/0!" },
    ]);
  });

  test("an error in a merged cell is reported once", () => {
    const b = new GridBuilder().row(1, SEED_HEADER).row(2, [1, "Nhiệm vụ", "#NAME?", null, "2026"]).row(3, [null, null, null, "Sở Tài chính"]).merge("C2:C3");
    const errors = read(b.build()).issues.filter((i) => i.code === "cell-error");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.cell).toBe("C2");
  });

  test("the table ends at the recipients line of the signature block", () => {
    const b = new GridBuilder()
      .row(1, SEED_HEADER)
      .row(2, [1, "Nhiệm vụ một", "Sở GDĐT", null, "2026"])
      .row(4, ["Nơi nhận:", null, null, null, "GIÁM ĐỐC"])
      .row(5, [null, "- Như trên;"]);
    expect(tasksOf(b.build()).map((t) => t.title)).toEqual(["Nhiệm vụ một"]);
  });

  test("a date cell in the timeframe column is read as dd/mm/yyyy", () => {
    const b = new GridBuilder().row(1, SEED_HEADER).row(2, [1, "Nhiệm vụ", "Sở GDĐT"]).set("E2", 46022, "dd/mm/yyyy");
    const task = tasksOf(b.build())[0];
    expect(task?.timeframe.text).toBe("31/12/2025");
    expect(task?.timeframe.kind).toBe("deadline");
  });
});

describe("choosing the sheet", () => {
  const full = () => {
    const b = seedSheet("Kế hoạch");
    writeOneRowPerTask(b, 9, SEED_TASKS.slice(0, 3));
    return b.build();
  };
  const small = () =>
    new GridBuilder("Tổng hợp").row(1, ["TT", "Nội dung", "Thời gian", "Chủ trì"]).row(2, [1, "Báo cáo tháng", "Hằng tháng", "Sở GDĐT"]).build();
  const notes = () => new GridBuilder("Ghi chép").row(1, ["Ghi chú của phòng"]).row(2, ["Họp ngày 5/3"]).build();

  test("with two candidate sheets the best wins and the other is listed and reported", () => {
    const result = read(small(), full(), notes());
    expect(result.plan?.sheet).toBe("Kế hoạch");
    expect(result.plan?.tasks).toHaveLength(3);
    expect(result.otherCandidates).toEqual([{ sheet: "Tổng hợp", headerRow: 1, score: expect.any(Number) }]);
    expect(result.otherCandidates[0]?.score).toBeLessThan(12);
    expect(result.issues).toEqual([{ code: "other-plan-candidate", severity: "info", sheet: "Tổng hợp", row: 1, cell: "", headerRow: 1 }]);
  });

  test("options.sheet picks the sheet", () => {
    const result = readPlan(workbook(small(), full()), { ...options, sheet: "Tổng hợp" });
    expect(result.plan?.sheet).toBe("Tổng hợp");
    expect(result.plan?.tasks.map((t) => t.title)).toEqual(["Báo cáo tháng"]);
    expect(result.otherCandidates.map((c) => c.sheet)).toEqual(["Kế hoạch"]);
  });

  test("an unknown options.sheet gives no-plan-table naming it", () => {
    const result = readPlan(workbook(small(), full()), { ...options, sheet: "Không có" });
    expect(result.plan).toBeNull();
    expect(result.issues).toContainEqual({ code: "no-plan-table", severity: "error", sheet: "Không có", row: 0, cell: "", sheetsSearched: ["Không có"] });
  });

  test("no table anywhere: plan null and no-plan-table listing the sheets", () => {
    const result = read(notes(), new GridBuilder("Trống").build());
    expect(result.plan).toBeNull();
    expect(result.otherCandidates).toEqual([]);
    expect(result.issues).toEqual([{ code: "no-plan-table", severity: "error", sheet: "", row: 0, cell: "", sheetsSearched: ["Ghi chép", "Trống"] }]);
  });

  test("an empty workbook", () => {
    expect(readPlan({ sheets: [], names: [] }, options).plan).toBeNull();
  });

  test("a header below the first 30 rows is not searched", () => {
    const b = new GridBuilder().row(35, SEED_HEADER).row(36, [1, "Nhiệm vụ", "Sở GDĐT", null, "2026"]);
    expect(read(b.build()).plan).toBeNull();
  });

  test("options.planYear and programPeriod override the title", () => {
    const b = seedSheet();
    writeOneRowPerTask(b, 9, SEED_TASKS.slice(0, 1));
    const plan = readPlan(workbook(b.build()), { ...options, planYear: 2027, programPeriod: { start: 2021, end: 2025 } }).plan;
    expect(plan?.planYear).toBe(2027);
    expect(plan?.programPeriod).toEqual({ start: 2021, end: 2025 });
  });
});

describe("progress columns", () => {
  const header = [...SEED_HEADER.slice(0, 5), "Tình trạng", "Tiến độ (%)", "Ngày hoàn thành", "Kết quả thực hiện"];
  const b = new GridBuilder()
    .row(1, header)
    .row(2, [1, "a", "Sở GDĐT", null, "2026", "Đã hoàn thành", 100, null, "Đã ban hành Kế hoạch 12/KH-SGDĐT"])
    .set("H2", 46022, "dd/mm/yyyy")
    .row(3, [2, "b", "Sở GDĐT", null, "2026", "Đang triển khai", null, null, null])
    .set("G3", 0.6, "0%")
    .row(4, [3, "c", "Sở GDĐT", null, "2026", "x", "80%", "15/12/2025"])
    .row(5, [4, "d", "Sở GDĐT", null, "2026", null, 100])
    .row(6, [5, "e", "Sở GDĐT", null, "2026", "Tạm hoãn"])
    .row(7, [6, "f", "Sở GDĐT", null, "2026", "Theo kế hoạch", "nhiều", "hôm qua"])
    .row(8, [7, "g", "Sở GDĐT", null, "2026"]);
  const result = read(b.build());
  const tasks = result.plan?.tasks ?? [];

  test("columns found", () => {
    expect(result.plan?.columns.slice(5).map((c) => c.role)).toEqual(["progressStatus", "progressPercent", "completedOn", "result"]);
  });

  test("values read", () => {
    expect(tasks.map((t) => t.progress)).toEqual([
      { state: "done", stateText: "Đã hoàn thành", percent: 100, completedOn: "2025-12-31", result: "Đã ban hành Kế hoạch 12/KH-SGDĐT" },
      { state: "in_progress", stateText: "Đang triển khai", percent: 60 },
      { state: "done", stateText: "x", percent: 80, completedOn: "2025-12-15" },
      { state: "done", percent: 100 },
      { state: "paused", stateText: "Tạm hoãn" },
      { stateText: "Theo kế hoạch" },
      undefined,
    ]);
  });

  test("unreadable values become progress-unreadable warnings", () => {
    expect(result.issues).toEqual([
      { code: "progress-unreadable", severity: "warning", sheet: "Kế hoạch", row: 7, cell: "F7", text: "Theo kế hoạch", what: "status" },
      { code: "progress-unreadable", severity: "warning", sheet: "Kế hoạch", row: 7, cell: "G7", text: "nhiều", what: "percent" },
      { code: "progress-unreadable", severity: "warning", sheet: "Kế hoạch", row: 7, cell: "H7", text: "hôm qua", what: "date" },
    ]);
  });
});
