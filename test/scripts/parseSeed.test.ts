import * as fs from "fs";
import * as path from "path";
import { findSeedFile, seedFileCandidates } from "../../scripts/samples/findSeedFile";
import { formatSeedPlan, parseSeed } from "../../scripts/samples/parseSeed";
import type { SeedPlan } from "../../scripts/samples/SeedPlan";

const repoRoot = path.resolve(__dirname, "..", "..");
const committedPath = path.join(repoRoot, "assets", "sample", "seed-plan.json");
const committedText = fs.readFileSync(committedPath, "utf8");
const committed = JSON.parse(committedText) as SeedPlan;

describe("seed-plan.json against the seed", () => {
  it("equals a fresh parse of the seed, byte for byte", () => {
    const seedPath = findSeedFile(repoRoot);
    if (seedPath === null) {
      // A clone without ../shared: nothing to re-parse, so at least check the committed file is well formed.
      console.log(
        `parseSeed.test: seed not found (tried ${seedFileCandidates(repoRoot).join(", ")}); ` +
          "checking the committed seed-plan.json only",
      );
      expect(formatSeedPlan(committed)).toBe(committedText);
      return;
    }
    const fresh = parseSeed(fs.readFileSync(seedPath, "utf8"));
    expect(fresh).toEqual(committed);
    expect(formatSeedPlan(fresh)).toBe(committedText);
  });
});

describe("seed-plan.json content", () => {
  const allText = committed.tasks
    .flatMap((t) => [t.title, t.lead, t.coordinating, t.timeframe, t.products])
    .join("\n");

  it("has the six header cells and eight tasks", () => {
    expect(committed.header).toEqual([
      "TT",
      "Nhiệm vụ",
      "Đơn vị chủ trì",
      "Đơn vị phối hợp",
      "Thời gian hoàn thành",
      "Sản phẩm dự kiến",
    ]);
    expect(committed.tasks).toHaveLength(8);
  });

  it("keeps the TT column as the seed has it (skips 2, repeats 3, blanks)", () => {
    expect(committed.tasks.map((t) => t.number)).toEqual(["1", "", "3", "3", "4", "", "", ""]);
  });

  it("keeps blank lines inside cells", () => {
    expect(committed.tasks[7]?.timeframe).toBe("GĐ1: 2025;\n\nGĐ2: 2030");
    expect(committed.tasks[0]?.products).toBe(
      "- Kế hoạch của UBND các đơn vị cấp tỉnh; Bộ GDĐT triển khai, thực hiện Chương trình; Hội nghị; hội thảo;\n\n" +
        "- Các bài viết/ phóng sự chuyên đề (báo hình, báo giấy, báo điện tử).",
    );
  });

  it("keeps spaces at the end of inner lines but trims the cell", () => {
    expect(committed.tasks[0]?.coordinating).toContain("Sở Thông tin truyền thông; \n- Các tổ chức");
    expect(committed.tasks[5]?.products).toBe(
      "- Kế hoạch xây dựng mô hình \n\n- Tài liệu được biên soạn;\n\n- Hội nghị, Hội thảo, tập huấn, đánh giá.",
    );
    for (const task of committed.tasks) {
      for (const value of Object.values(task)) expect(value).toBe(value.trim());
    }
  });

  it("keeps the three spellings of Sở Kế hoạch và Đầu tư", () => {
    expect(allText).toContain("Sở Kế hoạch và Đầu tư");
    expect(allText).toContain("Sở Kế hoạch Đầu tư");
    expect(allText).toContain("Sở Kế hoạch đầu tư");
  });

  it("has the title block, trimmed line by line", () => {
    expect(committed.titleLines).toEqual([
      "ỦY BAN NHÂN DÂN",
      "TỈNH NINH THUẬN",
      "PHỤ LỤC",
      "Kế hoạch chi tiết triển khai thực hiện Chương trình Hỗ trợ phát triển giáo dục mầm non vùng khó khăn",
      "trên địa bàn tỉnh Ninh Thuận giai đoạn 2023 - 2030",
      "(Ban hành kèm theo Kế hoạch số:           /KH-UBND ngày           tháng 9 năm 2023 của Ủy ban nhân dân tỉnh Ninh Thuận)",
    ]);
  });
});

describe("parseSeed on small inputs", () => {
  const header = "\tTT\n\tNhiệm vụ\n\tChủ trì\n\tPhối hợp\n\tThời gian\n\tSản phẩm\n";

  it.each([
    ["a numbered row", "\t1\n\tViệc A\n\tSở GDĐT\n\t- Sở Tài chính\n\t2026\n\t- Báo cáo\n", "1", "Việc A"],
    [
      "a blank TT written as a space before the tab",
      " \tViệc B\n\tSở GDĐT\n\t\n\tQuý I/2026\n\t- Kế hoạch\n",
      "",
      "Việc B",
    ],
    [
      "CRLF line ends",
      "\t2\r\n\tViệc C\r\n\tSở GDĐT\r\n\tSở Nội vụ\r\n\t2027\r\n\tBáo cáo\r\n",
      "2",
      "Việc C",
    ],
  ])("reads %s", (_label, row, number, title) => {
    const plan = parseSeed("TIÊU ĐỀ\n\n" + header + row);
    expect(plan.titleLines).toEqual(["TIÊU ĐỀ"]);
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]?.number).toBe(number);
    expect(plan.tasks[0]?.title).toBe(title);
  });

  it("keeps continuation lines and blank lines in the cell", () => {
    const plan = parseSeed(header + "\t1\n\tViệc\n\tSở GDĐT\n\t- A;\n\n- B.\n\t2026\n\tX\n");
    expect(plan.tasks[0]?.coordinating).toBe("- A;\n\n- B.");
  });

  it.each([
    ["no tab at all", "ỦY BAN NHÂN DÂN\nPHỤ LỤC\n", /no tab-separated table/],
    ["a row with a missing cell", header + "\t1\n\tViệc\n\tSở GDĐT\n\t2026\n\tX\n", /11 cells/],
  ])("rejects %s", (_label, text, message) => {
    expect(() => parseSeed(text)).toThrow(message);
  });
});
