// Lead cells written as a numbered list of assignments, one per line ("1. Bộ … 2. Các bộ …"), as in Nghị quyết
// 109/NQ-CP ngày 16/4/2026, Phụ lục III (test/fixtures/corpus/nq109-2026-pl3-nhiem-vu-2026): the list number is
// no part of the unit. Numbers that belong to the text stay.
import { splitUnits } from "../../../src/core/units/splitUnits";

const names = (text: string): string[] => splitUnits(text).map((r) => r.name);

const ROWS: [string, string, string[]][] = [
  ["two numbered lines", "1. Bộ Nội vụ\n2. Bộ Tư pháp", ["Bộ Nội vụ", "Bộ Tư pháp"]],
  ["a bracket after the number", "1) Bộ Công Thương\n2) Bộ Xây dựng", ["Bộ Công Thương", "Bộ Xây dựng"]],
  [
    "a shared head after the number (109/NQ-CP, task I.14)",
    "1. Bộ Khoa học và Công nghệ chủ trì theo dõi.\n2. Các Bộ: Xây dựng, Công Thương, các bộ, cơ quan theo chức năng, nhiệm vụ được giao.",
    ["Bộ Khoa học và Công nghệ", "Bộ Xây dựng", "Bộ Công Thương", "các bộ, cơ quan"],
  ],
  ["a bullet and a number", "- 1. Sở Y tế", ["Sở Y tế"]],
  // Negative cases: a number that is part of the text.
  ["a count stays", "3 Sở: Tài chính, Nội vụ, Y tế", ["3 Sở: Tài chính, Nội vụ, Y tế"]],
  ["a decimal stays", "1.5 Sở Y tế", ["1.5 Sở Y tế"]],
];

describe("splitUnits: numbered lists of assignments", () => {
  it.each(ROWS)("%s", (_label, input, expected) => {
    expect(names(input)).toEqual(expected);
    expect(names(input.normalize("NFD")).map((n) => n.normalize("NFC"))).toEqual(expected);
  });
});

// A shared-head list whose last name carries a qualifier with commas in it (109/NQ-CP, task I.13).
const QUALIFIED: [string, string, string[]][] = [
  [
    "the qualifier's commas stay with the last name",
    "Các Bộ: Tài chính, Nông nghiệp và Môi trường, Xây dựng, Công an, Quốc phòng theo chức năng, nhiệm vụ rà soát, hoàn thiện",
    ["Bộ Tài chính", "Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng", "Bộ Công an", "Bộ Quốc phòng"],
  ],
  ["a list without a qualifier is unchanged", "Các Sở: Tài chính, Nội vụ, Y tế", ["Sở Tài chính", "Sở Nội vụ", "Sở Y tế"]],
  // Negative: a lower-case item right after the first name is no list at all.
  ["kinds, not names", "Các sở, ngành liên quan", ["Các sở, ngành liên quan"]],
];

describe("splitUnits: a shared head list ending in a qualifier", () => {
  it.each(QUALIFIED)("%s", (_label, input, expected) => {
    expect(names(input)).toEqual(expected);
    expect(names(input.normalize("NFD")).map((n) => n.normalize("NFC"))).toEqual(expected);
  });
});

// "báo cáo" (a report) after a qualifier is no newspaper ("Báo …") opening a unit (109/NQ-CP, task I.1).
const REPORT: [string, string, string[]][] = [
  ["a report in the qualifier", "Bộ Tư pháp chủ trì hướng dẫn, tổng hợp, báo cáo", ["Bộ Tư pháp"]],
  // Negative: a newspaper is still a unit.
  ["a newspaper stays a unit", "Sở Y tế, Báo Nhân Dân", ["Sở Y tế", "Báo Nhân Dân"]],
];

describe("splitUnits: báo cáo is a word, Báo a unit head", () => {
  it.each(REPORT)("%s", (_label, input, expected) => {
    expect(names(input)).toEqual(expected);
    expect(names(input.normalize("NFD")).map((n) => n.normalize("NFC"))).toEqual(expected);
  });
});

// What a unit does, written after its name, is a qualifier (109/NQ-CP, Phụ lục III, tasks I.4, I.5, I.9).
const DOES: [string, string, string[]][] = [
  ["tổng kết", "Bộ Tài chính tổng kết, đánh giá cơ chế, chính sách đặc thù", ["Bộ Tài chính"]],
  ["rà soát after a scope", "Các bộ, cơ quan rà soát, sửa đổi thuộc lĩnh vực quản lý", ["Các bộ, cơ quan"]],
  ["đầu mối", "Bộ Tài chính đầu mối phối hợp với các cơ quan tổng hợp, đề xuất", ["Bộ Tài chính"]],
  ["tổ chức triển khai", "Các bộ, cơ quan, địa phương tổ chức triển khai", ["Các bộ, cơ quan, địa phương"]],
  // Negative: the same words inside a unit's name, or as its second word.
  ["Ban Tổ chức", "Ban Tổ chức Tỉnh ủy", ["Ban Tổ chức Tỉnh ủy"]],
  ["Phòng Tổ chức – Hành chính", "Phòng Tổ chức – Hành chính", ["Phòng Tổ chức – Hành chính"]],
];

describe("splitUnits: what the unit does is a qualifier", () => {
  it.each(DOES)("%s", (_label, input, expected) => {
    expect(names(input)).toEqual(expected);
    expect(names(input.normalize("NFD")).map((n) => n.normalize("NFC"))).toEqual(expected);
  });
});
