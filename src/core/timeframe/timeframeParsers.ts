// The parsers in the order they are tried; the first that reads the cell wins. Adding a form is adding a file
// here. The order matters where forms contain one another:
// - phases and range sequences before single ranges ("GĐ1: 2023-2025; GĐ2: 2026-2030", "2023 - 2025 và 2026 -2030");
// - recurring before every dated form ("Tháng 12 hằng năm", "Trước 15/12 hằng năm", "Hằng năm giai đoạn 2023-2025");
// - date ranges and school years before year ranges; quarter and month ranges before single quarters and months; halves before months and years ("6 tháng đầu năm 2024");
// - "… và những năm tiếp theo" before the recurring keywords and every single year ("2025 và những năm tiếp theo");
// - "từ … đến …" over two different forms after the same-form ranges, then an open-ended "Từ tháng 3/2024", then
//   several deadlines in one cell ("Tháng 6 và tháng 12/2026"), all before the single forms they are made of;
// - dates before months, months before years ("tháng 12 năm 2025"); continuous, then events, last.
// parseTimeframe runs this list on the cell with bracketed and event clauses blanked out first (src/core/timeframe/
// parseTimeframe.ts says when the bracket's contents are used).
import { continuousParser } from "./parsers/continuousParser";
import { eventParser } from "./parsers/eventParser";
import { onwardYearsParser } from "./parsers/onwardYearsParser";
import { openStartParser } from "./parsers/openStartParser";
import { severalDeadlinesParser } from "./parsers/severalDeadlinesParser";
import { spanParser } from "./parsers/spanParser";
import { dateParser } from "./parsers/dateParser";
import { dateRangeParser } from "./parsers/dateRangeParser";
import { halfParser } from "./parsers/halfParser";
import { monthParser } from "./parsers/monthParser";
import { monthRangeParser } from "./parsers/monthRangeParser";
import { phasesParser } from "./parsers/phasesParser";
import { quarterParser } from "./parsers/quarterParser";
import { quarterRangeParser } from "./parsers/quarterRangeParser";
import { rangeSequenceParser } from "./parsers/rangeSequenceParser";
import { recurringParser } from "./parsers/recurringParser";
import { schoolYearParser } from "./parsers/schoolYearParser";
import { yearParser } from "./parsers/yearParser";
import { yearRangeParser } from "./parsers/yearRangeParser";
import type { TimeframeParser } from "./TimeframeParser";

export const timeframeParsers: readonly TimeframeParser[] = [
  phasesParser,
  rangeSequenceParser,
  onwardYearsParser,
  recurringParser,
  dateRangeParser,
  schoolYearParser,
  yearRangeParser,
  quarterRangeParser,
  monthRangeParser,
  spanParser,
  openStartParser,
  severalDeadlinesParser,
  halfParser,
  quarterParser,
  dateParser,
  monthParser,
  yearParser,
  continuousParser,
  eventParser,
];
