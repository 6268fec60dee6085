import type { Issue } from "../model/Issue";
import type { Plan, Section, Task } from "../model/Plan";
import { letterSteps, nextLetter, parseTaskNumber, type TaskNumber } from "./parseTaskNumber";
import { planHasColumn } from "./planHasColumn";
import { taskIssue } from "./taskIssue";

// Duplicate and skipped TT numbers, in one pass because both depend on the same running sequence.
//
// How blanks and duplicates interplay (the seed's TT column reads 1, (blank), 3, 3, 4, (blank), (blank), (blank)):
// - A blank TT is reported once, as numbering-missing (checkNumberingMissing). Each blank since a sequence's last
//   number may stand for one missing number of it, so "1, (blank), 3" is not also a gap: the blank is the 2.
// - A repeated number is reported as numbering-duplicate, naming the first row; the sequence then carries on from
//   it, so the seed's "3, 3, 4" gives one duplicate and no gap for the 4.
// - A gap is only reported when the blanks cannot explain it: "1, 3" (expected 2), "1, (blank), 4" (expected 2).
// So the seed gets four numbering-missing and one numbering-duplicate, and nothing else.
//
// Numbering restarts in each section (I, II … or A, B …); a plan that numbers straight on across sections
// (I: 1–3, II: 4–6) is accepted too. Sub-numbers run per parent: "1.1, 1.2" under 1, "a), b)" under the number
// above them.
//
// Headings numbered like tasks (readPlan's `group`, or a section numbered "1.", "2.") hold their place in the
// sequence without being tasks: "1. heading, 1.1, 1.2, 2. task" is in order. Their own numbers are not checked
// here. Tasks that share one merged TT cell (a unit-grouped table numbers the unit's group once) are one number.

interface Sequence {
  /** Last number (or letter) written; 0 / "" before the first. */
  last: number | string;
  /** The section's blank count when the sequence last moved: blanks since then may stand for missing numbers. */
  blankMark: number;
  /** First row of each number written: by value (integer, dotted) or by letter; one sequence holds one kind. */
  seen: Map<number | string, number>;
}

interface SectionState {
  blanks: number;
  sequences: Map<string, Sequence>;
  /**
   * The number that lettered items hang under ("" before the first): its value, and the row it was written on
   * (`${parent}@${parentRow}` names that occurrence). Kept apart and joined only when a lettered item comes.
   */
  parent: number | string;
  parentRow: number;
  /** Blank count when that occurrence of the parent was written. */
  blanksAtParentRow: number | undefined;
  /** Blank count when each top-level number was written, by value. */
  blanksAtInteger: Map<number, number>;
  /** Blank count when each dotted number ("2.1") was written. */
  blanksAtParent: Map<string, number>;
}

function freshSection(): SectionState {
  return {
    blanks: 0,
    sequences: new Map(),
    parent: "",
    parentRow: 0,
    blanksAtParentRow: undefined,
    blanksAtInteger: new Map(),
    blanksAtParent: new Map(),
  };
}

/** The occurrence of the number lettered items hang under: "3@12" (a repeated "3" starts its own a), b)). */
function parentOccurrence(state: SectionState): string {
  return state.parent === "" ? "" : `${state.parent}@${state.parentRow}`;
}

function sequenceKey(n: TaskNumber, state: SectionState): string {
  switch (n.kind) {
    case "integer":
      return "integer";
    case "dotted":
      return `dotted:${n.parent}`;
    case "letter":
      return `letter:${parentOccurrence(state)}`;
  }
}

/** Where a new sequence starts counting blanks: the section start, or where its parent number was written. */
function initialBlankMark(n: TaskNumber, state: SectionState): number {
  switch (n.kind) {
    case "integer":
      return 0;
    case "dotted":
      // A parent without a dot is a top-level number, remembered by value.
      return (n.parent.includes(".") ? state.blanksAtParent.get(n.parent) : state.blanksAtInteger.get(Number(n.parent))) ?? state.blanks;
    case "letter":
      return (state.parent === "" ? undefined : state.blanksAtParentRow) ?? state.blanks;
  }
}

function valueKey(n: TaskNumber): number | string {
  return n.kind === "letter" ? n.letter : n.value;
}

/** True when some step from `last` to n is one of 1 … 1 + allowance. */
function stepFits(n: TaskNumber, last: number | string, allowance: number): boolean {
  if (n.kind !== "letter") return fitsStep(n.value - Number(last), allowance);
  for (const step of letterSteps(String(last), n.letter)) if (fitsStep(step, allowance)) return true;
  return false;
}

function fitsStep(step: number, allowance: number): boolean {
  return step >= 1 && step <= 1 + allowance;
}

function expected(n: TaskNumber, last: number | string): string {
  switch (n.kind) {
    case "integer":
      return `${Number(last) + 1}${n.suffix}`;
    case "dotted":
      return `${n.parent}.${Number(last) + 1}${n.suffix}`;
    case "letter":
      return `${n.open}${nextLetter(String(last))}${n.suffix}`;
  }
}

export function checkNumberingSequence(plan: Plan): Issue[] {
  if (!planHasColumn(plan, "number")) return [];
  const issues: Issue[] = [];
  /** The row of the section the sequences run in (-1 for none or a numbered heading's), null before the first task. */
  let sectionKey: number | null = null;
  let state = freshSection();
  /** The previous section's last top-level number, for plans numbered straight on across sections. */
  let carried: number | undefined;

  /** A task, or a numbered heading (no task: it holds its place in the sequence and is not reported on). */
  const visit = (row: number, number: string, section: Section | undefined, task: Task | undefined): void => {
    const key = section && !isNumberedHeading(section) ? section.row : -1;
    if (key !== sectionKey) {
      const previous = state.sequences.get("integer")?.last;
      if (sectionKey !== null && typeof previous === "number" && previous > 0) carried = previous;
      sectionKey = key;
      state = freshSection();
    }
    const written = number.trim();
    if (written === "") {
      state.blanks += 1;
      return;
    }
    const n = parseTaskNumber(written);
    if (!n) return;

    const seqKey = sequenceKey(n, state);
    let seq = state.sequences.get(seqKey);
    if (!seq) {
      seq = { last: n.kind === "letter" ? "" : 0, blankMark: initialBlankMark(n, state), seen: new Map() };
      state.sequences.set(seqKey, seq);
    }
    const firstRow = seq.seen.get(valueKey(n));
    if (firstRow !== undefined) {
      if (task)
        issues.push(taskIssue(task, "number", "numbering-duplicate", { number: written, firstRow }));
      seq.blankMark = state.blanks;
    } else {
      const allowance = state.blanks - seq.blankMark;
      let ok = stepFits(n, seq.last, allowance);
      if (!ok && n.kind === "integer" && seq.last === 0 && carried !== undefined)
        ok = fitsStep(n.value - carried, allowance);
      if (!ok && task)
        issues.push(
          taskIssue(task, "number", "numbering-gap", { expected: expected(n, seq.last), found: written }),
        );
      seq.last = n.kind === "letter" ? n.letter : n.value;
      seq.blankMark = state.blanks;
      seq.seen.set(valueKey(n), row);
    }
    if (n.kind !== "letter") {
      let parentKey: number | string;
      if (n.kind === "integer") {
        parentKey = n.value; // written out only when a lettered item needs it
        state.blanksAtInteger.set(n.value, state.blanks);
      } else {
        parentKey = `${n.parent}.${n.value}`;
        state.blanksAtParent.set(parentKey, state.blanks);
      }
      // Lettered items belong to this occurrence of the number: a repeated "3" starts its own a), b).
      state.parent = parentKey;
      state.parentRow = row;
      state.blanksAtParentRow = state.blanks;
    }
  };

  // readPlan lists tasks top to bottom; sorting keeps the sequence right for a plan assembled otherwise.
  // A heading comes right before the first task under it, so it is visited then, in row order.
  const headingRows = new Set<number>();
  const visitHeading = (heading: Section, enclosing: Section | undefined): void => {
    if (headingRows.has(heading.row) || heading.number === "") return;
    headingRows.add(heading.row);
    visit(heading.row, heading.number, enclosing, undefined);
  };
  let lastNumberCell: string | undefined;
  // Already in row order (as readPlan lists them) the sort would change nothing: no copy, and an indexed loop.
  const tasks = inRowOrder(plan.tasks) ? plan.tasks : [...plan.tasks].sort((a, b) => a.row - b.row);
  for (let t = 0; t < tasks.length; t++) {
    const task = tasks[t] as Task;
    if (task.section && isNumberedHeading(task.section)) visitHeading(task.section, undefined);
    if (task.group) visitHeading(task.group, task.section);
    const cell = task.cells.number;
    // Tasks under one merged TT cell (read from the cell above their own row) are one place in the sequence.
    const sharesCell = cell !== undefined && cell === lastNumberCell && !cell.endsWith(String(task.row));
    lastNumberCell = cell;
    if (!sharesCell) visit(task.row, task.number, task.section, task);
  }
  return issues;
}

function inRowOrder(tasks: readonly Task[]): boolean {
  for (let i = 1; i < tasks.length; i++) if ((tasks[i - 1] as Task).row > (tasks[i] as Task).row) return false;
  return true;
}

/** A section that readPlan made from a heading numbered like a task ("1.", "6."), not from "I", "A" or capitals. */
function isNumberedHeading(section: Section): boolean {
  return STARTS_WITH_DIGIT.test(section.number);
}

/** Compiled once: a regex literal in a function body is a new RegExp object on every call. */
const STARTS_WITH_DIGIT = /^\d/;
