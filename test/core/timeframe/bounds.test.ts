import type { Timeframe, TimeframeContext } from "../../../src/core/model/Timeframe";
import { timeframeBounds } from "../../../src/core/timeframe/bounds";
import { parseTimeframe } from "../../../src/core/timeframe/parseTimeframe";

const CTX: TimeframeContext = { programPeriod: { start: 2023, end: 2030 } };

describe("timeframeBounds", () => {
  // Inputs go through the parser so that each row reads like the cell it comes from.
  const rows: [string, TimeframeContext, { start?: string; end: string } | null][] = [
    ["Quý I/2026", CTX, { start: "2026-01-01", end: "2026-03-31" }],
    ["Đến năm 2030", CTX, { end: "2030-12-31" }],
    ["30/6/2026", CTX, { end: "2026-06-30" }],
    ["2023 – 2030", CTX, { start: "2023-01-01", end: "2030-12-31" }],
    ["Năm học 2025-2026", CTX, { start: "2025-09-01", end: "2026-05-31" }],
    ["GĐ1: 2025; GĐ2: 2030", CTX, { start: "2023-01-01", end: "2030-12-31" }],
    ["GĐ1: 2025; GĐ2: 2030", {}, { start: "2025-12-31", end: "2030-12-31" }],
    ["2023 - 2025 và 2026 -2030", {}, { start: "2025-12-31", end: "2030-12-31" }],
    ["Hằng quý", CTX, { start: "2023-01-01", end: "2030-12-31" }],
    ["Trước 15/12 hằng năm", CTX, { start: "2023-01-01", end: "2030-12-15" }],
    ["Tháng 6 hằng năm", CTX, { start: "2023-01-01", end: "2030-06-30" }],
    ["Hằng năm giai đoạn 2023-2025", {}, { start: "2023-01-01", end: "2025-12-31" }],
    ["Hằng năm", {}, null],
    ["Thường xuyên", CTX, null],
    ["Theo tiến độ của Bộ", CTX, null],
    ["", CTX, null],
  ];
  test.each(rows)("%j", (text, ctx, expected) => {
    expect(timeframeBounds(parseTimeframe(text, ctx), ctx)).toEqual(expected);
  });

  test("a deadline without a start has no start key", () => {
    const b = timeframeBounds(parseTimeframe("Đến năm 2030", CTX), CTX);
    expect(b && "start" in b).toBe(false);
  });

  test("milestones out of order still span first to last due", () => {
    const tf: Timeframe = {
      kind: "milestones",
      text: "",
      milestones: [
        { label: "GĐ2", due: "2030-12-31", certain: { year: true, month: false, day: false } },
        { label: "GĐ1", due: "2025-12-31", certain: { year: true, month: false, day: false } },
      ],
    };
    expect(timeframeBounds(tf, {})).toEqual({ start: "2025-12-31", end: "2030-12-31" });
    expect(timeframeBounds({ kind: "milestones", text: "", milestones: [] }, CTX)).toBeNull();
  });
});
