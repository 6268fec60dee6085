// The workbook's own unit directory: a sheet named "Đơn vị" (the caller picks the sheet) that extends or
// overrides the default directory, so staff can teach the add-in a unit or a spelling without a new release.
//
// One header row (found in the first 20 rows; headers matched without case or diacritics, in any order),
// then one row per unit:
//   Tên đơn vị      required  the unit's name. A name the directory already knows (in any accepted or
//                             variant spelling) extends that unit; an unknown name adds a unit.
//   Viết tắt        optional  accepted short forms, separated by ";" or line breaks: "Sở GDĐT; Sở GD&ĐT"
//   Cách viết khác  optional  spellings to accept but flag as variants: "Sở Kế hoạch Đầu tư"
//   Đơn vị kế thừa  optional  successors, ";"-separated, each with an optional note in brackets:
//                             "Sở Nội vụ; Sở GDĐT (giáo dục nghề nghiệp)"
//   Từ ngày         optional  the date the unit ceased under this name: a date cell or "dd/mm/yyyy" text.
//                             Needed for successors to take effect.
//   Ghi chú         optional  a free remark, kept on the unit
//   Căn cứ          optional  legal basis of the reorganisation: "Nghị định 45/2025/NĐ-CP"
// A known unit keeps its canonical name and id; the row's name, when spelt differently, becomes an accepted
// form (this is how a workbook silences a variant warning). Successors and date replace the directory's.
// A row that cannot be read (no name, an error value, a date that is not a date, successors without a date)
// gives a "directory-row-invalid" warning; what could be read of it still applies.

import type { IsoDate } from "../date/calendar";
import { excelSerialToIso, isoDate, isValidDate } from "../date/calendar";
import { cellAddress } from "../grid/address";
import type { CellValue, Grid } from "../grid/Grid";
import type { IssueOf } from "../model/Issue";
import type { DirectoryUnit, Successor, UnitDirectory } from "../model/Unit";
import { cleanText, matchKey } from "../text/normalize";
import { resolveUnitName } from "./resolveUnit";

type Role = "name" | "abbreviations" | "variants" | "successors" | "effective" | "note" | "basis";

const HEADERS: Record<Role, string[]> = {
  name: ["ten don vi", "don vi", "ten co quan", "co quan"],
  abbreviations: ["viet tat", "ten viet tat"],
  variants: ["cach viet khac", "ten khac"],
  successors: ["don vi ke thua", "ke thua"],
  effective: ["tu ngay", "ngay hieu luc", "hieu luc tu ngay"],
  note: ["ghi chu"],
  basis: ["can cu", "can cu phap ly"],
};

const HEADER_SEARCH_ROWS = 20;

type DirectoryIssue = IssueOf<"directory-row-invalid">;

export function directoryFromGrid(
  grid: Grid,
  base: UnitDirectory,
): { directory: UnitDirectory; issues: DirectoryIssue[] } {
  const issues: DirectoryIssue[] = [];
  const issue = (row: number, col: number, text: string): void => {
    issues.push({
      code: "directory-row-invalid",
      severity: "warning",
      sheet: grid.name,
      row: row + 1,
      cell: cellAddress(row, Math.max(col, 0)),
      text,
    });
  };
  const units = base.units.map(copyUnit);
  const current = (): UnitDirectory => ({ units, genericPhrases: base.genericPhrases });

  const header = findHeader(grid);
  if (!header) {
    const firstRow = grid.values.findIndex((row) => row.some((v) => cellText(v) !== ""));
    const at = Math.max(firstRow, 0);
    issue(at, 0, (grid.values[at] ?? []).map(cellText).filter(Boolean).join(" | "));
    return { directory: current(), issues };
  }

  const touched = new Set<DirectoryUnit>();
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const values = grid.values[r] ?? [];
    const at = (role: Role): { value: CellValue; col: number } => {
      const col = header.columns[role] ?? -1;
      return { value: col >= 0 ? (values[col] ?? null) : null, col };
    };
    const roles = Object.keys(header.columns) as Role[];
    if (roles.every((role) => cellText(at(role).value) === "")) continue;

    const broken = roles.find((role) => isErrorValue(at(role).value));
    if (broken) {
      issue(r, at(broken).col, cellText(at(broken).value));
      continue;
    }

    const name = cellText(at("name").value).replace(/\n+/g, " ");
    if (!/\p{L}/u.test(name)) {
      issue(
        r,
        at("name").col,
        roles
          .map((role) => cellText(at(role).value))
          .filter(Boolean)
          .join(" | "),
      );
      continue;
    }

    const found = resolveUnitName(name, current());
    let unit = found ? units.find((u) => u.id === found.unitId) : undefined;
    if (!unit) {
      unit = { id: uniqueId(name, units), name, abbreviations: [], variants: [] };
      units.push(unit);
    } else if (unit.name !== name) {
      addAll(unit.abbreviations, [name]);
    }
    touched.add(unit);

    addAll(unit.abbreviations, listOf(at("abbreviations").value));
    addAll(unit.variants, listOf(at("variants").value));
    unit.variants = unit.variants.filter((v) => v !== unit?.name && !unit?.abbreviations.includes(v));
    unit.abbreviations = unit.abbreviations.filter((a) => a !== unit?.name);

    const note = cellText(at("note").value);
    if (note) unit.note = note;

    const successorsText = cellText(at("successors").value);
    const dateCell = at("effective");
    const effective = readDate(dateCell.value, grid.date1904 === true);
    if (effective === null) {
      issue(r, dateCell.col, cellText(dateCell.value));
      continue;
    }
    if (effective === undefined) {
      if (successorsText) issue(r, dateCell.col >= 0 ? dateCell.col : at("successors").col, successorsText);
      continue;
    }
    const successors = successorsText ? successorsOf(successorsText) : (unit.reorganised?.successors ?? []);
    const basis = cellText(at("basis").value) || unit.reorganised?.basis;
    unit.reorganised = { effective, successors, ...(basis ? { basis } : {}) };
  }

  // Successors may name units added further down the sheet: resolve them against the finished directory.
  const directory = current();
  for (const unit of touched) {
    if (!unit.reorganised) continue;
    unit.reorganised.successors = unit.reorganised.successors.map((s) => {
      if (s.unitId) return s;
      const found = resolveUnitName(s.name, directory);
      return found ? { ...s, unitId: found.unitId } : s;
    });
  }
  return { directory, issues };
}

function findHeader(grid: Grid): { row: number; columns: Partial<Record<Role, number>> } | null {
  const last = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const columns: Partial<Record<Role, number>> = {};
    (grid.values[r] ?? []).forEach((value, col) => {
      const key = matchKey(cellText(value));
      const role = (Object.keys(HEADERS) as Role[]).find((k) => HEADERS[k].includes(key));
      if (role && columns[role] === undefined) columns[role] = col;
    });
    if (columns.name !== undefined) return { row: r, columns };
  }
  return null;
}

function cellText(value: CellValue | undefined): string {
  if (typeof value === "string") return cleanText(value);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

function isErrorValue(value: CellValue | undefined): boolean {
  return (
    typeof value === "string" &&
    /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/.test(
      value.trim(),
    )
  );
}

/** A date cell (serial number) or "dd/mm/yyyy" (also "." or "-"), or ISO text. undefined = empty, null = unreadable. */
function readDate(value: CellValue, date1904: boolean): IsoDate | null | undefined {
  if (value === null || value === "") return undefined;
  if (typeof value === "number") return excelSerialToIso(value, date1904);
  if (typeof value !== "string") return null;
  const text = cleanText(value);
  if (text === "") return undefined;
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = dmy
    ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
    : ymd
      ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])]
      : [NaN, NaN, NaN];
  return isValidDate(year, month, day) ? isoDate(year, month, day) : null;
}

function listOf(value: CellValue): string[] {
  return cellText(value)
    .split(/[;\n]/)
    .map((s) =>
      s
        .replace(/^[\s\-+•]+/u, "")
        .replace(/[\s.,;:]+$/u, "")
        .trim(),
    )
    .filter((s) => /\p{L}/u.test(s));
}

/** "Sở Nội vụ; Sở GDĐT (giáo dục nghề nghiệp)" → two successors, the second with a note. */
function successorsOf(text: string): Successor[] {
  return listOf(text).map((item) => {
    const m = /^(.*?)\s*\(([^()]*)\)$/u.exec(item);
    const name = m?.[1]?.trim();
    const note = m?.[2]?.trim();
    return name && note ? { name, note } : { name: item };
  });
}

function addAll(list: string[], items: string[]): void {
  for (const item of items) if (!list.includes(item)) list.push(item);
}

function uniqueId(name: string, units: DirectoryUnit[]): string {
  const stem = matchKey(name).replace(/ /g, "-") || "don-vi";
  let id = stem;
  for (let n = 2; units.some((u) => u.id === id); n++) id = `${stem}-${n}`;
  return id;
}

function copyUnit(unit: DirectoryUnit): DirectoryUnit {
  return {
    ...unit,
    abbreviations: [...unit.abbreviations],
    variants: [...unit.variants],
    ...(unit.reorganised
      ? {
          reorganised: {
            ...unit.reorganised,
            successors: unit.reorganised.successors.map((s) => ({ ...s })),
          },
        }
      : {}),
  };
}
