// The report's own words (sheet names, headings, report sentences), in Vietnamese and English. Both catalogues
// have the type ReportText, so a label missing in one language is a compile error. Status words and issue messages
// come from src/core/i18n (statusLabel, renderIssue), shared with the task pane.
import { parseIso, type IsoDate } from "../date/calendar";
import type { Lang } from "../i18n/Catalogue";

export type { Lang };

export interface ReportText {
  owned: { status: string; due: string; daysLeft: string; legend: string };
  sheets: { summary: string; timeline: string; report: (month: number, year: number) => string };
  common: {
    tt: string;
    task: string;
    lead: string;
    coordinating: string;
    timeframe: string;
    status: string;
    due: string;
    none: string;
    noLead: string;
    /** "Sở Kế hoạch và Đầu tư → Sở Tài chính (từ 01/03/2025)". */
    successor: (unit: string, successors: string, from: string) => string;
    reportDate: (date: string) => string;
    /** "quá hạn 30 ngày" / "còn 31 ngày" / "đến hạn hôm nay". */
    days: (daysLeft: number) => string;
    percent: (share: number) => string;
    /** "hạn 31/12/2025". */
    dueOn: (date: string) => string;
  };
  summary: {
    title: string;
    countsHeading: string;
    category: string;
    count: string;
    share: string;
    doneTotal: string;
    doneOnTime: string;
    doneLate: string;
    doneUndated: string;
    inProgressTotal: string;
    inProgressOnTime: string;
    inProgressOverdue: string;
    dueSoon: string;
    notYetDue: string;
    ongoing: string;
    paused: string;
    unknown: string;
    total: string;
    completedShare: string;
    unitsHeading: string;
    unit: string;
    led: string;
    done: string;
    inProgress: string;
    overdue: string;
    other: string;
    coordinating: string;
    doneShare: string;
    /** Units that coordinate tasks but lead none: their own table under the lead units'. */
    coordinatingOnlyHeading: string;
    coordinatingTasks: string;
    /** Where to find the print view of the plan without plan-tracker's columns (the name PRINT_VIEW_NAME). */
    printHint: (name: string, sheet: string) => string;
    chartTitle: string;
    overdueHeading: string;
    dueSoonHeading: (days: number) => string;
    daysOverdue: string;
    daysLeft: string;
  };
  timeline: {
    title: string;
    quarter: (quarter: number) => string;
    nowMark: (date: string) => string;
    milestoneKey: string;
    occurrenceKey: string;
    nowKey: string;
  };
  report: {
    nation: string;
    motto: string;
    /** The number line, left blank for the office to fill: "Số:          /BC-SGDĐT". */
    number: (code: string) => string;
    /** The date the figures are judged at: "Số liệu tính đến ngày 14/11/2026." */
    figuresAsOf: (date: string) => string;
    placeDate: (place: string, date: IsoDate) => string;
    title: string;
    subject: (plan: string, month: number, year: number) => string;
    period: (start: string, end: string) => string;
    sectionOverview: string;
    sectionTasks: string;
    sectionLate: string;
    sectionIssues: string;
    total: (n: number) => string;
    done: (n: number, onTime: number, late: number, undated: number) => string;
    inProgress: (n: number, onTime: number, overdue: number) => string;
    dueSoon: (n: number, days: number) => string;
    others: (notYetDue: number, ongoing: number, paused: number, unknown: number) => string;
    share: (share: string) => string;
    completedInPeriod: (n: number) => string;
    completedItem: (title: string, lead: string, date: string) => string;
    noneCompleted: string;
    result: string;
    difficulties: string;
    reached: (percent: number) => string;
    completedOn: (date: string) => string;
    inPeriodMark: string;
    groupHeading: (index: number, unit: string, n: number) => string;
    noLate: string;
    issueText: string;
    noIssues: string;
    recipients: string;
    recipientList: string[];
    signer: string;
    /** The subject when the plan's title was not found. */
    planFallback: string;
  };
}

/** Decree 30/2020 writes day < 10 and month < 3 with a leading zero: "ngày 05 tháng 02 năm 2026". */
function vietnameseDate(date: IsoDate): string {
  const p = parseIso(date);
  if (!p) return date;
  const day = p.day < 10 ? `0${p.day}` : String(p.day);
  const month = p.month < 3 ? `0${p.month}` : String(p.month);
  return `ngày ${day} tháng ${month} năm ${p.year}`;
}

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function englishDate(date: IsoDate): string {
  const p = parseIso(date);
  return p ? `${p.day} ${EN_MONTHS[p.month - 1] ?? ""} ${p.year}` : date;
}

/** One decimal at most, with the language's decimal mark: 12,5% / 12.5%. */
function percentText(share: number, mark: "," | "."): string {
  const rounded = Math.round(share * 1000) / 10;
  return `${String(rounded).replace(".", mark)}%`;
}

const VI: ReportText = {
  owned: { status: "Trạng thái", due: "Hạn", daysLeft: "Còn lại (ngày)", legend: "Chú giải" },
  sheets: { summary: "Tổng hợp", timeline: "Lộ trình", report: (m, y) => `BC T${m}-${y}` },
  common: {
    tt: "TT",
    task: "Nhiệm vụ",
    lead: "Đơn vị chủ trì",
    coordinating: "Đơn vị phối hợp",
    timeframe: "Thời gian hoàn thành",
    status: "Tình trạng",
    due: "Hạn",
    none: "Không có.",
    noLead: "(Chưa xác định đơn vị chủ trì)",
    successor: (unit, successors, from) => `${unit} → ${successors} (từ ${from})`,
    reportDate: (d) => `Ngày báo cáo: ${d}`,
    days: (n) => (n < 0 ? `quá hạn ${-n} ngày` : n === 0 ? "đến hạn hôm nay" : `còn ${n} ngày`),
    percent: (s) => percentText(s, ","),
    dueOn: (d) => `hạn ${d}`,
  },
  summary: {
    title: "TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH",
    countsHeading: "1. Số lượng nhiệm vụ theo tình trạng",
    category: "Tình trạng",
    count: "Số nhiệm vụ",
    share: "Tỷ lệ",
    doneTotal: "Đã hoàn thành",
    doneOnTime: "- Đúng hạn",
    doneLate: "- Quá hạn",
    doneUndated: "- Chưa rõ ngày hoàn thành",
    inProgressTotal: "Đang thực hiện",
    inProgressOnTime: "- Trong hạn",
    inProgressOverdue: "- Quá hạn",
    dueSoon: "Sắp đến hạn",
    notYetDue: "Chưa đến kỳ",
    ongoing: "Thường xuyên",
    paused: "Tạm dừng",
    unknown: "Chưa xác định",
    total: "Tổng số",
    completedShare: "Tỷ lệ hoàn thành",
    unitsHeading: "2. Theo đơn vị chủ trì",
    unit: "Đơn vị",
    led: "Chủ trì",
    done: "Đã hoàn thành",
    inProgress: "Đang thực hiện",
    overdue: "Quá hạn",
    other: "Khác",
    coordinating: "Phối hợp",
    doneShare: "Tỷ lệ hoàn thành",
    coordinatingOnlyHeading: "Đơn vị chỉ phối hợp (không chủ trì nhiệm vụ nào)",
    coordinatingTasks: "Số nhiệm vụ phối hợp",
    printHint: (name, sheet) =>
      `In bảng kế hoạch không kèm các cột thêm vào: chọn tên “${name}” trong hộp Tên (Name Box) để chọn bảng trên trang “${sheet}”, rồi In > In vùng chọn (hoặc Bố trí trang > Vùng in > Đặt vùng in).`,
    chartTitle: "Tình trạng nhiệm vụ theo đơn vị chủ trì",
    overdueHeading: "3. Nhiệm vụ quá hạn",
    dueSoonHeading: (d) => `4. Nhiệm vụ sắp đến hạn (trong ${d} ngày tới)`,
    daysOverdue: "Số ngày quá hạn",
    daysLeft: "Còn lại (ngày)",
  },
  timeline: {
    title: "LỘ TRÌNH THỰC HIỆN KẾ HOẠCH",
    quarter: (q) => ["I", "II", "III", "IV"][q - 1] ?? String(q),
    nowMark: (d) => `▼ Kỳ báo cáo (${d})`,
    milestoneKey: "◆ Mốc (sơ kết, tổng kết, hạn hoàn thành)",
    occurrenceKey: "● Kỳ thực hiện định kỳ",
    nowKey: "▼ Thời điểm báo cáo",
  },
  report: {
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    number: (code) => `Số:          /BC-${code}`,
    figuresAsOf: (d) => `Số liệu tính đến ngày ${d}.`,
    placeDate: (place, date) => `${place}, ${vietnameseDate(date)}`,
    title: "BÁO CÁO",
    subject: (plan, m, y) => `Tiến độ thực hiện ${plan} tháng ${m} năm ${y}`,
    period: (s, e) => `(Kỳ báo cáo: từ ngày ${s} đến ngày ${e})`,
    sectionOverview: "I. TÌNH HÌNH CHUNG",
    sectionTasks: "II. TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ",
    sectionLate: "III. NHIỆM VỤ QUÁ HẠN, SẮP ĐẾN HẠN THEO ĐƠN VỊ CHỦ TRÌ",
    sectionIssues: "IV. NỘI DUNG KẾ HOẠCH CẦN RÀ SOÁT, CHỈNH SỬA",
    total: (n) => `Tổng số nhiệm vụ: ${n}.`,
    done: (n, a, b, c) => `Đã hoàn thành: ${n} (đúng hạn: ${a}; quá hạn: ${b}; chưa rõ ngày hoàn thành: ${c}).`,
    inProgress: (n, a, b) => `Đang thực hiện: ${n} (trong hạn: ${a}; quá hạn: ${b}).`,
    dueSoon: (n, d) => `Sắp đến hạn (trong ${d} ngày tới): ${n}.`,
    others: (a, b, c, d) => `Chưa đến kỳ: ${a}; thường xuyên: ${b}; tạm dừng: ${c}; chưa xác định: ${d}.`,
    share: (s) => `Tỷ lệ hoàn thành: ${s}.`,
    completedInPeriod: (n) => `Nhiệm vụ hoàn thành trong kỳ báo cáo: ${n}.`,
    completedItem: (t, l, d) => `- ${t} (${l}; hoàn thành ngày ${d}).`,
    noneCompleted: "Trong kỳ báo cáo không có nhiệm vụ nào hoàn thành.",
    result: "Kết quả thực hiện",
    difficulties: "Khó khăn, vướng mắc",
    reached: (p) => `Đạt ${p}%.`,
    completedOn: (d) => `Hoàn thành ngày ${d}.`,
    inPeriodMark: "(hoàn thành trong kỳ)",
    groupHeading: (i, u, n) => `${i}. ${u}: ${n} nhiệm vụ`,
    noLate: "Không có nhiệm vụ quá hạn hoặc sắp đến hạn.",
    issueText: "Nội dung cần chỉnh sửa",
    noIssues: "Không phát hiện nội dung cần chỉnh sửa.",
    recipients: "Nơi nhận:",
    recipientList: ["- UBND tỉnh (để báo cáo);", "- Các đơn vị liên quan;", "- Lưu: VT."],
    signer: "GIÁM ĐỐC",
    planFallback: "kế hoạch",
  },
};

const EN: ReportText = {
  owned: { status: "Status", due: "Due", daysLeft: "Days left", legend: "Legend" },
  sheets: { summary: "Summary", timeline: "Timeline", report: (m, y) => `Report ${y}-${String(m).padStart(2, "0")}` },
  common: {
    tt: "No.",
    task: "Task",
    lead: "Lead unit",
    coordinating: "Coordinating units",
    timeframe: "Timeframe",
    status: "Status",
    due: "Due",
    none: "None.",
    noLead: "(No lead unit)",
    successor: (unit, successors, from) => `${unit} → ${successors} (from ${from})`,
    reportDate: (d) => `Reporting date: ${d}`,
    days: (n) => (n < 0 ? `${-n} days overdue` : n === 0 ? "due today" : `${n} days left`),
    percent: (s) => percentText(s, "."),
    dueOn: (d) => `due ${d}`,
  },
  summary: {
    title: "PLAN PROGRESS SUMMARY",
    countsHeading: "1. Tasks by status",
    category: "Status",
    count: "Tasks",
    share: "Share",
    doneTotal: "Done",
    doneOnTime: "- On time",
    doneLate: "- Late",
    doneUndated: "- Completion date unknown",
    inProgressTotal: "In progress",
    inProgressOnTime: "- Within deadline",
    inProgressOverdue: "- Overdue",
    dueSoon: "Due soon",
    notYetDue: "Not yet due",
    ongoing: "Ongoing",
    paused: "Paused",
    unknown: "Unknown",
    total: "Total",
    completedShare: "Share completed",
    unitsHeading: "2. By lead unit",
    unit: "Unit",
    led: "Led",
    done: "Done",
    inProgress: "In progress",
    overdue: "Overdue",
    other: "Other",
    coordinating: "Coordinating",
    doneShare: "Share done",
    coordinatingOnlyHeading: "Units that only coordinate (leading no task)",
    coordinatingTasks: "Tasks coordinated",
    printHint: (name, sheet) =>
      `To print the plan table without the added columns: pick “${name}” in the Name Box to select the table on sheet “${sheet}”, then Print > Print Selection (or Page Layout > Print Area > Set Print Area).`,
    chartTitle: "Task status by lead unit",
    overdueHeading: "3. Overdue tasks",
    dueSoonHeading: (d) => `4. Tasks due soon (within ${d} days)`,
    daysOverdue: "Days overdue",
    daysLeft: "Days left",
  },
  timeline: {
    title: "PLAN TIMELINE",
    quarter: (q) => `Q${q}`,
    nowMark: (d) => `▼ Reporting date (${d})`,
    milestoneKey: "◆ Milestone (review, deadline)",
    occurrenceKey: "● Recurring occurrence",
    nowKey: "▼ Reporting date",
  },
  report: {
    nation: "SOCIALIST REPUBLIC OF VIETNAM",
    motto: "Independence - Freedom - Happiness",
    number: (code) => `No.:          /BC-${code}`,
    figuresAsOf: (d) => `Figures as of ${d}.`,
    placeDate: (place, date) => `${place}, ${englishDate(date)}`,
    title: "REPORT",
    subject: (plan, m, y) => `Progress of ${plan}, ${EN_MONTHS[m - 1] ?? m} ${y}`,
    period: (s, e) => `(Reporting period: ${s} to ${e})`,
    sectionOverview: "I. OVERVIEW",
    sectionTasks: "II. PROGRESS OF THE TASKS",
    sectionLate: "III. OVERDUE AND DUE-SOON TASKS BY LEAD UNIT",
    sectionIssues: "IV. PLAN ENTRIES TO REVIEW AND CORRECT",
    total: (n) => `Total tasks: ${n}.`,
    done: (n, a, b, c) => `Done: ${n} (on time: ${a}; late: ${b}; completion date unknown: ${c}).`,
    inProgress: (n, a, b) => `In progress: ${n} (within deadline: ${a}; overdue: ${b}).`,
    dueSoon: (n, d) => `Due soon (within ${d} days): ${n}.`,
    others: (a, b, c, d) => `Not yet due: ${a}; ongoing: ${b}; paused: ${c}; unknown: ${d}.`,
    share: (s) => `Share completed: ${s}.`,
    completedInPeriod: (n) => `Tasks completed in the reporting period: ${n}.`,
    completedItem: (t, l, d) => `- ${t} (${l}; completed on ${d}).`,
    noneCompleted: "No task was completed in the reporting period.",
    result: "Result",
    difficulties: "Difficulties",
    reached: (p) => `${p}% done.`,
    completedOn: (d) => `Completed on ${d}.`,
    inPeriodMark: "(completed in this period)",
    groupHeading: (i, u, n) => `${i}. ${u}: ${n} task${n === 1 ? "" : "s"}`,
    noLate: "No task is overdue or due soon.",
    issueText: "What to correct",
    noIssues: "No plan entry needs correcting.",
    recipients: "Recipients:",
    recipientList: ["- Provincial People's Committee (for reporting);", "- Units concerned;", "- Archive."],
    signer: "DIRECTOR",
    planFallback: "the plan",
  },
};

const TEXT: Record<Lang, ReportText> = { vi: VI, en: EN };

export function reportText(lang: Lang): ReportText {
  return TEXT[lang] ?? VI;
}
