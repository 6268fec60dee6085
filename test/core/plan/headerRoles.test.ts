import { headerRole } from "../../../src/core/plan/headerRoles";
import type { ColumnRole } from "../../../src/core/model/Plan";

describe("headerRole", () => {
  const cases: [string, ColumnRole | null][] = [
    ["TT", "number"],
    ["STT", "number"],
    ["Số TT", "number"],
    ["Số thứ tự", "number"],
    ["Nhiệm vụ", "title"],
    ["NHIỆM VỤ", "title"],
    ["Nội dung nhiệm vụ", "title"],
    ["Nhiệm vụ, giải pháp", "title"],
    ["Nội dung", "title"],
    ["Nhiem vu", "title"],
    ["Đơn vị chủ trì", "lead"],
    ["Cơ quan chủ trì", "lead"],
    ["Chủ trì", "lead"],
    ["Đơn vị\nchủ trì", "lead"],
    ["Đơn vị chủ trì (1)", "lead"],
    ["DON VI CHU TRI", "lead"],
    ["Đơn vị thực hiện", "lead"],
    ["Đơn vị phối hợp", "coordinating"],
    ["Cơ quan phối hợp", "coordinating"],
    ["Phối hợp", "coordinating"],
    ["Thời gian hoàn thành", "timeframe"],
    ["Thời hạn", "timeframe"],
    ["Thời gian thực hiện", "timeframe"],
    ["Thời gian", "timeframe"],
    ["Thời gian hoàn thành (dự kiến)", "timeframe"],
    ["Tiến độ thực hiện", "timeframe"],
    ["Sản phẩm dự kiến", "products"],
    ["Sản phẩm", "products"],
    ["Kết quả, sản phẩm", "products"],
    ["Ghi chú", "notes"],
    ["Tình trạng", "progressStatus"],
    ["Trạng thái", "progressStatus"],
    ["Tình hình thực hiện", "progressStatus"],
    ["Tiến độ (%)", "progressPercent"],
    ["% hoàn thành", "progressPercent"],
    ["Tỷ lệ hoàn thành", "progressPercent"],
    ["Tỷ lệ (%)", "progressPercent"],
    ["Ngày hoàn thành", "completedOn"],
    ["Thời gian hoàn thành thực tế", "completedOn"],
    ["Kết quả thực hiện", "result"],
    ["Kết quả", "result"],
    // negatives: data, titles, unrelated labels
    ["", null],
    ["Hoàn thành", null],
    ["Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính)", null],
    ["Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình.", null],
    ["Nhiệm vụ trọng tâm của ngành giáo dục tỉnh Ninh Thuận năm 2026", null],
    ["PHỤ LỤC", null],
    ["2023 – 2030", null],
    ["(1)", null],
  ];
  test.each(cases)("%j → %s", (text, role) => {
    expect(headerRole(text)?.role ?? null).toBe(role);
  });

  test("NFD text maps like NFC", () => {
    for (const text of ["Đơn vị chủ trì", "Thời gian hoàn thành", "Sản phẩm dự kiến", "Nhiệm vụ"]) {
      const nfd = text.normalize("NFD");
      expect(nfd).not.toBe(text);
      expect(headerRole(nfd)).toEqual(headerRole(text));
    }
  });

  test("'Tiến độ' is a weak timeframe, 'Thời gian hoàn thành' a strong one", () => {
    expect(headerRole("Tiến độ")).toEqual({ role: "timeframe", weak: true });
    expect(headerRole("Thời gian hoàn thành")).toEqual({ role: "timeframe", weak: false });
  });
});
