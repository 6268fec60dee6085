// The monthly cycle's command-line sentences, in both languages (same keys: the compiler checks it).
interface CycleCatalogue {
  noUnit: (unit: string) => string;
  noForms: string;
  cannotWrite: (path: string) => string;
  cannotUpdate: (file: string, sheet: string) => string;
  formsWritten: (n: number, dir: string, by: string) => string;
  notForm: (f: string) => string;
  extraSheets: (f: string, sheets: string[]) => string;
  emptyForm: (f: string) => string;
  otherPlan: (f: string) => string;
  previewHeading: (n: number) => string;
  problemsHeading: (n: number) => string;
  outIsInput: (path: string) => string;
  collected: (changes: number, forms: number, path: string) => string;
}

const vi: CycleCatalogue = {
  noUnit: (u) => (u ? `Không có đơn vị chủ trì nào khớp "${u}".` : "Kế hoạch không có đơn vị chủ trì nào."),
  noForms: "Thiếu phiếu báo cáo cần tổng hợp. Ví dụ: plan-tracker collect ke-hoach.xlsx phieu-so-tai-chinh.xlsx",
  cannotWrite: (p) => `Không ghi được "${p}" (thư mục không tồn tại, chỉ đọc hoặc tệp đang mở).`,
  cannotUpdate: (f, s) => `Không cập nhật được kế hoạch "${f}"${s ? ` (trang "${s}" đang được bảo vệ)` : ""}.`,
  formsWritten: (n, d, by) => `Đã tạo ${n} phiếu báo cáo trong thư mục "${d}" (hạn gửi lại: ${by}):`,
  notForm: (f) => `"${f}" không phải phiếu báo cáo do plan-tracker tạo; không tổng hợp được. Không ghi gì.`,
  extraSheets: (f, s) => `Phiếu "${f}" có thêm trang ngoài phiếu (${s.join(", ")}); hãy xóa các trang đó rồi gửi lại. Không ghi gì.`,
  emptyForm: (f) => `Phiếu "${f}" chưa điền gì (không có tình trạng, tiến độ, ngày hoàn thành hay kết quả). Không ghi gì.`,
  otherPlan: (f) => `Phiếu "${f}" là phiếu của một kế hoạch khác. Không ghi gì.`,
  previewHeading: (n) => (n === 0 ? "Không có giá trị nào thay đổi." : `Các giá trị sẽ ghi vào kế hoạch (${n}):`),
  problemsHeading: (n) => `Vấn đề cần xem (${n}):`,
  outIsInput: (p) => `Tệp kết quả "${p}" trùng tệp kế hoạch; dùng --in-place nếu muốn ghi đè.`,
  collected: (c, f, p) => `Đã tổng hợp ${f} phiếu, ghi ${c} giá trị vào tệp "${p}".`,
};

const en: CycleCatalogue = {
  noUnit: (u) => (u ? `No lead unit matches "${u}".` : "The plan has no lead unit."),
  noForms: "Give the returned forms to collect. Example: plan-tracker collect plan.xlsx form-so-tai-chinh.xlsx",
  cannotWrite: (p) => `Cannot write "${p}" (missing folder, read-only, or the file is open).`,
  cannotUpdate: (f, s) => `Cannot update the plan "${f}"${s ? ` (sheet "${s}" is protected)` : ""}.`,
  formsWritten: (n, d, by) => `${n} report form(s) written to "${d}" (to be returned by ${by}):`,
  notForm: (f) => `"${f}" is not a report form made by plan-tracker; it cannot be collected. Nothing written.`,
  extraSheets: (f, s) => `Form "${f}" has sheets beyond the form (${s.join(", ")}); remove them and send it again. Nothing written.`,
  emptyForm: (f) => `Form "${f}" is not filled in (no status, progress, completion date or result). Nothing written.`,
  otherPlan: (f) => `Form "${f}" belongs to another plan. Nothing written.`,
  previewHeading: (n) => (n === 0 ? "No value changes." : `Values to write into the plan (${n}):`),
  problemsHeading: (n) => `Problems to look at (${n}):`,
  outIsInput: (p) => `The output "${p}" is the plan itself; use --in-place to overwrite it.`,
  collected: (c, f, p) => `${f} form(s) collected, ${c} value(s) written to "${p}".`,
};

export const cycleMessages = { vi, en } as const;
