import type { Check } from "../../../src/core/checks/CheckContext";
import { checkLeadMissing } from "../../../src/core/checks/checkLeadMissing";
import { checkLegacyEncoding } from "../../../src/core/checks/checkLegacyEncoding";
import { checkProgressConsistency } from "../../../src/core/checks/checkProgressConsistency";
import { checkTimeframe } from "../../../src/core/checks/checkTimeframe";
import { checkTimeframeOutsideProgram } from "../../../src/core/checks/checkTimeframeOutsideProgram";
import { checkTitleMissing } from "../../../src/core/checks/checkTitleMissing";
import { checkUnitReorganised } from "../../../src/core/checks/checkUnitReorganised";
import { checkUnitUnknown } from "../../../src/core/checks/checkUnitUnknown";
import { checkUnitVariant } from "../../../src/core/checks/checkUnitVariant";
import type { Issue } from "../../../src/core/model/Issue";
import type { Plan, Task } from "../../../src/core/model/Plan";
import { makePlan, makeTask, SHEET, unit } from "../taskFactory";
import { TEST_DIRECTORY } from "./testDirectory";

const ROW = 20;
const CTX = { reportDate: "2026-11-30", directory: TEST_DIRECTORY };

const khdt = (name: string, match: "canonical" | "variant" | "abbreviation") =>
  unit(name, { unitId: "so-khdt", match });
const ldtbxh = unit("Sở Lao động – Thương binh và Xã hội", { unitId: "so-ldtbxh", match: "canonical" });
const generic = unit("Các đơn vị có liên quan", { generic: true });

/** An issue without its sheet and row, kept per code (Omit over the union would merge the codes). */
type Unplaced<T> = T extends unknown ? Omit<T, "sheet" | "row"> : never;

interface Case {
  name: string;
  check: Check;
  task: Partial<Task>;
  plan?: Partial<Plan>;
  reportDate?: string;
  /** The issues expected, without sheet and row (always the task's). */
  expected: Unplaced<Issue>[];
}

const CASES: Case[] = [
  // title-missing
  {
    name: "blank title",
    check: checkTitleMissing,
    task: { title: "" },
    expected: [{ code: "title-missing", severity: "warning", cell: "B20" }],
  },
  {
    name: "title of spaces",
    check: checkTitleMissing,
    task: { title: "  \n " },
    expected: [{ code: "title-missing", severity: "warning", cell: "B20" }],
  },
  { name: "a title", check: checkTitleMissing, task: {}, expected: [] },

  // lead-missing
  {
    name: "no lead unit",
    check: checkLeadMissing,
    task: { lead: [], leadText: "" },
    expected: [{ code: "lead-missing", severity: "error", cell: "C20" }],
  },
  { name: "a lead unit", check: checkLeadMissing, task: {}, expected: [] },
  {
    name: "lead text the splitter left empty is still a lead",
    check: checkLeadMissing,
    task: { lead: [], leadText: "Sở GDĐT" },
    expected: [],
  },

  // timeframe-missing, timeframe-unparsed
  {
    name: "blank deadline",
    check: checkTimeframe,
    task: { timeframe: { kind: "unparsed", text: "", reason: "empty" } },
    expected: [{ code: "timeframe-missing", severity: "error", cell: "E20" }],
  },
  {
    name: "deadline in prose",
    check: checkTimeframe,
    task: { timeframe: { kind: "unparsed", text: "Theo tiến độ của Bộ", reason: "free-text" } },
    expected: [
      {
        code: "timeframe-unparsed",
        severity: "error",
        cell: "E20",
        text: "Theo tiến độ của Bộ",
        reason: "free-text",
      },
    ],
  },
  {
    name: "an impossible date",
    check: checkTimeframe,
    task: { timeframe: { kind: "unparsed", text: "Tháng 13/2026", reason: "invalid-date" } },
    expected: [
      {
        code: "timeframe-unparsed",
        severity: "error",
        cell: "E20",
        text: "Tháng 13/2026",
        reason: "invalid-date",
      },
    ],
  },
  { name: "a range", check: checkTimeframe, task: {}, expected: [] },
  {
    name: "continuous",
    check: checkTimeframe,
    task: { timeframe: { kind: "continuous", text: "Thường xuyên" } },
    expected: [],
  },

  // timeframe-outside-program (programme 2023–2030)
  {
    name: "a deadline from an older plan",
    check: checkTimeframeOutsideProgram,
    task: {
      timeframe: {
        kind: "deadline",
        text: "trước ngày 15/12/2016",
        due: "2016-12-15",
        certain: { year: true, month: true, day: true },
      },
    },
    expected: [
      {
        code: "timeframe-outside-program",
        severity: "warning",
        cell: "E20",
        text: "trước ngày 15/12/2016",
        programStart: 2023,
        programEnd: 2030,
      },
    ],
  },
  {
    name: "a range starting before the programme",
    check: checkTimeframeOutsideProgram,
    task: { timeframe: { kind: "range", text: "2016-–2025", start: "2016-01-01", due: "2025-12-31" } },
    expected: [
      {
        code: "timeframe-outside-program",
        severity: "warning",
        cell: "E20",
        text: "2016-–2025",
        programStart: 2023,
        programEnd: 2030,
      },
    ],
  },
  {
    name: "a milestone after the programme",
    check: checkTimeframeOutsideProgram,
    task: {
      timeframe: {
        kind: "milestones",
        text: "GĐ1: 2025; GĐ2: 2031",
        milestones: [
          { label: "GĐ1", due: "2025-12-31", certain: { year: true, month: false, day: false } },
          { label: "GĐ2", due: "2031-12-31", certain: { year: true, month: false, day: false } },
        ],
      },
    },
    expected: [
      {
        code: "timeframe-outside-program",
        severity: "warning",
        cell: "E20",
        text: "GĐ1: 2025; GĐ2: 2031",
        programStart: 2023,
        programEnd: 2030,
      },
    ],
  },
  {
    name: "the seed's milestones",
    check: checkTimeframeOutsideProgram,
    task: {
      timeframe: {
        kind: "milestones",
        text: "GĐ1: 2025; GĐ2: 2030",
        milestones: [
          { label: "GĐ1", due: "2025-12-31", certain: { year: true, month: false, day: false } },
          { label: "GĐ2", due: "2030-12-31", certain: { year: true, month: false, day: false } },
        ],
      },
    },
    expected: [],
  },
  {
    name: "a recurrence written beyond the programme",
    check: checkTimeframeOutsideProgram,
    task: {
      timeframe: {
        kind: "recurring",
        text: "Hằng năm giai đoạn 2020-2030",
        period: "year",
        firstYear: 2020,
        lastYear: 2030,
      },
    },
    expected: [
      {
        code: "timeframe-outside-program",
        severity: "warning",
        cell: "E20",
        text: "Hằng năm giai đoạn 2020-2030",
        programStart: 2023,
        programEnd: 2030,
      },
    ],
  },
  {
    name: "a deadline inside the programme",
    check: checkTimeframeOutsideProgram,
    task: {
      timeframe: {
        kind: "deadline",
        text: "Quý I/2026",
        start: "2026-01-01",
        due: "2026-03-31",
        certain: { year: true, month: false, day: false },
      },
    },
    expected: [],
  },
  {
    name: "no programme period stated",
    check: checkTimeframeOutsideProgram,
    plan: { programPeriod: null },
    task: { timeframe: { kind: "range", text: "2016-2025", start: "2016-01-01", due: "2025-12-31" } },
    expected: [],
  },

  // unit-unknown
  {
    name: "a unit not in the directory",
    check: checkUnitUnknown,
    task: { coordinating: [unit("Sở Hư cấu")], coordinatingText: "Sở Hư cấu" },
    expected: [{ code: "unit-unknown", severity: "warning", cell: "D20", unit: "Sở Hư cấu" }],
  },
  {
    name: "the same unknown unit twice in a cell",
    check: checkUnitUnknown,
    task: { coordinating: [unit("Sở Hư cấu"), unit("Sở hư cấu")], coordinatingText: "Sở Hư cấu; Sở hư cấu" },
    expected: [{ code: "unit-unknown", severity: "warning", cell: "D20", unit: "Sở Hư cấu" }],
  },
  {
    name: "unknown units in both cells",
    check: checkUnitUnknown,
    task: { lead: [unit("Phòng Hư cấu")], coordinating: [unit("Sở Hư cấu")] },
    expected: [
      { code: "unit-unknown", severity: "warning", cell: "C20", unit: "Phòng Hư cấu" },
      { code: "unit-unknown", severity: "warning", cell: "D20", unit: "Sở Hư cấu" },
    ],
  },
  { name: "a generic phrase", check: checkUnitUnknown, task: { coordinating: [generic] }, expected: [] },
  {
    name: "a known unit",
    check: checkUnitUnknown,
    task: { coordinating: [khdt("Sở KH&ĐT", "abbreviation")] },
    expected: [],
  },

  // unit-variant
  {
    name: "the seed's variant spelling",
    check: checkUnitVariant,
    task: { coordinating: [khdt("Sở Kế hoạch Đầu tư", "variant")] },
    expected: [
      {
        code: "unit-variant",
        severity: "info",
        cell: "D20",
        unit: "Sở Kế hoạch Đầu tư",
        canonical: "Sở Kế hoạch và Đầu tư",
      },
    ],
  },
  {
    name: "two variant spellings in a cell, each once",
    check: checkUnitVariant,
    task: {
      coordinating: [
        khdt("Sở Kế hoạch Đầu tư", "variant"),
        khdt("Sở Kế hoạch đầu tư", "variant"),
        khdt("Sở Kế hoạch Đầu tư", "variant"),
      ],
    },
    expected: [
      {
        code: "unit-variant",
        severity: "info",
        cell: "D20",
        unit: "Sở Kế hoạch Đầu tư",
        canonical: "Sở Kế hoạch và Đầu tư",
      },
      {
        code: "unit-variant",
        severity: "info",
        cell: "D20",
        unit: "Sở Kế hoạch đầu tư",
        canonical: "Sở Kế hoạch và Đầu tư",
      },
    ],
  },
  {
    name: "an accepted abbreviation",
    check: checkUnitVariant,
    task: { lead: [unit("Sở GDĐT", { unitId: "so-gddt", match: "abbreviation" })] },
    expected: [],
  },
  {
    name: "the official name",
    check: checkUnitVariant,
    task: { coordinating: [khdt("Sở Kế hoạch và Đầu tư", "canonical")] },
    expected: [],
  },

  // unit-reorganised
  {
    name: "a unit merged away before the reporting date",
    check: checkUnitReorganised,
    task: { coordinating: [khdt("Sở Kế hoạch và Đầu tư", "canonical")] },
    expected: [
      {
        code: "unit-reorganised",
        severity: "info",
        cell: "D20",
        unit: "Sở Kế hoạch và Đầu tư",
        effective: "2025-03-01",
        successors: ["Sở Tài chính"],
      },
    ],
  },
  {
    name: "one issue per unit per cell, whatever the spellings",
    check: checkUnitReorganised,
    task: {
      coordinating: [khdt("Sở Kế hoạch và Đầu tư", "canonical"), khdt("Sở Kế hoạch đầu tư", "variant")],
    },
    expected: [
      {
        code: "unit-reorganised",
        severity: "info",
        cell: "D20",
        unit: "Sở Kế hoạch và Đầu tư",
        effective: "2025-03-01",
        successors: ["Sở Tài chính"],
      },
    ],
  },
  {
    name: "a unit whose work was split, with notes",
    check: checkUnitReorganised,
    task: { coordinating: [ldtbxh] },
    expected: [
      {
        code: "unit-reorganised",
        severity: "info",
        cell: "D20",
        unit: "Sở Lao động – Thương binh và Xã hội",
        effective: "2025-03-01",
        successors: ["Sở Nội vụ", "Sở Giáo dục và Đào tạo (giáo dục nghề nghiệp)"],
      },
    ],
  },
  {
    name: "the day before the reorganisation",
    check: checkUnitReorganised,
    reportDate: "2025-02-28",
    task: { coordinating: [khdt("Sở Kế hoạch và Đầu tư", "canonical")] },
    expected: [],
  },
  { name: "a unit that still exists", check: checkUnitReorganised, task: {}, expected: [] },

  // legacy-encoding
  {
    name: "a TCVN3 title",
    check: checkLegacyEncoding,
    task: { title: "X©y dùng kÕ ho¹ch triÓn khai" },
    expected: [
      { code: "legacy-encoding", severity: "warning", cell: "B20", encoding: "TCVN3", sample: "X©y ho¹ch" },
    ],
  },
  {
    name: "a VNI coordinating cell",
    check: checkLegacyEncoding,
    task: { coordinatingText: "Sôû Giaùo duïc vaø Ñaøo taïo" },
    expected: [
      {
        code: "legacy-encoding",
        severity: "warning",
        cell: "D20",
        encoding: "VNI",
        sample: "Sôû Giaùo duïc",
      },
    ],
  },
  {
    name: "a TCVN3 product list",
    check: checkLegacyEncoding,
    task: { products: ["- KÕ ho¹ch båi d­ìng;", "- C¸c líp tËp huÊn."] },
    expected: [
      {
        code: "legacy-encoding",
        severity: "warning",
        cell: "F20",
        encoding: "TCVN3",
        sample: "ho¹ch båi d­ìng",
      },
    ],
  },
  {
    name: "Unicode text",
    check: checkLegacyEncoding,
    task: { coordinatingText: "Sở Giáo dục và Đào tạo; Sở Tài chính" },
    expected: [],
  },

  // progress-inconsistent
  {
    name: "done at 40%",
    check: checkProgressConsistency,
    task: { progress: { state: "done", stateText: "Đã hoàn thành", percent: 40 } },
    expected: [
      {
        code: "progress-inconsistent",
        severity: "warning",
        cell: "G20",
        stateText: "Đã hoàn thành",
        percent: 40,
      },
    ],
  },
  {
    name: "100% but not started",
    check: checkProgressConsistency,
    task: { progress: { state: "not_started", stateText: "Chưa thực hiện", percent: 100 } },
    expected: [
      {
        code: "progress-inconsistent",
        severity: "warning",
        cell: "G20",
        stateText: "Chưa thực hiện",
        percent: 100,
      },
    ],
  },
  {
    name: "not started at 30%",
    check: checkProgressConsistency,
    task: { progress: { state: "not_started", stateText: "Chưa thực hiện", percent: 30 } },
    expected: [
      {
        code: "progress-inconsistent",
        severity: "warning",
        cell: "G20",
        stateText: "Chưa thực hiện",
        percent: 30,
      },
    ],
  },
  {
    name: "done at 100%",
    check: checkProgressConsistency,
    task: { progress: { state: "done", stateText: "Đã hoàn thành", percent: 100 } },
    expected: [],
  },
  {
    name: "in progress at 40%",
    check: checkProgressConsistency,
    task: { progress: { state: "in_progress", stateText: "Đang thực hiện", percent: 40 } },
    expected: [],
  },
  {
    name: "paused at 30%",
    check: checkProgressConsistency,
    task: { progress: { state: "paused", stateText: "Tạm dừng", percent: 30 } },
    expected: [],
  },
  {
    name: "a status without percentage",
    check: checkProgressConsistency,
    task: { progress: { state: "done", stateText: "Đã hoàn thành" } },
    expected: [],
  },
];

describe("checks, one rule each", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const plan = makePlan([makeTask({ row: ROW, ...c.task })], c.plan);
    const issues = c.check(plan, { ...CTX, reportDate: c.reportDate ?? CTX.reportDate });
    expect(issues).toEqual(c.expected.map((e) => ({ ...e, sheet: SHEET, row: ROW })));
  });
});
