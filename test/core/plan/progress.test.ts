import type { CellValue } from "../../../src/core/grid/Grid";
import { cellText } from "../../../src/core/plan/cellText";
import { readCompletedOn, readPercent, readProgressState } from "../../../src/core/plan/progress";

const textOf = (v: CellValue, format: string | null = null) => cellText(v, format);

describe("readProgressState", () => {
  const cases: [CellValue, string | null | "unreadable"][] = [
    ["Chưa thực hiện", "not_started"],
    ["chưa triển khai", "not_started"],
    ["Đang thực hiện", "in_progress"],
    ["Đang triển khai", "in_progress"],
    ["ĐANG THỰC HIỆN (70%)", "in_progress"],
    ["Đã hoàn thành", "done"],
    ["Hoàn thành", "done"],
    ["Đã hoàn thành đúng hạn", "done"],
    ["Da hoan thanh", "done"],
    ["Đã hoàn thành".normalize("NFD"), "done"],
    ["x", "done"],
    ["X", "done"],
    ["✓", "done"],
    [1, "done"],
    [true, "done"],
    [false, "not_started"],
    [0, "not_started"],
    ["Tạm dừng", "paused"],
    ["Tạm hoãn", "paused"],
    [null, null],
    ["", null],
    ["Theo kế hoạch", "unreadable"],
    ["Hoàn thiện dự thảo", "unreadable"],
    [0.5, "unreadable"],
    ["y", "unreadable"],
  ];
  test.each(cases)("%j → %s", (value, expected) => {
    const read = readProgressState(value, textOf(value));
    if (expected === null) expect(read).toBeNull();
    else if (expected === "unreadable") expect(read).toEqual({ ok: false });
    else expect(read).toEqual({ ok: true, value: expected });
  });
});

describe("readPercent", () => {
  const cases: [CellValue, string | null, number | null | "unreadable"][] = [
    [80, null, 80],
    [0, null, 0],
    [100, null, 100],
    [0.8, "0%", 80],
    [1, "0.00%", 100],
    ["80%", null, 80],
    ["80 %", null, 80],
    ["62,5%", null, 62.5],
    ["45", null, 45],
    [null, null, null],
    ["", null, null],
    [120, null, "unreadable"],
    [-5, null, "unreadable"],
    ["nhiều", null, "unreadable"],
    ["150%", null, "unreadable"],
    [true, null, "unreadable"],
  ];
  test.each(cases)("%j (%s) → %s", (value, format, expected) => {
    const read = readPercent(value, format, textOf(value, format));
    if (expected === null) expect(read).toBeNull();
    else if (expected === "unreadable") expect(read).toEqual({ ok: false });
    else expect(read).toEqual({ ok: true, value: expected });
  });
});

describe("readCompletedOn", () => {
  const cases: [CellValue, string | null, boolean, string | null | "unreadable"][] = [
    [46022, "dd/mm/yyyy", false, "2025-12-31"],
    [46022, null, false, "2025-12-31"],
    [44560, "d/m/yyyy", true, "2025-12-31"],
    ["15/12/2025", null, false, "2025-12-15"],
    ["15.12.2025", null, false, "2025-12-15"],
    ["5-3-2026", null, false, "2026-03-05"],
    ["15/12/25", null, false, "2025-12-15"],
    [null, null, false, null],
    ["31/02/2026", null, false, "unreadable"],
    ["12/2025", null, false, "unreadable"],
    ["đã xong", null, false, "unreadable"],
    [12, null, false, "unreadable"],
  ];
  test.each(cases)("%j (%s, 1904: %s) → %s", (value, format, date1904, expected) => {
    const read = readCompletedOn(value, format, textOf(value, format), date1904);
    if (expected === null) expect(read).toBeNull();
    else if (expected === "unreadable") expect(read).toEqual({ ok: false });
    else expect(read).toEqual({ ok: true, value: expected });
  });
});
