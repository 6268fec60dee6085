// The rows under a plan header → tasks and sections.
//
// How rows become tasks (domain.md, "How plans arrive in Excel"):
// - Blank rows are skipped; they neither start nor end a task (a Word paste leaves blank paragraph rows inside
//   a task).
// - A section row names a part of the plan and gives `section` to the tasks under it: a Roman numeral or a
//   letter in TT with a heading and no lead, coordinating unit or timeframe ("I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
//   one heading merged across the table; or a heading in capitals alone in the title column.
// - A task may span several rows: pasting from Word puts each paragraph of a cell on its own row and merges
//   the task's other cells vertically. The task's span is the vertical merges of its number, title and lead
//   cells that start on its first row. Inside that span a row continues the task unless it has a number of
//   its own: then it is a distinct task that shares the merged cell (one lead merged over three numbered
//   tasks gives its value to each of them).
// - Past the span, a row with a number or a title of its own starts a task. The seed's TT column reads
//   1, (blank), 3, 3, 4, (blank), (blank), (blank): a blank TT with its own title and units is a task.
// - Decision for rows that continue a task without merges: a row whose only content is a title paragraph
//   (nothing in TT, units, timeframe or any other column) continues the task above: it is the second
//   paragraph of a title pasted without merges far more often than a task with no unit and no deadline.
//   A row with only other cells filled (a units or products paragraph) continues the task above too.
//   Without merges a title paragraph that comes with other paragraphs cannot be told from a task with a
//   blank TT, and is read as a task.
// - The text of a cell spread over several rows is its paragraphs joined with "\n"; empty lines are dropped
//   in every layout, so a task reads the same typed in one row or pasted from Word over several.
// - A numbered row ("1.", "6.", "1.1", "a)") with a title but no unit, time, product or any other cell is the
//   heading of the rows under it when the next row is numbered one level deeper ("6.1", "a)") or has no number
//   but a unit or a time: real appendices number a group heading like a task ("6. Chuyển đổi số" over 6.1, 6.2,
//   then "7." a task with its own lead). It becomes the section when no section is open (or it is a sibling
//   of the numbered heading that opened it), else the task's `group`. Followed by anything else it is a task
//   (with its missing lead reported).
// - A numbered task's sub-rows ("2.1", "a)", "-" under "2.") with a unit, a time or a product of their own are
//   tasks with `parent` set; with only a title they are steps of that task, added to its title.
// - A note row ("Ghi chú: …", "(*) …") with no unit and no time is no task, between sections or after the table.
// - Unit-grouped layouts (the lead column left of the task column: "Bộ, ngành, địa phương | Nhiệm vụ chủ trì",
//   the unit merged down, often with its STT, over the unit's tasks): every row with a title of its own is a
//   task of that unit, numbered by its own number or else by the group's.
// - The table ends at a "Nơi nhận" line (the recipients list of the signature block) or at the sheet's end.
import type { Grid } from "../grid/Grid";
import { columnLetter } from "../grid/address";
import type { Issue } from "../model/Issue";
import type { ColumnRole, Progress, Section, Task } from "../model/Plan";
import type { Timeframe, TimeframeContext } from "../model/Timeframe";
import type { UnitDirectory, UnitRef } from "../model/Unit";
import { matchKey } from "../text/normalize";
import { parseTimeframe } from "../timeframe/parseTimeframe";
import { resolveUnit } from "../units/directory";
import { splitUnits } from "../units/splitUnits";
import { cellError, cellText } from "./cellText";
import { formatAt, valueAt, type HeaderCandidate } from "./findHeader";
import type { MergeIndex } from "./mergeIndex";
import { readCompletedOn, readPercent, readProgressState } from "./progress";
import { progressFromTimeCell } from "./timeCellProgress";
import { isNoteText, numberLevel } from "./rowKinds";

export interface RowReadInput {
  grid: Grid;
  merges: MergeIndex;
  header: HeaderCandidate;
  timeframeContext: TimeframeContext;
  directory: UnitDirectory;
}

export interface RowReadResult {
  tasks: Task[];
  sections: Section[];
  issues: Issue[];
  /** 1-based first and last rows holding tasks or sections; lastDataRow < firstDataRow when there are none. */
  firstDataRow: number;
  lastDataRow: number;
}

/** Same key as the merge index: row * 16384 + col. */
const COLS = 16384;

const SECTION_NUMBER = /^(?:[IVXLC]{1,7}|[A-ZĐ])[.):]?$/;
/** "I. CÔNG TÁC CHỈ ĐẠO" in one cell merged across the table: a numeral, a separator, the heading. */
const SECTION_HEADING = /^((?:[IVXLC]{1,7}|[A-ZĐ]|\d{1,2}))(?:[.):]\s*|\s+)(\S[\s\S]*)$/;
const BULLET = /^[-–—−•·●○◦▪■+*]+\s*/;
const BULLET_CHARS = new Set([..."-–—−•·●○◦▪■+*"].map((ch) => ch.charCodeAt(0)));
const NUMBER_WITH_ZERO_DECIMALS = /^(\d+)\.0+$/;
const HAS_LETTER = /\p{L}/u;

/** The task under construction; what it read per column slot is kept in the reader's scratch arrays. */
interface TaskBuilder {
  row: number;
  lastRow: number;
  spanEnd: number;
  section?: Section;
  group?: Section;
  parent?: string;
}

/** An open numbered heading or task, by the depth of its number (numberLevel). */
interface Level {
  level: number;
  section?: Section;
  /** The 1-based row of an open task (its id is built only when a sub-row names it as parent). */
  taskRow?: number;
  /** The task's number as written: "2.", "2.1". */
  number?: string;
}

/** A number without its trailing "." or ")" and spaces: "2." → "2", "2.1." → "2.1". */
function bareNumber(text: string): string {
  return text.trim().replace(/[.):]+$/, "");
}

/** How far below a heading candidate the reader looks for the row that settles it. */
const HEADING_LOOKAHEAD_ROWS = 50;

export function readRows(input: RowReadInput): RowReadResult {
  const { grid, merges, header, timeframeContext, directory } = input;
  const sheet = grid.name;
  const date1904 = grid.date1904 === true;
  const columns = header.columns;
  const n = columns.length;
  const slotCol = columns.map((c) => c.col);
  const slotIndex: Partial<Record<ColumnRole, number>> = {};
  columns.forEach((c, i) => {
    if (slotIndex[c.role] === undefined) slotIndex[c.role] = i;
  });
  const slotOf = (role: ColumnRole): number => slotIndex[role] ?? -1;
  const numberSlot = slotOf("number");
  const titleSlot = slotOf("title");
  const leadSlot = slotOf("lead");
  const unitOrTimeSlots = (["lead", "coordinating", "timeframe"] as const).map(slotOf).filter((i) => i >= 0);
  // Unit-grouped: the lead column comes before the task column. Its merges (often with the STT's) group the
  // unit's tasks, so only the title's own merges make a task span several rows.
  // Without any vertical merge in the lead column, a lead-first table is read row by row like any other.
  const leadCol = leadSlot >= 0 ? (slotCol[leadSlot] ?? 0) : -1;
  const unitGrouped =
    leadSlot >= 0 &&
    titleSlot >= 0 &&
    leadCol < (slotCol[titleSlot] ?? 0) &&
    (grid.merges ?? []).some((m) => m && m.left === leadCol && m.right === leadCol && m.bottom > m.top && m.top >= header.dataStartRow);
  const spanSlots = (unitGrouped ? [titleSlot] : [numberSlot, titleSlot, leadSlot]).filter((i) => i >= 0);
  /** Slots whose text makes a numbered row a task rather than a heading: all but number, title and notes. */
  const taskOnlySlots = columns.map((c, i) => (c.role === "number" || c.role === "title" || c.role === "notes" ? -1 : i)).filter((i) => i >= 0);
  const hasProgressColumns = (["progressStatus", "progressPercent", "completedOn", "result"] as const).some((r) => slotOf(r) >= 0);

  const letters = new Map<number, string>();
  /** A1 address with the column letters computed once per column: tasks × roles addresses are built. */
  const address = (row: number, col: number): string => {
    let l = letters.get(col);
    if (l === undefined) {
      l = columnLetter(col);
      letters.set(col, l);
    }
    return `${l}${row + 1}`;
  };
  const keyAddress = (key: number): string => address(Math.floor(key / COLS), key % COLS);

  const issues: Issue[] = [];
  const tasks: Task[] = [];
  const sections: Section[] = [];
  const reportedErrors = new Set<number>();
  const unitCache = new Map<string, UnitRef[]>();
  const timeframeCache = new Map<string, Timeframe>();
  const stateCache = new Map<string, ReturnType<typeof readProgressState>>();

  /** The cell's text; an error value is reported once and read as empty. */
  const textAt = (row: number, col: number): string => {
    const value = valueAt(grid, row, col);
    if (value === null) return "";
    if (typeof value === "string") {
      const error = cellError(value);
      if (error) {
        const key = row * COLS + col;
        if (reportedErrors.has(key)) return "";
        reportedErrors.add(key);
        issues.push({ code: "cell-error", severity: "error", sheet, row: row + 1, cell: address(row, col), errorText: error });
        return "";
      }
    }
    return cellText(value, formatAt(grid, row, col), date1904);
  };

  // Per-row scratch, reused: anchor key (-1 when the cell belongs to a merge anchored in another column),
  // the anchor's text, and whether the anchor lies above this row.
  const anchorKeys: number[] = new Array<number>(n).fill(-1);
  const anchorTexts: string[] = new Array<string>(n).fill("");
  const fromAbove: boolean[] = new Array<boolean>(n).fill(false);
  // A merged cell is met on each of its rows in turn: its text is kept per slot until another cell comes.
  const cachedKey: number[] = new Array<number>(n).fill(-1);
  const cachedText: string[] = new Array<string>(n).fill("");
  // What the open task read per slot: the last anchor (a merged cell is read once), the first anchor (its
  // address), the first anchor with text (where a progress value is read), and the paragraphs joined.
  const lastKey: number[] = new Array<number>(n).fill(-1);
  const firstKey: number[] = new Array<number>(n).fill(-1);
  const firstFilled: number[] = new Array<number>(n).fill(-1);
  const slotText: string[] = new Array<string>(n).fill("");

  let current: TaskBuilder | null = null;
  let section: Section | undefined;
  /** Depth of the numbered heading that opened the current section, or null for any other section. */
  let sectionLevel: number | null = null;
  /** Open numbered groups and tasks, outermost first. */
  const groups: Level[] = [];
  const parents: Level[] = [];
  let firstDataRow = -1;
  let lastDataRow = -1;

  const finish = (): void => {
    if (!current) return;
    tasks.push(buildTask(current));
    lastDataRow = Math.max(lastDataRow, current.lastRow);
    current = null;
  };

  const own = (i: number): string => (i >= 0 && !fromAbove[i] ? anchorTexts[i] ?? "" : "");

  const rows = grid.values.length;
  for (let r = header.dataStartRow; r < rows; r++) {
    let ownContent = false;
    let covered = false;
    let firstOwn = "";
    for (let i = 0; i < n; i++) {
      const c = slotCol[i] ?? 0;
      const merge = merges.empty ? undefined : merges.at(r, c);
      if (merge) {
        const above = merge.top < r;
        if (above) covered = true;
        fromAbove[i] = above;
        if (merge.left !== c) {
          anchorKeys[i] = -1;
          anchorTexts[i] = "";
          continue;
        }
        const key = merge.top * COLS + c;
        if (cachedKey[i] !== key) {
          cachedKey[i] = key;
          cachedText[i] = textAt(merge.top, c);
        }
        anchorKeys[i] = key;
        anchorTexts[i] = cachedText[i] ?? "";
      } else {
        fromAbove[i] = false;
        anchorKeys[i] = r * COLS + c;
        anchorTexts[i] = textAt(r, c);
      }
      if (!fromAbove[i] && anchorTexts[i] !== "") {
        if (!ownContent) firstOwn = anchorTexts[i] ?? "";
        ownContent = true;
      }
    }
    if (!ownContent && !covered) continue; // blank row
    if (ownContent && isRecipientsLine(firstOwn)) break;

    const inSpan = current !== null && r <= current.spanEnd;
    const numberText = own(numberSlot);
    const titleText = own(titleSlot);

    if (!inSpan && ownContent) {
      if (isNoteRow(firstOwn)) {
        finish();
        continue;
      }
      const heading = sectionHeading(r, numberText, titleText);
      if (heading) {
        finish();
        section = heading;
        sectionLevel = null;
        sections.push(heading);
        groups.length = 0;
        parents.length = 0;
        if (firstDataRow < 0) firstDataRow = r + 1;
        lastDataRow = Math.max(lastDataRow, r + 1);
        continue;
      }
      const level = numberedHeadingLevel(r, numberText, titleText);
      if (level !== null) {
        finish();
        const end = headingSpanEnd(r);
        const numbered: Section = { number: numberText.replace(/[.):]+$/, ""), title: headingTitle(r, end), row: r + 1 };
        closeLevels(level);
        if (section === undefined || (sectionLevel !== null && level <= sectionLevel)) {
          section = numbered;
          sectionLevel = level;
          sections.push(numbered);
          groups.length = 0;
        } else {
          groups.push({ level, section: numbered });
        }
        if (firstDataRow < 0) firstDataRow = r + 1;
        lastDataRow = Math.max(lastDataRow, end + 1);
        r = end; // the heading's other paragraph rows, pasted from Word
        continue;
      }
    }

    let startsTask: boolean;
    if (numberText !== "") startsTask = true;
    else if (inSpan) startsTask = false;
    else if (titleText !== "") startsTask = current === null || unitGrouped || !isTitleOnly(titleSlot);
    else startsTask = current === null && ownContent;

    if (startsTask && current !== null && !inSpan && isStepOf(current, numberText, titleText)) {
      // "b) Tổ chức triển khai" under task "1." with no unit and no time of its own: a step of that task.
      if (titleSlot >= 0) slotText[titleSlot] = `${slotText[titleSlot] ?? ""}\n${numberText} ${titleText}`;
      current.lastRow = r + 1;
      current.spanEnd = Math.max(current.spanEnd, headingSpanEnd(r));
      continue;
    }
    if (startsTask) {
      finish();
      current = startTask(r);
      placeTask(current, numberText);
      if (firstDataRow < 0) firstDataRow = r + 1;
    }
    if (!current) continue;
    collect();
    current.lastRow = r + 1;
  }
  finish();

  if (firstDataRow < 0) {
    firstDataRow = header.dataStartRow + 1;
    lastDataRow = header.dataStartRow;
  }
  return { tasks, sections, issues, firstDataRow, lastDataRow };

  // ---- helpers (closures over the row scratch) ----

  /** A note line: its first text reads "Ghi chú: …" or "(*) …" and it has no unit and no time. */
  function isNoteRow(firstText: string): boolean {
    if (!isNoteText(firstText)) return false;
    return unitOrTimeSlots.every((i) => (anchorTexts[i] ?? "") === "");
  }

  /** Closes the numbered groups and tasks at the given depth or deeper. */
  function closeLevels(level: number): void {
    while (groups.length > 0 && (groups[groups.length - 1]?.level ?? -1) >= level) groups.pop();
    while (parents.length > 0 && (parents[parents.length - 1]?.level ?? -1) >= level) parents.pop();
  }

  /** Gives a new task its group and its parent task, and opens it as a parent for deeper rows. */
  function placeTask(b: TaskBuilder, numberText: string): void {
    const level = numberText === "" ? null : numberLevel(numberText);
    // The common case, "1", "2", "3" … with nothing open around them: the open task moves on in place.
    const only = parents.length === 1 ? parents[0] : undefined;
    if (level === 1 && only?.level === 1 && groups.length === 0 && sectionLevel === null) {
      only.taskRow = b.row;
      only.number = numberText;
      return;
    }
    if (level !== null) {
      closeLevels(level);
      // "7." after the heading "6." that opened the section: a sibling of that heading, outside its section.
      if (sectionLevel !== null && level <= sectionLevel) {
        section = undefined;
        sectionLevel = null;
        delete b.section;
      }
      const parent = parents[parents.length - 1];
      if (parent?.taskRow !== undefined && fitsUnder(parent, numberText)) b.parent = `${sheet}!${parent.taskRow}`;
      parents.push({ level, taskRow: b.row, number: numberText });
    }
    const group = groups[groups.length - 1];
    if (group?.section) b.group = group.section;
  }

  /**
   * A numbered sub-row of the open task ("a)", "-", "2.1" under "2.") with a title and nothing in any other task
   * column: one of its steps, not a task. With a unit, a time or a product of its own it is a task (placeTask).
   */
  function isStepOf(open: TaskBuilder, numberText: string, titleText: string): boolean {
    const parent = parents[parents.length - 1];
    if (!parent || parent.taskRow !== open.row || titleText === "" || fromAbove[titleSlot]) return false;
    const level = numberLevel(numberText);
    if (level === null || level <= parent.level) return false;
    if (taskOnlySlots.some((i) => (anchorTexts[i] ?? "") !== "")) return false;
    return fitsUnder(parent, numberText);
  }

  /** "2.1" is a sub-row of "2", never of "1": a dotted number names its parent; other forms hang under any. */
  function fitsUnder(parent: Level, numberText: string): boolean {
    if (!numberText.includes(".")) return true;
    const bare = bareNumber(numberText);
    const dot = bare.lastIndexOf(".");
    return dot < 0 || !/^\d/.test(bare) || bareNumber(parent.number ?? "") === bare.slice(0, dot);
  }

  /** The last row of a heading pasted from Word: its number or title merged down over its paragraph rows. */
  function headingSpanEnd(r: number): number {
    let end = r;
    if (merges.empty) return end;
    for (const slot of [numberSlot, titleSlot]) {
      if (slot < 0) continue;
      const merge = merges.at(r, slotCol[slot] ?? 0);
      if (merge && merge.top === r && merge.bottom > end) end = merge.bottom;
    }
    return Math.min(end, rows - 1);
  }

  /** The heading's title: its paragraphs on rows r..end joined with spaces. */
  function headingTitle(r: number, end: number): string {
    const c = slotCol[titleSlot] ?? 0;
    const parts: string[] = [];
    for (let rr = r; rr <= end; rr++) {
      const merge = merges.empty ? undefined : merges.at(rr, c);
      if (merge && (merge.top !== rr || merge.left !== c)) continue;
      const text = textAt(rr, c);
      if (text !== "") parts.push(text.replace(/\n/g, " "));
    }
    return parts.join(" ");
  }

  /**
   * The depth of a numbered heading on row r, or null when the row is a task: it has a number of known depth
   * and a title, nothing in any other task column, and the row after it is numbered deeper or has no number
   * but a unit or a time.
   */
  function numberedHeadingLevel(r: number, numberText: string, titleText: string): number | null {
    if (numberText === "" || titleText === "" || fromAbove[titleSlot]) return null;
    if (taskOnlySlots.some((i) => (anchorTexts[i] ?? "") !== "")) return null;
    const level = numberLevel(numberText);
    if (level === null) return null;
    const next = peekNextRow(headingSpanEnd(r) + 1);
    if (!next) return null;
    if (next.number === "") return next.hasUnitOrTime ? level : null;
    const nextLevel = numberLevel(next.number);
    return nextLevel !== null && nextLevel > level ? level : null;
  }

  /** The next row with text of its own: its own number, and whether it has a unit or a time (own or merged). */
  function peekNextRow(from: number): { number: string; hasUnitOrTime: boolean } | null {
    const last = Math.min(rows, from + HEADING_LOOKAHEAD_ROWS);
    for (let rr = from; rr < last; rr++) {
      let own = false;
      let number = "";
      let hasUnitOrTime = false;
      for (let i = 0; i < n; i++) {
        const c = slotCol[i] ?? 0;
        const merge = merges.empty ? undefined : merges.at(rr, c);
        if (merge && merge.left !== c) continue;
        const top = merge ? merge.top : rr;
        const text = cellText(valueAt(grid, top, c), formatAt(grid, top, c), date1904);
        if (text === "") continue;
        if (top === rr) {
          own = true;
          if (i === numberSlot) number = text;
        }
        if (unitOrTimeSlots.includes(i)) hasUnitOrTime = true;
      }
      if (!own) continue;
      if (isRecipientsLine(number)) return null;
      return { number, hasUnitOrTime };
    }
    return null;
  }

  function isTitleOnly(slot: number): boolean {
    for (let i = 0; i < n; i++) if (i !== slot && own(i) !== "") return false;
    return true;
  }

  function sectionHeading(r: number, numberText: string, titleText: string): Section | null {
    const noUnitsOrTime = unitOrTimeSlots.every((i) => (anchorTexts[i] ?? "") === "");
    // "I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "A | Nhiệm vụ chung"
    if (numberText !== "" && titleText !== "" && noUnitsOrTime && SECTION_NUMBER.test(numberText)) {
      return { number: numberText.replace(/[.):]$/, ""), title: titleText, row: r + 1 };
    }
    // One heading merged across the table.
    const across = acrossMerge(r);
    if (across) {
      const text = textAt(across.top, across.left).replace(/\n/g, " ");
      const cellsOutside = slotCol.every((c, i) => (c >= across.left && c <= across.right) || own(i) === "");
      if (text !== "" && cellsOutside) {
        const m = SECTION_HEADING.exec(text);
        return m && m[1] && m[2] ? { number: m[1], title: m[2], row: r + 1 } : { number: "", title: text, row: r + 1 };
      }
    }
    // A heading in capitals alone in the title column: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH".
    // Not under a unit's merge in a unit-grouped table: there it is a task of that unit written in capitals.
    const underUnit = unitGrouped && (anchorTexts[leadSlot] ?? "") !== "";
    if (numberText === "" && titleText !== "" && !underUnit && isTitleOnly(titleSlot) && isCapitals(titleText)) {
      return { number: "", title: titleText.replace(/\n/g, " "), row: r + 1 };
    }
    return null;
  }

  /** A merge starting on row r over the title (or number) column and at least one more table column. */
  function acrossMerge(r: number): { top: number; left: number; right: number } | null {
    if (merges.empty) return null;
    for (const slot of [titleSlot, numberSlot]) {
      if (slot < 0) continue;
      const merge = merges.at(r, slotCol[slot] ?? 0);
      if (!merge || merge.top !== r || merge.right === merge.left) continue;
      const spanned = slotCol.filter((c) => c >= merge.left && c <= merge.right).length;
      if (spanned >= 2) return merge;
    }
    return null;
  }

  function startTask(r: number): TaskBuilder {
    let spanEnd = r;
    for (const slot of spanSlots) {
      const merge = merges.empty ? undefined : merges.at(r, slotCol[slot] ?? 0);
      if (merge && merge.top === r && merge.bottom > spanEnd) spanEnd = merge.bottom;
    }
    lastKey.fill(-1);
    firstKey.fill(-1);
    firstFilled.fill(-1);
    slotText.fill("");
    const builder: TaskBuilder = { row: r + 1, lastRow: r + 1, spanEnd };
    if (section) builder.section = section;
    return builder;
  }

  function collect(): void {
    for (let i = 0; i < n; i++) {
      const key = anchorKeys[i] ?? -1;
      if (key < 0 || key === lastKey[i]) continue;
      lastKey[i] = key;
      if (firstKey[i] === -1) firstKey[i] = key;
      const t = anchorTexts[i] ?? "";
      if (t === "") continue;
      if (firstFilled[i] === -1) firstFilled[i] = key;
      slotText[i] = slotText[i] === "" ? t : `${slotText[i]}\n${t}`;
    }
  }

  function buildTask(b: TaskBuilder): Task {
    const cells: Partial<Record<ColumnRole, string>> = {};
    const byRole: Partial<Record<ColumnRole, string>> = {};
    columns.forEach((column, slot) => {
      const key = firstKey[slot] ?? -1;
      cells[column.role] = key >= 0 ? keyAddress(key) : address(b.row - 1, column.col);
      byRole[column.role] = dropEmptyLines(slotText[slot] ?? "");
    });
    const leadText = byRole.lead ?? "";
    const coordinatingText = byRole.coordinating ?? "";
    const task: Task = {
      id: `${sheet}!${b.row}`,
      sheet,
      row: b.row,
      lastRow: b.lastRow,
      number: taskNumber(byRole.number ?? ""),
      title: byRole.title ?? "",
      lead: units(leadText),
      coordinating: units(coordinatingText),
      leadText,
      coordinatingText,
      timeframe: timeframe(byRole.timeframe ?? ""),
      products: listItems(byRole.products ?? ""),
      cells,
    };
    if (b.section) task.section = b.section;
    if (b.group) task.group = b.group;
    if (b.parent) task.parent = b.parent;
    if (byRole.notes) task.notes = byRole.notes;
    const progress = hasProgressColumns ? readProgress(b, byRole) : undefined;
    if (progress) task.progress = progress;
    const withTimeCell = progressFromTimeCell(task.timeframe, task.progress);
    if (withTimeCell) task.progress = withTimeCell;
    return task;
  }

  function readProgress(b: TaskBuilder, byRole: Partial<Record<ColumnRole, string>>): Progress | undefined {
    const progress: Progress = {};
    const source = (role: ColumnRole): { key: number; address: string; text: string } | null => {
      const slot = slotOf(role);
      const key = slot >= 0 ? firstFilled[slot] ?? -1 : -1;
      if (key < 0) return null;
      const row = Math.floor(key / COLS);
      const col = key % COLS;
      return { key, address: address(row, col), text: cellText(valueAt(grid, row, col), formatAt(grid, row, col), date1904) };
    };
    const unreadable = (address: string, text: string, what: "status" | "percent" | "date"): void => {
      issues.push({ code: "progress-unreadable", severity: "warning", sheet, row: b.row, cell: address, text, what });
    };
    const rawAt = (key: number) => valueAt(grid, Math.floor(key / COLS), key % COLS);
    const formatOf = (key: number) => formatAt(grid, Math.floor(key / COLS), key % COLS);

    const status = source("progressStatus");
    if (status) {
      progress.stateText = byRole.progressStatus || status.text;
      const raw = rawAt(status.key);
      let state = typeof raw === "string" ? stateCache.get(status.text) : undefined;
      if (state === undefined) {
        state = readProgressState(raw, status.text);
        if (typeof raw === "string") stateCache.set(status.text, state);
      }
      if (state?.ok) progress.state = state.value;
      else if (state) unreadable(status.address, status.text, "status");
    }
    const percentCell = source("progressPercent");
    if (percentCell) {
      const percent = readPercent(rawAt(percentCell.key), formatOf(percentCell.key), percentCell.text);
      if (percent?.ok) {
        progress.percent = percent.value;
        // "100 means done" when no status says otherwise.
        if (percent.value === 100 && progress.state === undefined) progress.state = "done";
      } else if (percent) unreadable(percentCell.address, percentCell.text, "percent");
    }
    const dateCell = source("completedOn");
    if (dateCell) {
      const date = readCompletedOn(rawAt(dateCell.key), formatOf(dateCell.key), dateCell.text, date1904);
      if (date?.ok) progress.completedOn = date.value;
      else if (date) unreadable(dateCell.address, dateCell.text, "date");
    }
    if (byRole.result) progress.result = byRole.result;
    return Object.keys(progress).length > 0 ? progress : undefined;
  }

  function units(text: string): UnitRef[] {
    if (text === "") return [];
    let refs = unitCache.get(text);
    if (!refs) {
      refs = splitUnits(text, directory).map((ref) => resolveUnit(ref, directory));
      unitCache.set(text, refs);
    }
    return refs.slice();
  }

  /** Timeframes are plain data, parsed once per distinct text and shared between tasks that read the same. */
  function timeframe(text: string): Timeframe {
    let parsed = timeframeCache.get(text);
    if (!parsed) {
      parsed = parseTimeframe(text, timeframeContext);
      timeframeCache.set(text, parsed);
    }
    return parsed;
  }
}

const EMPTY_LINES = /\n{2,}/g;

/** Cell texts arrive with their lines trimmed (cellText), so an empty line is a run of newlines. */
function dropEmptyLines(text: string): string {
  return text.includes("\n\n") ? text.replace(EMPTY_LINES, "\n") : text;
}

/**
 * The TT as written, trimmed: "3", "1.", "a)". A number read back as "1.0" is "1", as Excel showed it.
 * "1." is kept as written; the numbering checks compare numbers by value.
 */
function taskNumber(text: string): string {
  const flat = text.replace(/\n/g, " ");
  const m = NUMBER_WITH_ZERO_DECIMALS.exec(flat);
  return m && m[1] ? m[1] : flat;
}

/** One entry per line or "- " bullet, bullets stripped, empty lines dropped. */
function listItems(text: string): string[] {
  if (text === "") return [];
  const items: string[] = [];
  for (const line of text.split("\n")) {
    const item = BULLET_CHARS.has(line.charCodeAt(0)) ? line.replace(BULLET, "").trim() : line;
    if (item !== "") items.push(item);
  }
  return items;
}

function isCapitals(text: string): boolean {
  return HAS_LETTER.test(text) && text === text.toLocaleUpperCase("vi") && text !== text.toLocaleLowerCase("vi");
}

/** "Nơi nhận:" opens the signature block under the table. */
function isRecipientsLine(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first !== 78 && first !== 110) return false; // "N" or "n"
  return matchKey(text.slice(0, 20)).startsWith("noi nhan");
}
