// The progress columns added once to a plan that has none, for staff to fill in. Always in Vietnamese whatever the
// interface language: they are data the plan reader reads back on the next run (its header keys and status words
// are Vietnamese: "Tình trạng", "Tiến độ (%)", "Ngày hoàn thành", "Kết quả thực hiện"; "Đang thực hiện" …).
export const INPUT_COLUMNS = {
  status: {
    header: "Tình trạng",
    values: ["Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành", "Tạm dừng"],
    prompt: "Chọn tình trạng thực hiện nhiệm vụ.",
    error: "Chọn một giá trị trong danh sách.",
    width: 16,
  },
  percent: {
    header: "Tiến độ (%)",
    prompt: "Nhập số nguyên từ 0 đến 100.",
    error: "Tiến độ là số nguyên từ 0 đến 100.",
    width: 10,
  },
  completedOn: {
    header: "Ngày hoàn thành",
    prompt: "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 14/11/2026.",
    error: "Ngày hoàn thành phải là một ngày hợp lệ.",
    width: 14,
  },
  result: { header: "Kết quả thực hiện", width: 30 },
  errorTitle: "Giá trị không hợp lệ",
} as const;
