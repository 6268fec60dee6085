// The words of the period sections of the monthly report and of the trend in "Tổng hợp", in both languages.
type Lang = "vi" | "en";

interface PeriodText {
  tt: string;
  none: string;
  resultsHeading: (previous: string | null) => string;
  completedCount: (n: number, previous: number | null, total: number) => string;
  completedItem: (task: string, late: boolean, date: string, lead: string) => string;
  overdueCount: (n: number) => string;
  overdueItem: (task: string, due: string, lead: string) => string;
  movedCount: (n: number) => string;
  movedItem: (task: string, from: number, to: number) => string;
  nextHeading: (month: number, year: number, start: string, end: string) => string;
  nextItem: (task: string, due: string) => string;
  silentHeading: string;
  silentItem: (unit: string, n: number) => string;
  trendHeading: string;
  trendPeriod: string;
  trendChart: string;
  trendSeries: { done: string; inProgress: string; overdue: string; other: string };
}

export const PERIOD_TEXT: Record<Lang, PeriodText> = {
  vi: {
    tt: "TT",
    none: "- Không có.",
    resultsHeading: (p) => (p ? `KẾT QUẢ TRONG KỲ (so với kỳ ${p})` : "KẾT QUẢ TRONG KỲ"),
    completedCount: (n, p, total) =>
      `- Số nhiệm vụ hoàn thành trong kỳ: ${n}; lũy kế đã hoàn thành: ${total}` + (p === null ? "." : ` (kỳ trước: ${p}).`),
    completedItem: (t, late, d, l) => `+ ${t}: hoàn thành ${late ? "quá hạn" : "đúng hạn"}${d ? ` ngày ${d}` : ""} (${l}).`,
    overdueCount: (n) => `- Số nhiệm vụ chuyển sang quá hạn trong kỳ: ${n}.`,
    overdueItem: (t, d, l) => `+ ${t}: quá hạn từ ${d} (${l}).`,
    movedCount: (n) => `- Số nhiệm vụ thay đổi tiến độ: ${n}.`,
    movedItem: (t, f, to) => `+ ${t}: ${f}% → ${to}%${to < f ? " (GIẢM so với kỳ trước, cần xem lại)" : ""}.`,
    nextHeading: (m, y, s, e) => `NHIỆM VỤ TRỌNG TÂM THÁNG TỚI (tháng ${m}/${y}, từ ${s} đến ${e})`,
    nextItem: (t, d) => `+ ${t} (hạn ${d}).`,
    silentHeading: "ĐƠN VỊ CHƯA BÁO CÁO",
    silentItem: (u, n) => `- ${u}: chưa gửi phiếu báo cáo (${n} nhiệm vụ chủ trì đang thực hiện hoặc đến hạn).`,
    trendHeading: "5. Diễn biến qua các kỳ báo cáo",
    trendPeriod: "Kỳ báo cáo",
    trendChart: "Số nhiệm vụ theo tình trạng qua các kỳ",
    trendSeries: { done: "Đã hoàn thành", inProgress: "Đang thực hiện trong hạn", overdue: "Quá hạn", other: "Khác" },
  },
  en: {
    tt: "No.",
    none: "- None.",
    resultsHeading: (p) => (p ? `RESULTS IN THE PERIOD (against ${p})` : "RESULTS IN THE PERIOD"),
    completedCount: (n, p, total) => `- Tasks completed in the period: ${n}; completed so far: ${total}` + (p === null ? "." : ` (previous period: ${p}).`),
    completedItem: (t, late, d, l) => `+ ${t}: done ${late ? "late" : "on time"}${d ? ` on ${d}` : ""} (${l}).`,
    overdueCount: (n) => `- Tasks that became overdue in the period: ${n}.`,
    overdueItem: (t, d, l) => `+ ${t}: overdue since ${d} (${l}).`,
    movedCount: (n) => `- Tasks whose progress changed: ${n}.`,
    movedItem: (t, f, to) => `+ ${t}: ${f}% → ${to}%${to < f ? " (DOWN from the previous period, to check)" : ""}.`,
    nextHeading: (m, y, s, e) => `PRIORITY TASKS FOR NEXT MONTH (${m}/${y}, ${s} to ${e})`,
    nextItem: (t, d) => `+ ${t} (due ${d}).`,
    silentHeading: "UNITS THAT HAVE NOT REPORTED",
    silentItem: (u, n) => `- ${u}: no report form returned (${n} led task(s) under way or due).`,
    trendHeading: "5. Trend over the reporting periods",
    trendPeriod: "Period",
    trendChart: "Tasks by status over the periods",
    trendSeries: { done: "Done", inProgress: "In progress, on schedule", overdue: "Overdue", other: "Other" },
  },
};
