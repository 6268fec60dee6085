import type { TaskStatus } from "../../../src/core/model/Status";
import { buildPatch } from "../../../src/core/report/buildPatch";
import { PLAN_SHEET, seedInput, seedPlan } from "./seedReport";
import { rowTexts, sheetOf } from "./patchLookup";

const MM_PER_INCH = 25.4;

// Judged at the reporting date (figuresAsOf "reportDate"): the statuses seedInput builds by hand for 30/11/2026.
// The default, judged at the cut-off, follows below.
describe("monthly report at 2026-11-30 (the seed)", () => {
  const patch = buildPatch(seedInput({ settings: { figuresAsOf: "reportDate" } }));
  const sheet = sheetOf(patch, "BC T11-2026");
  const texts = rowTexts(sheet);
  const lines = texts.map((r) => r.text);
  const rowOf = (text: string) => texts.find((r) => r.text === text)?.row ?? -1;

  test("named for the report month, replaced whole, marked", () => {
    expect(sheet.mode).toBe("replace");
    expect(patch.names).toContainEqual({ name: "PlanTracker_Sheet_Report_2026_11", sheet: "BC T11-2026", range: { top: 0, left: 0, bottom: 0, right: 0 } });
  });

  test("the header block of Nghị định 30/2020", () => {
    expect(lines.slice(0, 3)).toEqual([
      "UBND TỈNH KHÁNH HÒA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "SỞ GIÁO DỤC VÀ ĐÀO TẠO | Độc lập - Tự do - Hạnh phúc",
      "Số:          /BC-SGDĐT | Khánh Hòa, ngày 30 tháng 11 năm 2026",
    ]);
    const body = sheet.cells.find((c) => c.value === "SỞ GIÁO DỤC VÀ ĐÀO TẠO");
    expect(patch.styles[body?.style ?? ""]?.font).toMatchObject({ name: "Times New Roman", bold: true, underline: true });
    const place = sheet.cells.find((c) => c.value === "Khánh Hòa, ngày 30 tháng 11 năm 2026");
    expect(patch.styles[place?.style ?? ""]?.font?.italic).toBe(true);
    expect(lines).toContain("BÁO CÁO");
    expect(lines).toContain(
      "Tiến độ thực hiện Kế hoạch chi tiết triển khai thực hiện Chương trình Hỗ trợ phát triển giáo dục mầm non vùng khó khăn trên địa bàn tỉnh Ninh Thuận giai đoạn 2023 - 2030 tháng 11 năm 2026",
    );
  });

  test("the reporting period by the cut-off rule", () => {
    expect(lines).toContain("(Kỳ báo cáo: từ ngày 15/10/2026 đến ngày 14/11/2026)");
    expect(lines[lines.indexOf("(Kỳ báo cáo: từ ngày 15/10/2026 đến ngày 14/11/2026)") + 1]).toBe("Số liệu tính đến ngày 30/11/2026.");
  });

  test("I. the figures", () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        "I. TÌNH HÌNH CHUNG",
        "Tổng số nhiệm vụ: 8.",
        "Đã hoàn thành: 0 (đúng hạn: 0; quá hạn: 0; chưa rõ ngày hoàn thành: 0).",
        "Đang thực hiện: 7 (trong hạn: 6; quá hạn: 1).",
        "Sắp đến hạn (trong 45 ngày tới): 1.",
        "Tỷ lệ hoàn thành: 0%.",
        "Trong kỳ báo cáo không có nhiệm vụ nào hoàn thành.",
      ]),
    );
  });

  test("II. every task, with the header row repeated on each printed page", () => {
    const header = rowOf("TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành | Tình trạng | Kết quả thực hiện | Khó khăn,\nvướng mắc");
    expect(header).toBeGreaterThan(rowOf("II. TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ"));
    expect(sheet.pageSetup?.printTitleRows).toEqual({ first: header, last: header });
    expect(lines[lines.indexOf(lines.find((l) => l.startsWith("TT | Nhiệm vụ")) ?? "") + 1]).toBe(
      "1 | Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình. | Sở Giáo dục và Đào tạo | 2023 – 2030 | Đang thực hiện trong hạn\n(hạn 31/12/2030: còn 1492 ngày)",
    );
  });

  test("III. the GĐ1 milestone overdue and the December task due soon, under Sở GDĐT, overdue first", () => {
    const section = rowOf("III. NHIỆM VỤ QUÁ HẠN, SẮP ĐẾN HẠN THEO ĐƠN VỊ CHỦ TRÌ");
    const after = texts.filter((r) => r.row > section).map((r) => r.text);
    expect(after.slice(0, 3)).toEqual([
      "1. Sở Giáo dục và Đào tạo: 2 nhiệm vụ",
      "1 | Sơ kết, Tổng kết Chương trình | Sở Giáo dục và Đào tạo | GĐ1: 2025;\nGĐ2: 2030 | Quá hạn\n(GĐ1, hạn 31/12/2025: quá hạn 334 ngày)",
      "2 | Kiểm tra, đánh giá, tổng hợp kết quả triển khai thực hiện Chương trình hằng năm. | Sở Giáo dục và Đào tạo | Tháng 12 hằng năm | Sắp đến hạn\n(hạn 31/12/2026: còn 31 ngày)",
    ]);
  });

  test("IV. plan issues (not the informational ones), rendered and linked to their cell", () => {
    const section = rowOf("IV. NỘI DUNG KẾ HOẠCH CẦN RÀ SOÁT, CHỈNH SỬA");
    const rows = sheet.cells.filter((c) => c.row > section && c.col === 1 && typeof c.value === "object" && c.value !== null && "link" in c.value);
    // One row per problem as the command line lists it: the unit's spelling (a warning, D10) and its reorganisation
    // (a note, D9) are one line about that unit, linked to its first cell; the missing number is another.
    expect(rows.map((c) => (c.value as { link: { cell: string } }).link)).toEqual([
      { sheet: PLAN_SHEET, cell: "D9" },
      { sheet: PLAN_SHEET, cell: "A10" },
    ]);
    const texts = rows.map((c) => (c.value as { text: string }).text);
    expect(texts[0]).toMatch(/^Đơn vị “Sở Kế hoạch và Đầu tư” ở ô D9, D10 \(trang Kế hoạch\): Viết khác tên chính thức: “Sở Kế hoạch Đầu tư” \(D10\); từ ngày 01\/03\/2025 /);
    expect(texts[1]).toMatch(/^Ô A10 \(trang Kế hoạch\): \S/);
  });

  test("recipients and the signature block close the report", () => {
    const close = rowOf("Nơi nhận: | GIÁM ĐỐC");
    expect(close).toBeGreaterThan(rowOf("IV. NỘI DUNG KẾ HOẠCH CẦN RÀ SOÁT, CHỈNH SỬA"));
    expect(lines).toContain("- Lưu: VT.");
  });

  test("print setup: A4 landscape, one page wide, the decree's margins, gridlines off, Times New Roman throughout", () => {
    const ps = sheet.pageSetup;
    expect(ps).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: 1, fitToHeight: 0 });
    const mm = (inches: number | undefined) => (inches ?? 0) * MM_PER_INCH;
    expect(mm(ps?.margins?.top)).toBeGreaterThanOrEqual(20);
    expect(mm(ps?.margins?.top)).toBeLessThanOrEqual(25);
    expect(mm(ps?.margins?.bottom)).toBeGreaterThanOrEqual(20);
    expect(mm(ps?.margins?.bottom)).toBeLessThanOrEqual(25);
    expect(mm(ps?.margins?.left)).toBeGreaterThanOrEqual(30);
    expect(mm(ps?.margins?.left)).toBeLessThanOrEqual(35);
    expect(mm(ps?.margins?.right)).toBeGreaterThanOrEqual(15);
    expect(mm(ps?.margins?.right)).toBeLessThanOrEqual(20);
    expect(sheet.gridlines).toBe(false);
    for (const c of sheet.cells) if (c.style) expect(patch.styles[c.style]?.font?.name).toBe("Times New Roman");
    // Seven columns, wide enough to read once fitted to the 250 mm between the margins (143 units, about 95 %),
    // the lead unit and the status words on one line each.
    expect(sheet.columns?.map((c) => c.width)).toEqual([6, 36, 24, 14, 24, 20, 19]);
    expect((sheet.columns ?? []).reduce((sum, c) => sum + c.width, 0)).toBeLessThanOrEqual(143);
  });
});

// The default: a report signed 30/11/2026 gives the figures as they stood at the cut-off, 14/11/2026 (domain.md: the
// figures are "tính đến ngày" the cut-off). 16 days earlier, the GĐ1 milestone (31/12/2025) was 318 days overdue,
// the 2023 – 2030 task had 1508 days left, and "Tháng 12 hằng năm" (31/12/2026) was 47 days away: beyond the 45 days
// of "due soon", so in progress within its deadline.
describe("monthly report at 2026-11-30 judged at the cut-off (the default)", () => {
  const lines = rowTexts(sheetOf(buildPatch(seedInput()), "BC T11-2026")).map((r) => r.text);

  test("says the date its figures are as of, under the period", () => {
    const period = lines.indexOf("(Kỳ báo cáo: từ ngày 15/10/2026 đến ngày 14/11/2026)");
    expect(period).toBeGreaterThan(0);
    expect(lines[period + 1]).toBe("Số liệu tính đến ngày 14/11/2026.");
    // The signing date stays on the place-and-date line.
    expect(lines[2]).toBe("Số:          /BC-SGDĐT | Khánh Hòa, ngày 30 tháng 11 năm 2026");
  });

  test("counts, the task table and the late tasks at 14/11/2026", () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        "Tổng số nhiệm vụ: 8.",
        "Đang thực hiện: 8 (trong hạn: 7; quá hạn: 1).",
        "Sắp đến hạn (trong 45 ngày tới): 0.",
        "1 | Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình. | Sở Giáo dục và Đào tạo | 2023 – 2030 | Đang thực hiện trong hạn\n(hạn 31/12/2030: còn 1508 ngày)",
      ]),
    );
    const section = lines.indexOf("III. NHIỆM VỤ QUÁ HẠN, SẮP ĐẾN HẠN THEO ĐƠN VỊ CHỦ TRÌ");
    expect(lines.slice(section + 1, section + 3)).toEqual([
      "1. Sở Giáo dục và Đào tạo: 1 nhiệm vụ",
      "1 | Sơ kết, Tổng kết Chương trình | Sở Giáo dục và Đào tạo | GĐ1: 2025;\nGĐ2: 2030 | Quá hạn\n(GĐ1, hạn 31/12/2025: quá hạn 318 ngày)",
    ]);
  });

  test("a reporting date before the cut-off is the date of the figures", () => {
    const early = rowTexts(sheetOf(buildPatch(seedInput({ settings: { reportDate: "2026-11-10" } })), "BC T11-2026")).map((r) => r.text);
    expect(early).toContain("Số liệu tính đến ngày 10/11/2026.");
  });

  test("the number line ends with the document code setting, else the issuer's initials", () => {
    const coded = rowTexts(sheetOf(buildPatch(seedInput({ settings: { documentCode: "SGDĐT-KHTC" } })), "BC T11-2026")).map((r) => r.text);
    expect(coded[2]).toBe("Số:          /BC-SGDĐT-KHTC | Khánh Hòa, ngày 30 tháng 11 năm 2026");
    const issuer = { parent: "UBND TỈNH KHÁNH HÒA", body: "SỞ TÀI CHÍNH", place: "Khánh Hòa" };
    const other = rowTexts(sheetOf(buildPatch(seedInput({ settings: { issuer } })), "BC T11-2026")).map((r) => r.text);
    expect(other[2]).toBe("Số:          /BC-STC | Khánh Hòa, ngày 30 tháng 11 năm 2026");
  });

  test("text in bordered cells is indented off the border; centred cells are not", () => {
    const patch = buildPatch(seedInput());
    const sheet = sheetOf(patch, "BC T11-2026");
    const styleOf = (text: string) => patch.styles[sheet.cells.find((c) => c.value === text)?.style ?? ""];
    // Excel and LibreOffice indent only left- (or right-) aligned text.
    expect(styleOf("Sơ kết, Tổng kết Chương trình")?.alignment).toMatchObject({ horizontal: "left", indent: 1, wrap: true });
    expect(styleOf("Khó khăn,\nvướng mắc")?.alignment?.horizontal).toBe("center");
  });
});

describe("monthly report: completion in the period and other settings", () => {
  test("a task completed in the period is mentioned in I and marked in II", () => {
    const plan = seedPlan({ progress: true });
    const first = plan.tasks[0];
    if (!first) throw new Error("seed");
    first.progress = { state: "done", stateText: "Đã hoàn thành", completedOn: "2026-11-03", result: "Đã ban hành kế hoạch." };
    const base = seedInput({ plan });
    const statuses: TaskStatus[] = base.statuses.map((s) => (s.taskId === first.id ? { taskId: s.taskId, code: "done_on_time", due: "2030-12-31" } : s));
    const lines = rowTexts(sheetOf(buildPatch({ ...base, statuses }), "BC T11-2026")).map((r) => r.text);
    expect(lines).toContain("Nhiệm vụ hoàn thành trong kỳ báo cáo: 1.");
    expect(lines).toContain("- Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình. (Sở Giáo dục và Đào tạo; hoàn thành ngày 03/11/2026).");
    expect(lines.some((l) => l.includes("Hoàn thành ngày 03/11/2026. (hoàn thành trong kỳ)\nĐã ban hành kế hoạch."))).toBe(true);
  });

  test("completed after the cut-off is not in this period", () => {
    const plan = seedPlan({ progress: true });
    const first = plan.tasks[0];
    if (!first) throw new Error("seed");
    first.progress = { state: "done", completedOn: "2026-11-15" };
    const lines = rowTexts(sheetOf(buildPatch(seedInput({ plan })), "BC T11-2026")).map((r) => r.text);
    expect(lines).toContain("Trong kỳ báo cáo không có nhiệm vụ nào hoàn thành.");
  });

  test("the issuer and place come from the settings", () => {
    const issuer = { parent: "UBND TỈNH NINH THUẬN", body: "SỞ GIÁO DỤC VÀ ĐÀO TẠO", place: "Ninh Thuận" };
    const lines = rowTexts(sheetOf(buildPatch(seedInput({ settings: { issuer, reportDate: "2026-02-05" } })), "BC T2-2026")).map((r) => r.text);
    expect(lines[0]).toBe("UBND TỈNH NINH THUẬN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    // Day below 10 and month below 3 written with a leading zero (Nghị định 30/2020).
    expect(lines[2]).toBe("Số:          /BC-SGDĐT | Ninh Thuận, ngày 05 tháng 02 năm 2026");
    expect(lines).toContain("(Kỳ báo cáo: từ ngày 15/01/2026 đến ngày 14/02/2026)");
  });

  test("in English", () => {
    const patch = buildPatch(seedInput({ settings: { lang: "en" } }));
    const lines = rowTexts(sheetOf(patch, "Report 2026-11")).map((r) => r.text);
    expect(lines).toContain("REPORT");
    expect(lines).toContain("(Reporting period: 15/10/2026 to 14/11/2026)");
    expect(patch.sheets.map((s) => s.name)).toEqual([PLAN_SHEET, "Summary", "Timeline", "Report 2026-11", "History"]);
  });
});
