// Generates plans of any size for benchmarks (`npm run bench` reads 5,000 and 10,000 tasks): the seed's
// text, units and time expressions drawn in rotation, with section rows and Word-paste style tasks that
// span several rows. Deterministic: the same n gives the same rows.
import ExcelJS from "exceljs";
import seedPlan from "../../assets/sample/seed-plan.json";
import { TIME_EXPRESSIONS } from "../fixtures/planFixtures";
import { addMergesToSheetXml } from "./addMergesToSheetXml";
import { setUpPlanSheet, styleBodyCell, writeHeaderRow, writeTitleRows } from "./planSheetLayout";
import { writeDeterministicXlsx } from "./writeDeterministicXlsx";

const WIDTH = 6;
/** A sub-section row ("A", "B" …) every this many tasks. */
const TASKS_PER_SECTION = 40;
/** Sub-sections per part ("I", "II" …). */
const SUBSECTIONS_PER_PART = 5;
/** Every this many tasks, one is laid out Word-paste style over several rows. */
const WORD_PASTE_EVERY = 5;
/** Every this many tasks the TT is left blank, as in the seed (rows 2, 6, 7, 8). */
const BLANK_TT_EVERY = 17;

const SECTION_TITLES = [
  "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
  "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
  "PHÁT TRIỂN MẠNG LƯỚI TRƯỜNG, LỚP VÀ CƠ SỞ VẬT CHẤT",
  "NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ",
  "KIỂM TRA, GIÁM SÁT, SƠ KẾT, TỔNG KẾT",
];

const SUBSECTION_TITLES = [
  "Tuyên truyền, nâng cao nhận thức",
  "Phát triển mạng lưới trường, lớp",
  "Bồi dưỡng đội ngũ cán bộ quản lý, giáo viên",
  "Đầu tư cơ sở vật chất, thiết bị",
  "Thực hiện chính sách hỗ trợ",
  "Kiểm tra, đánh giá",
  "Huy động nguồn lực",
];

const VERBS = [
  "Xây dựng kế hoạch",
  "Tổ chức triển khai",
  "Rà soát, đánh giá",
  "Kiểm tra, giám sát việc thực hiện",
  "Bồi dưỡng, tập huấn về",
  "Tổng hợp, báo cáo kết quả",
  "Hướng dẫn thực hiện",
];
const OBJECTS = [
  "Chương trình Hỗ trợ phát triển GDMN vùng khó khăn",
  "nâng cao năng lực đội ngũ CBQL, GV mầm non",
  "đầu tư cơ sở vật chất trường, lớp mầm non",
  "mô hình tăng cường tiếng Việt cho trẻ em DTTS",
  "chính sách hỗ trợ trẻ em vùng khó khăn",
  "công tác truyền thông về GDMN",
  "mua sắm đồ dùng, đồ chơi, thiết bị dạy học",
  "biên soạn tài liệu, học liệu cho GV",
];
const SCOPES = ["", " năm 2026", " tại các xã vùng khó khăn", " trên địa bàn tỉnh", " giai đoạn 2026 - 2030"];

const LEADS = [
  ...seedPlan.tasks.slice(0, 1).map((t) => t.lead),
  "Sở GDĐT",
  "Sở Giáo dục và Đào tạo",
  "Sở Tài chính",
  "UBND các huyện, thành phố",
  "Sở Nội vụ",
  "Ban Dân tộc tỉnh",
  "Sở GD&ĐT",
];

/** Coordinating units as paragraphs: the seed's cells (all three spellings of Sở Kế hoạch và Đầu tư) and short lists. */
const COORDINATING: string[][] = [
  ...seedPlan.tasks.map((t) => t.coordinating.split("\n").filter((p) => p.trim() !== "")),
  ["Sở Kế hoạch và Đầu tư; Sở Tài chính"],
  ["Phòng GDĐT các huyện, thành phố"],
  ["- Sở LĐTB&XH;", "- Sở NN&PTNT;", "- Các đơn vị có liên quan."],
];

const TIMEFRAMES: string[] = [
  ...seedPlan.tasks.map((t) => t.timeframe),
  ...TIME_EXPRESSIONS.filter((e): e is string => typeof e === "string"),
];

const PRODUCTS: string[][] = [
  ...seedPlan.tasks.map((t) => t.products.split("\n").filter((p) => p.trim() !== "")),
  ["Kế hoạch"],
  ["Báo cáo kết quả thực hiện"],
];

const ROMAN_DIGITS: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 1 → "I", 4 → "IV", 40 → "XL": part numbers as plans write them. */
export function romanNumeral(value: number): string {
  let rest = value;
  let out = "";
  for (const [amount, digits] of ROMAN_DIGITS) {
    while (rest >= amount) {
      out += digits;
      rest -= amount;
    }
  }
  return out;
}

/** "A".."Z", then "AA", "AB" … for sub-sections. */
function sectionLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : sectionLetter(Math.floor(index / 26) - 1) + letter;
}

/** "A".."F": the generated table never goes past column Z. */
function columnLetter(col: number): string {
  return String.fromCharCode(64 + col);
}

function pick<T>(pool: readonly T[], index: number): T {
  const value = pool[((index % pool.length) + pool.length) % pool.length];
  if (value === undefined) throw new Error("generatePlan: empty pool");
  return value;
}

/** One generated row and what it is; a task's first row carries kind "task". */
export interface GeneratedRow {
  kind: "section" | "task" | "continuation";
  cells: string[];
}

/** The rows of a plan with n tasks (no title block, no header), each tagged with its kind. */
export function generatePlanLayout(n: number): GeneratedRow[] {
  const rows: GeneratedRow[] = [];
  const count = Math.max(0, Math.floor(n));
  for (let i = 0; i < count; i++) {
    if (i % TASKS_PER_SECTION === 0) {
      // Parts "I", "II" … each split into sub-sections "A", "B" … as in plans with two levels of headings.
      const s = i / TASKS_PER_SECTION;
      if (s % SUBSECTIONS_PER_PART === 0) {
        const part = s / SUBSECTIONS_PER_PART;
        rows.push({
          kind: "section",
          cells: [romanNumeral(part + 1), pick(SECTION_TITLES, part), "", "", "", ""],
        });
      }
      rows.push({
        kind: "section",
        cells: [sectionLetter(s % SUBSECTIONS_PER_PART), pick(SUBSECTION_TITLES, s), "", "", "", ""],
      });
    }
    // Strides coprime with the pool sizes so that neighbouring tasks differ in every column.
    const seedTask = i % 9 === 0 ? seedPlan.tasks[(i / 9) % seedPlan.tasks.length] : undefined;
    const title = seedTask
      ? (seedTask.title.split("\n")[0] ?? seedTask.title)
      : `${pick(VERBS, i)} ${pick(OBJECTS, i * 3)}${pick(SCOPES, i * 7)}`.trim();
    const number = i % BLANK_TT_EVERY === BLANK_TT_EVERY - 1 ? "" : String(i + 1);
    const lead = pick(LEADS, i * 5);
    const coordinating = pick(COORDINATING, i * 7);
    const timeframe = pick(TIMEFRAMES, i * 11);
    const products = pick(PRODUCTS, i * 3);
    if (i % WORD_PASTE_EVERY === WORD_PASTE_EVERY - 1 && (coordinating.length > 1 || products.length > 1)) {
      // Word-paste layout: one paragraph per row in the multi-paragraph cells, the rest left for merging.
      const height = Math.max(coordinating.length, products.length);
      for (let r = 0; r < height; r++) {
        const first = r === 0;
        rows.push({
          kind: first ? "task" : "continuation",
          cells: [
            first ? number : "",
            first ? title : "",
            first ? lead : "",
            coordinating.length > 1 ? (coordinating[r] ?? "") : first ? (coordinating[0] ?? "") : "",
            first ? timeframe : "",
            products.length > 1 ? (products[r] ?? "") : first ? (products[0] ?? "") : "",
          ],
        });
      }
    } else {
      rows.push({
        kind: "task",
        cells: [number, title, lead, coordinating.join("\n"), timeframe, products.join("\n")],
      });
    }
  }
  return rows;
}

/**
 * The table body of a generated plan with n tasks: six strings per row (TT, Nhiệm vụ, chủ trì, phối hợp,
 * thời gian, sản phẩm). Section rows come every 40 tasks: a sub-section ("A", heading), preceded every five
 * sub-sections by a part ("I", heading); every fifth task whose cells have
 * several paragraphs spans several rows Word-paste style (continuation rows have blank TT and Nhiệm vụ).
 */
export function generatePlanRows(n: number): string[][] {
  return generatePlanLayout(n).map((row) => row.cells);
}

/**
 * Writes a generated plan of n tasks: the seed's title block and header (rows 1–8, as the sample), then the
 * rows; section headings merged across the table; single-paragraph cells of a Word-paste task merged down.
 */
export async function writeGeneratedPlan(path: string, n: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Kế hoạch");
  const headerRow = writeTitleRows(ws, seedPlan.titleLines, WIDTH);
  writeHeaderRow(ws, headerRow, seedPlan.header);
  const layout = generatePlanLayout(n);
  const merges: [number, number, number, number][] = [];
  let taskStart = -1;
  const closeTask = (end: number): void => {
    if (taskStart < 0 || end <= taskStart) return;
    for (let c = 1; c <= WIDTH; c++) {
      let blankBelow = true;
      for (let r = taskStart + 1; r <= end; r++) {
        if (ws.getRow(r).getCell(c).value !== null) blankBelow = false;
      }
      if (blankBelow) merges.push([taskStart, c, end, c]);
    }
  };
  layout.forEach((row, i) => {
    const rowNumber = headerRow + 1 + i;
    if (row.kind !== "continuation") {
      closeTask(rowNumber - 1);
      taskStart = row.kind === "task" ? rowNumber : -1;
    }
    const sheetRow = ws.getRow(rowNumber);
    row.cells.forEach((text, c) => {
      const cell = sheetRow.getCell(c + 1);
      styleBodyCell(cell, c === 0);
      if (text === "") return;
      cell.value = c === 0 && /^\d+$/.test(text) ? Number(text) : text;
    });
    if (row.kind === "section") {
      sheetRow.font = { name: "Times New Roman", size: 12, bold: true };
      merges.push([rowNumber, 2, rowNumber, WIDTH]);
    }
  });
  closeTask(headerRow + layout.length);
  setUpPlanSheet(ws, headerRow);
  // The table's merges never overlap (one task or section row each): they go straight into the sheet XML.
  const ranges = merges.map(
    ([top, left, bottom, right]) => `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`,
  );
  await writeDeterministicXlsx(workbook, path, (name, data) =>
    name === "xl/worksheets/sheet1.xml"
      ? new TextEncoder().encode(addMergesToSheetXml(new TextDecoder().decode(data), ranges))
      : data,
  );
}
