// Builds cell grids in memory for the plan reader's tests: values by A1 address, merges by A1 range,
// and the seed plan laid out one row per task or as Excel lays out a table pasted from Word.
import type { CellRange, CellValue, Grid, WorkbookSnapshot } from "../../../src/core/grid/Grid";
import { parseAddress } from "../../../src/core/grid/address";

export class GridBuilder {
  private readonly values: CellValue[][] = [];
  private readonly formats: (string | null)[][] = [];
  private readonly merges: CellRange[] = [];
  private hidden = false;
  private date1904 = false;

  constructor(readonly name = "Kế hoạch") {}

  /** Sets one cell: set("B7", "Nhiệm vụ"), set("E9", 46022, "dd/mm/yyyy"). */
  set(address: string, value: CellValue, format?: string): this {
    const at = parseAddress(address);
    if (!at) throw new Error(`gridBuilder: bad address ${address}`);
    while (this.values.length <= at.row) this.values.push([]);
    const row = this.values[at.row] ?? [];
    while (row.length <= at.col) row.push(null);
    row[at.col] = value;
    if (format !== undefined) {
      while (this.formats.length <= at.row) this.formats.push([]);
      const formatRow = this.formats[at.row] ?? [];
      while (formatRow.length <= at.col) formatRow.push(null);
      formatRow[at.col] = format;
    }
    return this;
  }

  /** Writes cells left to right from a 1-based row and a column letter: row(5, ["TT", "Nhiệm vụ"]). */
  row(rowNumber: number, cells: CellValue[], firstCol = "A"): this {
    const start = parseAddress(`${firstCol}1`);
    if (!start) throw new Error(`gridBuilder: bad column ${firstCol}`);
    cells.forEach((value, i) => {
      if (value !== null) this.set(columnAddress(start.col + i, rowNumber), value);
    });
    return this;
  }

  /** Merges an A1 range: merge("A5:A8"). */
  merge(range: string): this {
    const [from, to] = range.split(":");
    const a = parseAddress(from ?? "");
    const b = parseAddress(to ?? "");
    if (!a || !b) throw new Error(`gridBuilder: bad range ${range}`);
    this.merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
    return this;
  }

  /** Merges 1-based rows top..bottom of a 0-based column (no-op for a single row). */
  mergeRows(col: number, top: number, bottom: number): this {
    if (bottom > top) this.merges.push({ top: top - 1, left: col, bottom: bottom - 1, right: col });
    return this;
  }

  hide(): this {
    this.hidden = true;
    return this;
  }

  build(): Grid {
    const grid: Grid = { name: this.name, values: this.values.map((r) => [...r]), merges: [...this.merges] };
    if (this.formats.length) grid.formats = this.formats.map((r) => [...r]);
    if (this.hidden) grid.hidden = true;
    if (this.date1904) grid.date1904 = true;
    return grid;
  }
}

function columnAddress(col: number, rowNumber: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${rowNumber}`;
}

export function workbook(...grids: Grid[]): WorkbookSnapshot {
  return { sheets: grids, names: [] };
}

/** The six cells of a plan row, as typed. */
export interface TaskCells {
  number: string;
  title: string;
  lead: string;
  coordinating: string;
  timeframe: string;
  products: string;
}

export const SEED_HEADER = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm dự kiến"];

export function taskRow(task: TaskCells): CellValue[] {
  return [ttValue(task.number), task.title, task.lead, task.coordinating, task.timeframe, task.products];
}

/** A TT typed as digits is stored as a number, like Excel does. */
export function ttValue(number: string): CellValue {
  if (number === "") return null;
  return /^\d+$/.test(number) ? Number(number) : number;
}

/** Writes tasks one row each from a 1-based row; returns the rows written. */
export function writeOneRowPerTask(builder: GridBuilder, firstRow: number, tasks: readonly TaskCells[]): number[] {
  return tasks.map((task, i) => {
    builder.row(firstRow + i, taskRow(task));
    return firstRow + i;
  });
}

/**
 * Writes tasks as Excel pastes a Word table: each non-empty paragraph of a cell on its own row; the cells
 * holding one paragraph or none merged vertically over all of the task's rows. Returns each task's rows.
 */
export function writeWordPaste(builder: GridBuilder, firstRow: number, tasks: readonly TaskCells[]): { first: number; last: number }[] {
  let next = firstRow;
  return tasks.map((task) => {
    const cells = taskRow(task).map((v) => (typeof v === "string" ? v.split("\n").filter((p) => p.trim() !== "") : v === null ? [] : [v]));
    const height = Math.max(1, ...cells.map((p) => p.length));
    const first = next;
    const last = next + height - 1;
    cells.forEach((paragraphs, col) => {
      if (paragraphs.length <= 1) {
        const value = paragraphs[0];
        if (value !== undefined) builder.row(first, [value], columnAddress(col, 1).replace(/\d+$/, ""));
        builder.mergeRows(col, first, last);
      } else {
        paragraphs.forEach((p, k) => builder.row(first + k, [p], columnAddress(col, 1).replace(/\d+$/, "")));
      }
    });
    next = last + 1;
    return { first, last };
  });
}

/** The seed's title block, one line per row from row 1, and its header in row 8. */
export const SEED_TITLE_LINES = [
  "ỦY BAN NHÂN DÂN",
  "TỈNH NINH THUẬN",
  "PHỤ LỤC",
  "Kế hoạch chi tiết triển khai thực hiện Chương trình Hỗ trợ phát triển giáo dục mầm non vùng khó khăn ",
  "trên địa bàn tỉnh Ninh Thuận giai đoạn 2023 - 2030",
  "(Ban hành kèm theo Kế hoạch số:           /KH-UBND ngày           tháng 9 năm 2023 của Ủy ban nhân dân tỉnh Ninh Thuận)",
];

/** A sheet with the seed's title lines (rows 1–6, merged A:F), its header in row 8; tasks start in row 9. */
export function seedSheet(name = "Kế hoạch"): GridBuilder {
  const b = new GridBuilder(name);
  SEED_TITLE_LINES.forEach((line, i) => {
    b.set(`A${i + 1}`, line).merge(`A${i + 1}:F${i + 1}`);
  });
  b.row(8, SEED_HEADER);
  return b;
}
