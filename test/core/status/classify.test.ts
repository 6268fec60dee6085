import { classify, classifyTask } from "../../../src/core/status/classify";
import type { Progress } from "../../../src/core/model/Plan";
import type { Settings, TaskStatus } from "../../../src/core/model/Status";
import type { Certainty, Timeframe } from "../../../src/core/model/Timeframe";
import { makePlan, makeTask } from "../taskFactory";

const REPORT_DATE = "2026-11-30";
const YEAR_ONLY: Certainty = { year: true, month: false, day: false };
const MONTH: Certainty = { year: true, month: true, day: false };
const DAY: Certainty = { year: true, month: true, day: true };

// Timeframes written out literally, as the parser would give them.
const TF = {
  range2023to2030: { kind: "range", text: "2023 – 2030", start: "2023-01-01", due: "2030-12-31" },
  range2027to2030: { kind: "range", text: "2027 - 2030", start: "2027-01-01", due: "2030-12-31" },
  quarterIV2026: {
    kind: "deadline",
    text: "Quý IV/2026",
    start: "2026-10-01",
    due: "2026-12-31",
    certain: MONTH,
  },
  quarterIII2026: {
    kind: "deadline",
    text: "Quý III/2026",
    start: "2026-07-01",
    due: "2026-09-30",
    certain: MONTH,
  },
  december2026: {
    kind: "deadline",
    text: "Tháng 12/2026",
    start: "2026-12-01",
    due: "2026-12-31",
    certain: MONTH,
  },
  june2027: {
    kind: "deadline",
    text: "Tháng 6/2027",
    start: "2027-06-01",
    due: "2027-06-30",
    certain: MONTH,
  },
  today: { kind: "deadline", text: "30/11/2026", due: "2026-11-30", certain: DAY },
  before15Dec: { kind: "deadline", text: "trước ngày 15/12/2026", due: "2026-12-15", certain: DAY },
  decemberYearly: {
    kind: "recurring",
    text: "Tháng 12 hằng năm",
    period: "year",
    month: 12,
    firstYear: 2023,
    lastYear: 2030,
  },
  decemberYearlyFrom2027: {
    kind: "recurring",
    text: "Tháng 12 hằng năm từ năm 2027",
    period: "year",
    month: 12,
    firstYear: 2027,
    lastYear: 2030,
  },
  decemberYearlyTo2025: {
    kind: "recurring",
    text: "Tháng 12 hằng năm đến năm 2025",
    period: "year",
    month: 12,
    firstYear: 2023,
    lastYear: 2025,
  },
  quarterly: { kind: "recurring", text: "Hằng quý", period: "quarter", firstYear: 2023, lastYear: 2030 },
  phases: {
    kind: "milestones",
    text: "GĐ1: 2025; GĐ2: 2030",
    milestones: [
      { label: "GĐ1", due: "2025-12-31", certain: YEAR_ONLY },
      { label: "GĐ2", due: "2030-12-31", certain: YEAR_ONLY },
    ],
  },
  phasesFrom2026: {
    kind: "milestones",
    text: "GĐ1: 2026; GĐ2: 2030",
    milestones: [
      { label: "GĐ1", due: "2026-12-31", certain: YEAR_ONLY },
      { label: "GĐ2", due: "2030-12-31", certain: YEAR_ONLY },
    ],
  },
  phasesFrom2027: {
    kind: "milestones",
    text: "GĐ1: 2027; GĐ2: 2030",
    milestones: [
      { label: "GĐ2", due: "2030-12-31", certain: YEAR_ONLY },
      { label: "GĐ1", due: "2027-12-31", certain: YEAR_ONLY },
    ],
  },
  continuous: { kind: "continuous", text: "Thường xuyên" },
  prose: { kind: "unparsed", text: "Theo tiến độ của Bộ", reason: "free-text" },
  blank: { kind: "unparsed", text: "", reason: "empty" },
} satisfies Record<string, Timeframe>;

const DONE: Progress = { state: "done", stateText: "Đã hoàn thành" };
const doneOn = (completedOn: string): Progress => ({ ...DONE, completedOn });
const PAUSED: Progress = { state: "paused", stateText: "Tạm dừng" };

type Expected = Omit<TaskStatus, "taskId">;

// [name, timeframe, progress, dueSoonDays, expected]
const CASES: [string, Timeframe, Progress | undefined, number, Expected][] = [
  // Ranges and deadlines
  [
    "a running range",
    TF.range2023to2030,
    undefined,
    30,
    { code: "in_progress", due: "2030-12-31", daysLeft: 1492 },
  ],
  [
    "a range not begun",
    TF.range2027to2030,
    undefined,
    30,
    { code: "not_started_yet", due: "2030-12-31", daysLeft: 1492 },
  ],
  [
    "Quý IV/2026 with 30 days' warning",
    TF.quarterIV2026,
    undefined,
    30,
    { code: "in_progress", due: "2026-12-31", daysLeft: 31 },
  ],
  [
    "Quý IV/2026 with 45 days' warning",
    TF.quarterIV2026,
    undefined,
    45,
    { code: "due_soon", due: "2026-12-31", daysLeft: 31 },
  ],
  [
    "due on the reporting date",
    TF.today,
    undefined,
    30,
    { code: "due_soon", due: "2026-11-30", daysLeft: 0 },
  ],
  ["due in 15 days", TF.before15Dec, undefined, 30, { code: "due_soon", due: "2026-12-15", daysLeft: 15 }],
  [
    "Quý III/2026 not done",
    TF.quarterIII2026,
    undefined,
    30,
    { code: "overdue", due: "2026-09-30", daysLeft: -61 },
  ],
  [
    "Quý III/2026 in progress",
    TF.quarterIII2026,
    { state: "in_progress", percent: 60 },
    30,
    { code: "overdue", due: "2026-09-30", daysLeft: -61 },
  ],
  [
    "Tháng 12/2026: its month has not begun",
    TF.december2026,
    undefined,
    45,
    { code: "not_started_yet", due: "2026-12-31", daysLeft: 31 },
  ],
  ["Tháng 6/2027", TF.june2027, undefined, 30, { code: "not_started_yet", due: "2027-06-30", daysLeft: 212 }],
  // Done
  [
    "done before the deadline",
    TF.quarterIII2026,
    doneOn("2026-09-15"),
    30,
    { code: "done_on_time", due: "2026-09-30", daysLeft: -61 },
  ],
  [
    "done on the deadline",
    TF.quarterIII2026,
    { percent: 100, completedOn: "2026-09-30" },
    30,
    { code: "done_on_time", due: "2026-09-30", daysLeft: -61 },
  ],
  [
    "done after the deadline",
    TF.quarterIII2026,
    doneOn("2026-10-20"),
    30,
    { code: "done_late", due: "2026-09-30", daysLeft: -61 },
  ],
  ["done, no date", TF.quarterIII2026, DONE, 30, { code: "done", due: "2026-09-30", daysLeft: -61 }],
  [
    "100% without a status",
    TF.range2023to2030,
    { percent: 100 },
    30,
    { code: "done", due: "2030-12-31", daysLeft: 1492 },
  ],
  [
    "40% is not done",
    TF.quarterIV2026,
    { percent: 40 },
    30,
    { code: "in_progress", due: "2026-12-31", daysLeft: 31 },
  ],
  // Paused, continuous, unreadable
  [
    "paused past its deadline",
    TF.quarterIII2026,
    PAUSED,
    30,
    { code: "paused", due: "2026-09-30", daysLeft: -61 },
  ],
  ["paused with no deadline", TF.continuous, PAUSED, 30, { code: "paused" }],
  ["Thường xuyên", TF.continuous, undefined, 30, { code: "ongoing" }],
  ["Thường xuyên marked done", TF.continuous, DONE, 30, { code: "done" }],
  ["a deadline in prose", TF.prose, undefined, 30, { code: "unknown" }],
  ["a blank deadline", TF.blank, undefined, 30, { code: "unknown" }],
  ["a blank deadline, done", TF.blank, doneOn("2026-05-01"), 30, { code: "done" }],
  // Recurring: the current occurrence of "Tháng 12 hằng năm" is 2026's, due 31/12/2026
  [
    "Tháng 12 hằng năm with 45 days' warning",
    TF.decemberYearly,
    undefined,
    45,
    { code: "due_soon", due: "2026-12-31", daysLeft: 31 },
  ],
  [
    "Tháng 12 hằng năm with 30 days' warning",
    TF.decemberYearly,
    undefined,
    30,
    { code: "in_progress", due: "2026-12-31", daysLeft: 31 },
  ],
  [
    "done within this year's round",
    TF.decemberYearly,
    doneOn("2026-11-20"),
    30,
    { code: "done_on_time", due: "2026-12-31", daysLeft: 31 },
  ],
  [
    "done in last year's round only",
    TF.decemberYearly,
    doneOn("2025-12-20"),
    30,
    { code: "in_progress", due: "2026-12-31", daysLeft: 31 },
  ],
  [
    "done without a date, near this round's due date",
    TF.decemberYearly,
    DONE,
    45,
    { code: "done", due: "2026-12-31", daysLeft: 31 },
  ],
  [
    "done without a date, early in the round",
    TF.decemberYearly,
    DONE,
    30,
    { code: "in_progress", due: "2026-12-31", daysLeft: 31 },
  ],
  [
    "a recurrence starting next year",
    TF.decemberYearlyFrom2027,
    undefined,
    30,
    { code: "not_started_yet", due: "2027-12-31", daysLeft: 396 },
  ],
  [
    "a recurrence that ended with its last round owed",
    TF.decemberYearlyTo2025,
    undefined,
    30,
    { code: "overdue", due: "2025-12-31", daysLeft: -334 },
  ],
  [
    "a recurrence that ended, last round done late",
    TF.decemberYearlyTo2025,
    doneOn("2026-01-10"),
    30,
    { code: "done_late", due: "2025-12-31", daysLeft: -334 },
  ],
  [
    "Hằng quý: the fourth quarter",
    TF.quarterly,
    undefined,
    45,
    { code: "due_soon", due: "2026-12-31", daysLeft: 31 },
  ],
  // Milestones: the first milestone not done
  [
    "GĐ1 past due",
    TF.phases,
    undefined,
    30,
    { code: "overdue", due: "2025-12-31", daysLeft: -334, milestone: "GĐ1" },
  ],
  [
    "GĐ1 past due, work in progress",
    TF.phases,
    { state: "in_progress", percent: 50 },
    30,
    { code: "overdue", due: "2025-12-31", daysLeft: -334, milestone: "GĐ1" },
  ],
  [
    "GĐ1 due this year, 45 days' warning",
    TF.phasesFrom2026,
    undefined,
    45,
    { code: "due_soon", due: "2026-12-31", daysLeft: 31, milestone: "GĐ1" },
  ],
  [
    "GĐ1 due this year, 30 days' warning",
    TF.phasesFrom2026,
    undefined,
    30,
    { code: "in_progress", due: "2026-12-31", daysLeft: 31, milestone: "GĐ1" },
  ],
  [
    "GĐ1 next year (milestones out of order)",
    TF.phasesFrom2027,
    undefined,
    30,
    { code: "in_progress", due: "2027-12-31", daysLeft: 396, milestone: "GĐ1" },
  ],
  [
    "all phases done, no date",
    TF.phases,
    DONE,
    30,
    { code: "done", due: "2030-12-31", daysLeft: 1492, milestone: "GĐ2" },
  ],
  [
    "all phases done, dated",
    TF.phases,
    doneOn("2026-06-01"),
    30,
    { code: "done_on_time", due: "2030-12-31", daysLeft: 1492, milestone: "GĐ2" },
  ],
  [
    "paused between phases",
    TF.phases,
    PAUSED,
    30,
    { code: "paused", due: "2025-12-31", daysLeft: -334, milestone: "GĐ1" },
  ],
];

describe("classifyTask at 30/11/2026", () => {
  it.each(CASES)("%s", (_name, timeframe, progress, dueSoonDays, expected) => {
    const task = makeTask({ row: 30, timeframe, progress });
    expect(classifyTask(task, { reportDate: REPORT_DATE, dueSoonDays })).toEqual({
      taskId: task.id,
      ...expected,
    });
  });

  it("covers every status code", () => {
    const codes = new Set(CASES.map((c) => c[4].code));
    expect([...codes].sort()).toEqual([
      "done",
      "done_late",
      "done_on_time",
      "due_soon",
      "in_progress",
      "not_started_yet",
      "ongoing",
      "overdue",
      "paused",
      "unknown",
    ]);
  });
});

describe("classify", () => {
  const settings: Settings = { reportDate: REPORT_DATE, dueSoonDays: 45, cutoffDay: 14, lang: "vi" };
  // "Hằng năm" as written in a plan: no years of its own, so the programme period decides.
  const yearly: Timeframe = { kind: "recurring", text: "Hằng năm", period: "year" };

  it("classifies every task in plan order", () => {
    const plan = makePlan([
      makeTask({ row: 10, timeframe: TF.phases }),
      makeTask({ row: 11, timeframe: TF.continuous }),
    ]);
    expect(classify(plan, settings).map((s) => `${s.taskId} ${s.code}`)).toEqual([
      "Kế hoạch!10 overdue",
      "Kế hoạch!11 ongoing",
    ]);
  });

  it("takes the programme period from the plan", () => {
    const plan = makePlan([makeTask({ row: 10, timeframe: yearly })], {
      programPeriod: { start: 2027, end: 2030 },
    });
    expect(classify(plan, settings)[0]).toMatchObject({ code: "not_started_yet", due: "2027-12-31" });
  });

  it("lets the settings override the plan's programme period", () => {
    const plan = makePlan([makeTask({ row: 10, timeframe: yearly })], {
      programPeriod: { start: 2027, end: 2030 },
    });
    expect(classify(plan, { ...settings, programPeriod: { start: 2023, end: 2030 } })[0]).toMatchObject({
      code: "due_soon",
      due: "2026-12-31",
    });
  });
});
