// Vietnamese messages (the default language). Literal NFC text; dates as dd/mm/yyyy.
// Status labels are the words of government progress reports (QĐ 42/2014/QĐ-TTg and the tracking software
// provinces use): "Hoàn thành đúng hạn", "Quá hạn", "Sắp đến hạn" …
import { formatVnDate } from "../date/calendar";
import type { IssueOf } from "../model/Issue";
import type { Catalogue, IssueCatalogue } from "./Catalogue";
import { viPane } from "./viPane";

/** UI strings: this object defines the keys every language must have. Placeholders are written {name}. */
export const viUi = {
  // The pane's words first, so a pane key can never shadow one of these.
  ...viPane,
  "app.title": "Theo dõi Kế hoạch",
  "issue.at.cell": "Ô {cell} (trang {sheet})",
  "issue.at.cells": "Ô {cells} (trang {sheet})",
  "issue.cells.moreOne": "và 1 ô khác",
  "issue.cells.more": "và {count} ô khác",
  "issue.at.row": "Dòng {row} (trang {sheet})",
  "issue.at.sheet": "Trang {sheet}",
  "issues.none": "Không phát hiện vấn đề nào.",
  "issues.count": "Phát hiện {count} vấn đề.",
  "report.date": "Ngày báo cáo: {date}",
  "status.column": "Tình trạng",
  "status.daysLeft": "còn {days} ngày",
  "status.daysOverdue": "quá hạn {days} ngày",
  "lang.vi": "Tiếng Việt",
  "lang.en": "Tiếng Anh",
} as const;

const quote = (text: string): string => `“${text}”`;

const UNPARSED_REASONS: Record<string, string> = {
  empty: "ô để trống",
  "no-date": "không thấy năm hay ngày tháng nào",
  "invalid-date": "ngày tháng không có thật",
  ambiguous: "có thể hiểu theo nhiều cách",
  "free-text": "là lời văn, không phải thời hạn",
};

const ENCODINGS: Record<IssueOf<"legacy-encoding">["encoding"], string> = {
  TCVN3: "TCVN3 (phông .VnTime)",
  VNI: "VNI (phông VNI-Times)",
};

const PROGRESS_FIELDS: Record<IssueOf<"progress-unreadable">["what"], string> = {
  status: "tình trạng thực hiện",
  percent: "tỷ lệ hoàn thành",
  date: "ngày hoàn thành",
};

const PROGRESS_HINTS: Record<IssueOf<"progress-unreadable">["what"], string> = {
  status: "ghi một trong: Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Tạm dừng",
  percent: "ghi một số từ 0 đến 100",
  date: "ghi ngày/tháng/năm, ví dụ 30/6/2026",
};

export const viIssues = {
  "no-plan-table": (i) =>
    `Không tìm thấy bảng kế hoạch (có các cột TT, Nhiệm vụ, Đơn vị chủ trì, Thời gian hoàn thành)` +
    (i.sheetsSearched.length > 0
      ? ` trong các trang: ${i.sheetsSearched.map(quote).join(", ")}.`
      : " trong sổ tính."),
  "other-plan-candidate": (i) =>
    `Ở đây cũng có một bảng giống bảng kế hoạch (hàng tiêu đề ở dòng ${i.headerRow}) nhưng không được dùng. ` +
    "Nếu đây mới là bảng cần theo dõi, hãy chọn trang này trong phần Cài đặt.",
  "cell-error": (i) =>
    `Ô đang báo lỗi ${i.errorText} nên không đọc được giá trị. Hãy sửa công thức hoặc nhập lại.`,
  "legacy-encoding": (i) =>
    `Chữ trong ô được gõ bằng bảng mã cũ ${ENCODINGS[i.encoding]} nên hiển thị sai dấu (${quote(i.sample)}). ` +
    "Hãy chuyển mã sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi kiểm tra lại.",
  "numbering-missing": () => "Nhiệm vụ chưa có số thứ tự (cột TT để trống).",
  "numbering-duplicate": (i) => `Số thứ tự ${quote(i.number)} bị trùng với nhiệm vụ ở dòng ${i.firstRow}.`,
  "numbering-gap": (i) =>
    `Số thứ tự không liên tục: ghi ${quote(i.found)} trong khi số tiếp theo lẽ ra là ${quote(i.expected)}.`,
  "title-missing": () => "Nhiệm vụ chưa có nội dung (cột Nhiệm vụ để trống).",
  "lead-missing": () => "Nhiệm vụ chưa có đơn vị chủ trì.",
  "timeframe-missing": () => "Nhiệm vụ chưa có thời gian hoàn thành nên không xác định được tiến độ.",
  "timeframe-unparsed": (i) =>
    `Không đọc được thời gian hoàn thành ${quote(i.text)} (${UNPARSED_REASONS[i.reason] ?? i.reason}). ` +
    "Hãy ghi theo dạng “Quý I/2026”, “Tháng 6/2026”, “30/6/2026” hoặc “2023 – 2030”.",
  "timeframe-outside-program": (i) =>
    `Thời gian ${quote(i.text)} nằm ngoài giai đoạn của chương trình (${i.programStart} – ${i.programEnd}).`,
  "unit-unknown": (i) =>
    `Đơn vị ${quote(i.unit)} không có trong danh mục đơn vị. ` +
    "Hãy kiểm tra lại tên, hoặc bổ sung đơn vị vào trang “Đơn vị”.",
  "unit-variant": (i) => `Tên đơn vị ${quote(i.unit)} khác với tên chính thức ${quote(i.canonical)}.`,
  "unit-reorganised": (i) =>
    `Từ ngày ${formatVnDate(i.effective)}, đơn vị ${quote(i.unit)} không còn do sắp xếp tổ chức bộ máy; ` +
    (i.successors.length > 0
      ? `đơn vị tiếp nhận: ${i.successors.join("; ")}.`
      : "chưa xác định đơn vị tiếp nhận."),
  "progress-unreadable": (i) =>
    `Không đọc được ${PROGRESS_FIELDS[i.what]} ${quote(i.text)} (${PROGRESS_HINTS[i.what]}).`,
  "progress-inconsistent": (i) =>
    `Tình trạng ${quote(i.stateText)} không khớp với tỷ lệ hoàn thành ${i.percent}%.`,
  "directory-row-invalid": (i) => `Không đọc được dòng này của danh mục đơn vị: ${quote(i.text)}.`,
  "task-key-duplicate": (i) =>
    `Mã nhiệm vụ ${quote(i.key)} bị trùng với nhiệm vụ ở dòng ${i.firstRow} (có thể do sao chép dòng); ` +
    `nhiệm vụ này được cấp mã mới ${quote(i.newKey)}.`,
  "task-key-missing": (i) => `Nhiệm vụ chưa có mã (mới thêm hoặc ô mã bị xóa); đã cấp mã ${quote(i.newKey)}.`,
  "task-key-invalid": (i) => `Ô mã nhiệm vụ ghi ${quote(i.text)}, không phải dạng NV-001; đã cấp mã mới ${quote(i.newKey)}.`,
  "cell-text-too-long": (i) =>
    `Ô có ${i.length} ký tự, quá giới hạn 32.767 ký tự của Excel; trên các trang báo cáo nội dung được cắt bớt, kết thúc bằng “…”. ` +
    "Hãy rút gọn nội dung ô.",
  "cell-beyond-grid": (i) =>
    `Tệp đặt ô ở ngoài hàng hoặc cột cuối cùng của Excel (${i.refs.join(", ")}); các ô này không được đọc. ` +
    "Tệp có thể bị hỏng: hãy mở bằng Excel, lưu lại rồi kiểm tra.",
} satisfies IssueCatalogue;

export const vi = {
  issues: viIssues,
  statuses: {
    done_on_time: "Hoàn thành đúng hạn",
    done_late: "Hoàn thành quá hạn",
    done: "Đã hoàn thành",
    in_progress: "Đang thực hiện trong hạn",
    due_soon: "Sắp đến hạn",
    overdue: "Quá hạn",
    not_started_yet: "Chưa đến kỳ",
    ongoing: "Thường xuyên",
    paused: "Tạm dừng",
    unknown: "Chưa xác định thời hạn",
  },
  severities: {
    error: "Lỗi",
    warning: "Cảnh báo",
    info: "Lưu ý",
  },
  ui: viUi,
} satisfies Catalogue;
