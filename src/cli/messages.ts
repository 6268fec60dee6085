// The command line's own sentences, in both languages (same keys: the compiler checks it).
import type { ArgProblem } from "./args";

type Lang = "vi" | "en";

interface CliCatalogue {
  usage: string;
  argProblem: (p: ArgProblem) => string;
  missingFile: string;
  unknownCommand: (c: string) => string;
  fileNotFound: (f: string) => string;
  notAFile: (f: string) => string;
  unreadable: (f: string, why: string) => string;
  notXlsx: (f: string) => string;
  xlsBinary: (f: string) => string;
  encrypted: (f: string) => string;
  corrupt: (f: string) => string;
  notWorkbook: (f: string) => string;
  tooLarge: (f: string, part: string) => string;
  twinSheets: (f: string, a: string, b: string) => string;
  damagedPart: (f: string, part: string) => string;
  unexpected: (f: string, what: string) => string;
  noPlan: (f: string, sheets: string[]) => string;
  sheetNotFound: (f: string, sheet: string, sheets: string[]) => string;
  planFound: (sheet: string, headerRow: number, tasks: number, period: string) => string;
  reportDate: (d: string) => string;
  tableHeader: [string, string, string, string, string, string, string];
  /** The count of lines that follow, and of the cells they name. */
  issuesHeading: (lines: number, cells: number) => string;
  noIssues: string;
  statusCounts: string;
  otherCandidate: (sheet: string, row: number) => string;
  reportWritten: (path: string) => string;
  reportSheets: (created: string[], updated: string[]) => string;
  outIsInput: (path: string) => string;
  outputExists: (path: string) => string;
  workbookLangChanged: (from: string, to: string) => string;
  sheetProtected: (f: string, sheet: string) => string;
  workbookProtected: (f: string) => string;
  unsupportedPart: (f: string, part: string) => string;
  cannotWriteWorkbook: (f: string) => string;
  outputUnwritable: (path: string) => string;
  outputLocked: (path: string) => string;
  outputNoSpace: (path: string) => string;
  outputFailed: (path: string) => string;
}

const vi: CliCatalogue = {
  usage: [
    "Cách dùng: plan-tracker <lệnh> TỆP.xlsx [tùy chọn]",
    "",
    "Lệnh:",
    "  check    Đọc kế hoạch, kiểm tra và phân loại tiến độ các nhiệm vụ",
    "  report   Ghi trạng thái, bảng tổng hợp và báo cáo tháng vào một tệp mới",
    "",
    "Tùy chọn:",
    "  --sheet TÊN            Trang tính chứa kế hoạch (mặc định: tự tìm)",
    "  --date NGÀY            Ngày báo cáo, dạng 30/11/2026 hoặc 2026-11-30 (mặc định: hôm nay)",
    "  --due-soon-days N      Số ngày coi là sắp đến hạn (mặc định: 30)",
    "  --cutoff-day N         Ngày chốt số liệu hằng tháng (mặc định: 14)",
    "  --lang vi|en           Ngôn ngữ của thông báo trên màn hình (mặc định: vi)",
    "  --json                 In kết quả dạng JSON",
    "  --out TỆP.xlsx         (report) Tệp kết quả (mặc định: TÊN.BC-T<tháng>-<năm>.xlsx cạnh tệp kế hoạch)",
    "  --force                (report) Ghi đè tệp kết quả đã có",
    "  --in-place             (report) Ghi đè lên tệp đầu vào",
    "  --workbook-lang vi|en  (report) Đổi ngôn ngữ của các trang và cột do plan-tracker ghi trong sổ (lưu trong sổ)",
    "  --version              In số phiên bản",
    "",
    "Chu trình hằng tháng:",
    "  forms   TỆP.xlsx [--date D] [--out THƯ-MỤC]      Tạo phiếu báo cáo cho từng đơn vị chủ trì",
    "  collect TỆP.xlsx PHIẾU.xlsx… [--date D] [--out TỆP.xlsx | --in-place] [--prefer latest|lead|none]",
    "                                                  Tổng hợp phiếu đơn vị gửi lại vào kế hoạch",
    "  remind  TỆP.xlsx [--unit TÊN]                   Nội dung đôn đốc từng đơn vị",
  ].join("\n"),
  argProblem: (p) => {
    switch (p.kind) {
      case "unknown-option":
        return `Tùy chọn không hợp lệ: ${p.option}. Xem "plan-tracker --help".`;
      case "missing-value":
        return `Thiếu giá trị cho tùy chọn ${p.option}.`;
      case "bad-number":
        return `Giá trị "${p.value}" của ${p.option} không phải là số hợp lệ.`;
      case "bad-date":
        return `Ngày báo cáo "${p.value}" không hợp lệ; hãy viết theo dạng ngày/tháng/năm, ví dụ 30/11/2026 (hoặc 2026-11-30).`;
      case "bad-lang":
        return `Ngôn ngữ "${p.value}" không được hỗ trợ; chọn vi hoặc en.`;
      case "extra-argument":
        return `Thừa tham số: ${p.value}.`;
      case "not-for-command":
        return p.commands.length > 0
          ? `Tùy chọn ${p.option} chỉ dùng với lệnh ${p.commands.join(", ")}, không dùng với ${p.command}.`
          : `Lệnh ${p.command} không dùng tùy chọn ${p.option}.`;
      case "bad-prefer":
        return `Giá trị "${p.value}" của --prefer không hợp lệ; chọn latest, lead hoặc none.`;
    }
  },
  missingFile: "Thiếu tệp Excel cần đọc. Ví dụ: plan-tracker check ke-hoach.xlsx",
  unknownCommand: (c) => `Lệnh không hợp lệ: "${c}". Các lệnh: check, report.`,
  fileNotFound: (f) => `Không tìm thấy tệp "${f}".`,
  notAFile: (f) => `"${f}" không phải là một tệp.`,
  unreadable: (f, why) => `Không đọc được tệp "${f}": ${why}.`,
  notXlsx: (f) => `Tệp "${f}" không phải là tệp Excel .xlsx.`,
  xlsBinary: (f) => `Tệp "${f}" là định dạng Excel cũ (.xls); hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
  encrypted: (f) => `Tệp "${f}" được bảo vệ bằng mật khẩu; hãy bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi thử lại.`,
  corrupt: (f) => `Tệp "${f}" bị hỏng hoặc không đầy đủ; không đọc được.`,
  notWorkbook: (f) => `Tệp "${f}" không phải là sổ làm việc Excel (có thể là tài liệu Word hoặc loại khác).`,
  tooLarge: (f, part) =>
    `Tệp "${f}" có phần "${part}" quá lớn khi giải nén (vượt giới hạn 64 MB mỗi phần, 256 MB cả tệp); không đọc tệp này để tránh treo máy.`,
  damagedPart: (f, part) => `Tệp "${f}" bị hỏng: phần "${part}" không đọc được. Tệp không bị thay đổi.`,
  twinSheets: (f, a, b) =>
    `Tệp "${f}" bị hỏng: hai trang tính "${a}" và "${b}" chỉ khác nhau chữ hoa, chữ thường, điều Excel không cho phép. Hãy đổi tên một trang rồi thử lại.`,
  unexpected: (f, what) => `Không xử lý được tệp "${f}" (${what}). Tệp không bị thay đổi.`,
  noPlan: (f, sheets) =>
    `Không tìm thấy bảng kế hoạch trong tệp "${f}" (đã tìm trong: ${sheets.join(", ") || "không có trang tính"}). Bảng cần có hàng tiêu đề như "TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành".`,
  sheetNotFound: (f, sheet, sheets) =>
    `Tệp "${f}" không có trang tính "${sheet}" chứa bảng kế hoạch. Các trang tính: ${sheets.join(", ")}.`,
  planFound: (sheet, row, tasks, period) =>
    `Kế hoạch: trang "${sheet}", hàng tiêu đề ${row}, ${tasks} nhiệm vụ${period ? `, giai đoạn ${period}` : ""}.`,
  reportDate: (d) => `Ngày báo cáo: ${d}.`,
  tableHeader: ["Hàng", "TT", "Nhiệm vụ", "Chủ trì", "Thời gian", "Hạn", "Trạng thái"],
  issuesHeading: (lines, cells) => `Vấn đề cần xem lại: ${lines} vấn đề, ở ${cells} ô:`,
  noIssues: "Không phát hiện vấn đề nào.",
  statusCounts: "Tổng hợp trạng thái:",
  otherCandidate: (sheet, row) => `Trang "${sheet}" (hàng ${row}) cũng giống bảng kế hoạch nhưng không được chọn.`,
  reportWritten: (path) => `Đã ghi báo cáo vào tệp "${path}".`,
  reportSheets: (created, updated) =>
    [created.length > 0 ? `Trang tính mới: ${created.join(", ")}` : "", updated.length > 0 ? `Trang tính cập nhật: ${updated.join(", ")}` : ""]
      .filter((s) => s !== "")
      .join(". ") + ".",
  outIsInput: (path) =>
    `Tệp kết quả "${path}" trùng với tệp đầu vào; hãy chọn tệp khác bằng --out, hoặc thêm --in-place để ghi đè lên tệp đầu vào.`,
  outputExists: (path) =>
    `Tệp kết quả "${path}" đã có; thêm --force để ghi đè, hoặc chọn tệp khác bằng --out. Không tệp nào bị thay đổi.`,
  workbookLangChanged: (from, to) => `Ngôn ngữ của sổ làm việc đổi từ ${from} sang ${to} (đã lưu trong sổ).`,
  sheetProtected: (f, sheet) =>
    `Trang tính "${sheet}" trong tệp "${f}" đang được bảo vệ; hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại. Tệp không bị thay đổi.`,
  workbookProtected: (f) =>
    `Cấu trúc sổ làm việc "${f}" đang được bảo vệ nên không thêm được trang tính; hãy bỏ bảo vệ (Xem lại > Bảo vệ sổ làm việc) rồi thử lại. Tệp không bị thay đổi.`,
  unsupportedPart: (f, part) => `Không ghi được vào tệp "${f}" vì phần "${part}" có cấu trúc chưa được hỗ trợ. Tệp không bị thay đổi.`,
  cannotWriteWorkbook: (f) => `Không ghi được báo cáo vào tệp "${f}". Tệp không bị thay đổi.`,
  outputUnwritable: (path) => `Không ghi được tệp "${path}": thư mục không tồn tại hoặc không có quyền ghi; hãy chọn thư mục khác bằng --out.`,
  outputLocked: (path) => `Tệp "${path}" đang được mở trong chương trình khác (có thể là Excel); hãy đóng tệp rồi thử lại.`,
  outputNoSpace: (path) => `Ổ đĩa đã đầy, không ghi được tệp "${path}".`,
  outputFailed: (path) => `Không ghi được tệp "${path}".`,
};

const en: CliCatalogue = {
  usage: [
    "Usage: plan-tracker <command> FILE.xlsx [options]",
    "",
    "Commands:",
    "  check    Read the plan, check it and classify every task's progress",
    "  report   Write statuses, the summary and the monthly report into a new file",
    "",
    "Options:",
    "  --sheet NAME           Sheet holding the plan (default: found automatically)",
    "  --date DATE            Reporting date, as 30/11/2026 or 2026-11-30 (default: today)",
    "  --due-soon-days N      Days ahead that count as due soon (default: 30)",
    "  --cutoff-day N         Monthly cut-off day (default: 14)",
    "  --lang vi|en           Language of the messages on screen (default: vi)",
    "  --json                 Print the result as JSON",
    "  --out FILE.xlsx        (report) Output file (default: NAME.BC-T<month>-<year>.xlsx beside the plan)",
    "  --force                (report) Overwrite an existing output file",
    "  --in-place             (report) Overwrite the input file",
    "  --workbook-lang vi|en  (report) Change the language of plan-tracker's sheets and columns in the workbook (kept in it)",
    "  --version              Print the version",
    "",
    "Monthly cycle:",
    "  forms   FILE.xlsx [--date D] [--out DIR]        One report form per lead unit",
    "  collect FILE.xlsx FORM.xlsx… [--date D] [--out OUT.xlsx | --in-place] [--prefer latest|lead|none]",
    "                                                  Collect the returned forms into the plan",
    "  remind  FILE.xlsx [--unit NAME]                 Reminder text for each unit",
  ].join("\n"),
  argProblem: (p) => {
    switch (p.kind) {
      case "unknown-option":
        return `Unknown option: ${p.option}. See "plan-tracker --help".`;
      case "missing-value":
        return `Option ${p.option} needs a value.`;
      case "bad-number":
        return `"${p.value}" is not a valid number for ${p.option}.`;
      case "bad-date":
        return `Reporting date "${p.value}" is not valid; write it as day/month/year, e.g. 30/11/2026 (or 2026-11-30).`;
      case "bad-lang":
        return `Language "${p.value}" is not supported; choose vi or en.`;
      case "extra-argument":
        return `Unexpected argument: ${p.value}.`;
      case "not-for-command":
        return p.commands.length > 0
          ? `Option ${p.option} only applies to the ${p.commands.join(", ")} ${p.commands.length === 1 ? "command" : "commands"}, not to ${p.command}.`
          : `The ${p.command} command takes no ${p.option} option.`;
      case "bad-prefer":
        return `"${p.value}" is not a valid --prefer; choose latest, lead or none.`;
    }
  },
  missingFile: "Give the Excel file to read. Example: plan-tracker check plan.xlsx",
  unknownCommand: (c) => `Unknown command "${c}". Commands: check, report.`,
  fileNotFound: (f) => `File "${f}" not found.`,
  notAFile: (f) => `"${f}" is not a file.`,
  unreadable: (f, why) => `Cannot read "${f}": ${why}.`,
  notXlsx: (f) => `"${f}" is not an Excel .xlsx file.`,
  xlsBinary: (f) => `"${f}" is an old Excel .xls file; open it in Excel and save it as .xlsx.`,
  encrypted: (f) => `"${f}" is password-protected; remove the password (File > Info > Protect Workbook) and try again.`,
  corrupt: (f) => `"${f}" is damaged or incomplete and cannot be read.`,
  notWorkbook: (f) => `"${f}" is not an Excel workbook (it may be a Word document or another kind of file).`,
  tooLarge: (f, part) =>
    `"${f}" has a part "${part}" that is too large once unzipped (over 64 MB per part or 256 MB in all); it is not read, to keep the computer responsive.`,
  damagedPart: (f, part) => `"${f}" is damaged: its part "${part}" cannot be read. The file was not changed.`,
  twinSheets: (f, a, b) =>
    `"${f}" is damaged: its sheets "${a}" and "${b}" differ only in case, which Excel does not allow. Rename one of them and try again.`,
  unexpected: (f, what) => `"${f}" could not be processed (${what}). The file was not changed.`,
  noPlan: (f, sheets) =>
    `No plan table found in "${f}" (searched: ${sheets.join(", ") || "no sheets"}). The table needs a header row such as "TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành".`,
  sheetNotFound: (f, sheet, sheets) => `"${f}" has no sheet "${sheet}" holding a plan table. Sheets: ${sheets.join(", ")}.`,
  planFound: (sheet, row, tasks, period) =>
    `Plan: sheet "${sheet}", header row ${row}, ${tasks} ${tasks === 1 ? "task" : "tasks"}${period ? `, programme ${period}` : ""}.`,
  reportDate: (d) => `Reporting date: ${d}.`,
  tableHeader: ["Row", "No.", "Task", "Lead", "Time", "Due", "Status"],
  issuesHeading: (lines, cells) =>
    `Issues to review: ${lines} ${lines === 1 ? "issue" : "issues"} in ${cells} ${cells === 1 ? "cell" : "cells"}:`,
  noIssues: "No issues found.",
  statusCounts: "Status counts:",
  otherCandidate: (sheet, row) => `Sheet "${sheet}" (row ${row}) also looks like a plan table but was not chosen.`,
  reportWritten: (path) => `Report written to "${path}".`,
  reportSheets: (created, updated) =>
    [created.length > 0 ? `New sheets: ${created.join(", ")}` : "", updated.length > 0 ? `Updated sheets: ${updated.join(", ")}` : ""]
      .filter((s) => s !== "")
      .join(". ") + ".",
  outIsInput: (path) => `The output "${path}" is the input file; choose another file with --out, or add --in-place to overwrite the input.`,
  outputExists: (path) => `The output "${path}" already exists; add --force to overwrite it, or choose another file with --out. No file was changed.`,
  workbookLangChanged: (from, to) => `The workbook's language changed from ${from} to ${to} (kept in the workbook).`,
  sheetProtected: (f, sheet) =>
    `Sheet "${sheet}" in "${f}" is protected; unprotect it (Review > Unprotect Sheet) and try again. The file was not changed.`,
  workbookProtected: (f) =>
    `The structure of "${f}" is protected, so no sheet can be added; unprotect it (Review > Protect Workbook) and try again. The file was not changed.`,
  unsupportedPart: (f, part) => `Cannot write into "${f}": its part "${part}" has a structure that is not supported. The file was not changed.`,
  cannotWriteWorkbook: (f) => `Cannot write the report into "${f}". The file was not changed.`,
  outputUnwritable: (path) => `Cannot write "${path}": the folder does not exist or is not writable; choose another folder with --out.`,
  outputLocked: (path) => `"${path}" is open in another program (perhaps Excel); close it and try again.`,
  outputNoSpace: (path) => `The disk is full; "${path}" could not be written.`,
  outputFailed: (path) => `"${path}" could not be written.`,
};

export const cliMessages: Record<Lang, CliCatalogue> = { vi, en };
