// "Trước" before a period means before the period begins, as plans write it: Nghị quyết 175/NQ-CP ngày
// 30/10/2023 sets one part of a task "hoàn thành trong năm 2025" and the next "hoàn thành trước năm 2025", and its
// table dates a task "Trước năm 2025" (test/fixtures/corpus/nq175-2023-trung-tam-du-lieu). The deadline is the
// day before the period's first day; a date after "trước" keeps its date, and "đến"/"trong" keep the period's end.
import { parseTimeframe } from "../../../src/core/timeframe/parseTimeframe";

const ROWS: [string, string, string][] = [
  ["a year (175/NQ-CP)", "Trước năm 2025", "2024-12-31"],
  ["a bare year", "Trước 2027", "2026-12-31"],
  ["a quarter", "Trước quý III/2026", "2026-06-30"],
  ["the first quarter", "Trước Quý I/2027", "2026-12-31"],
  ["a month", "Trước tháng 3/2026", "2026-02-28"],
  ["a month in a leap year", "trước tháng 3/2028", "2028-02-29"],
  ["a bare month", "Trước 01/2027", "2026-12-31"],
  ["upper case", "TRƯỚC NĂM 2025", "2024-12-31"],
  // Negative cases: other words before the period, and a date.
  ["đến: the period's end", "Đến năm 2025", "2025-12-31"],
  ["trong: the period's end", "Trong quý II/2026", "2026-06-30"],
  ["a date keeps its day", "Trước ngày 30/6/2026", "2026-06-30"],
  ["no prefix", "Tháng 3/2026", "2026-03-31"],
];

describe("parseTimeframe: trước before a period", () => {
  it.each(ROWS)("%s", (_label, input, due) => {
    expect(parseTimeframe(input)).toMatchObject({ kind: "deadline", due });
    expect(parseTimeframe(input.normalize("NFD"))).toMatchObject({ kind: "deadline", due });
  });
});
