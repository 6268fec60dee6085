import fc from "fast-check";
import type { UnitRef } from "../../../src/core/model/Unit";
import { splitUnits } from "../../../src/core/units/splitUnits";
import { SEED_UNIT_CELLS } from "./seedUnitCells";

/** A unit as expected: its name, and whether it is a generic phrase. */
interface Expected {
  name: string;
  generic: boolean;
}
const u = (name: string): Expected => ({ name, generic: false });
const g = (name: string): Expected => ({ name, generic: true });
const shape = (refs: UnitRef[]): Expected[] =>
  refs.map((r) => ({ name: r.name, generic: r.generic === true }));

const SO_GDDT_LEAD = {
  name: "Sở GDĐT",
  subUnits: ["Phòng Nghiệp vụ Dạy học", "Phòng Tổ chức – Hành chính", "Phòng Kế hoạch – Tài chính"],
  text: "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính)",
};

const UBND_HUYEN = u("UBND các huyện, thành phố");
const PHONG_GDDT_HUYEN = u("Phòng GDĐT các huyện, thành phố");
const SO_NNPTNT = u("Sở Nông nghiệp và Phát triển nông thôn");
const SO_LDTBXH = u("Sở Lao động – Thương binh và Xã hội");

// Hand-written from reading the seed, task by task.
const SEED_COORDINATING: Record<number, Expected[]> = {
  1: [
    UBND_HUYEN,
    PHONG_GDDT_HUYEN,
    u("Sở Kế hoạch và Đầu tư"),
    u("Sở Tài chính"),
    u("Ban dân tộc tỉnh"),
    SO_NNPTNT,
    SO_LDTBXH,
    u("Sở Thông tin truyền thông"),
    g("Các tổ chức, cá nhân liên quan"),
  ],
  2: [
    u("Ban dân tộc tỉnh"),
    u("Sở Nội vụ"),
    u("Sở Kế hoạch Đầu tư"),
    u("Sở Tài chính"),
    u("Sở Tư Pháp"),
    SO_NNPTNT,
    SO_LDTBXH,
    UBND_HUYEN,
    PHONG_GDDT_HUYEN,
    g("Các đơn vị có liên quan"),
  ],
  3: [UBND_HUYEN, PHONG_GDDT_HUYEN, g("Các đơn vị có liên quan")],
  4: [UBND_HUYEN, PHONG_GDDT_HUYEN, g("Các đơn vị, cá nhân có liên quan")],
  5: [g("Các chuyên gia"), PHONG_GDDT_HUYEN, g("Các đơn vị, cá nhân có liên quan")],
  6: [u("Ban dân tộc tỉnh"), u("Sở Tài chính"), PHONG_GDDT_HUYEN, g("Các đơn vị, cá nhân có liên quan")],
  7: [
    u("Ban Dân tộc tỉnh"),
    u("Sở Tài chính"),
    u("Sở Kế hoạch đầu tư"),
    SO_NNPTNT,
    SO_LDTBXH,
    u("UBND huyện, thành phố"),
    u("Phòng GDĐT huyện, thành phố"),
  ],
  8: [
    u("Ban Dân tộc tỉnh"),
    u("Sở Nội vụ"),
    u("Sở Kế hoạch đầu tư"),
    u("Sở Tài chính"),
    SO_NNPTNT,
    u("Sở Lao động – Thương binh và Xã Hội"),
    u("Sở Tư Pháp"),
    u("Sở Thông tin truyền thông"),
    u("Báo Ninh Thuận"),
    u("Đài phát thanh và truyền hình tỉnh"),
    UBND_HUYEN,
    PHONG_GDDT_HUYEN,
    g("Các đơn vị có liên quan"),
  ],
};

describe("splitUnits on the seed plan", () => {
  test("the fixture holds the 8 tasks", () => {
    expect(SEED_UNIT_CELLS.map((c) => c.task)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  test.each(SEED_UNIT_CELLS.map((c) => [c.task, c.lead] as const))("task %i lead cell", (_task, lead) => {
    const refs = splitUnits(lead);
    expect(refs).toEqual([SO_GDDT_LEAD]);
  });

  test.each(SEED_UNIT_CELLS.map((c) => [c.task, c.coordinating] as const))(
    "task %i coordinating cell",
    (task, coordinating) => {
      expect(shape(splitUnits(coordinating))).toEqual(SEED_COORDINATING[task]);
    },
  );

  test("the two units of 'UBND và Phòng GDĐT các huyện, thành phố' keep the phrase as written", () => {
    const refs = splitUnits(SEED_UNIT_CELLS[0]?.coordinating ?? "");
    expect(refs.slice(0, 2)).toEqual([
      { text: "UBND và Phòng GDĐT các huyện, thành phố", name: "UBND các huyện, thành phố", subUnits: [] },
      {
        text: "UBND và Phòng GDĐT các huyện, thành phố",
        name: "Phòng GDĐT các huyện, thành phố",
        subUnits: [],
      },
    ]);
    expect(refs[2]).toEqual({ text: "Sở Kế hoạch và Đầu tư", name: "Sở Kế hoạch và Đầu tư", subUnits: [] });
  });
});

describe("splitUnits edge cases", () => {
  const nbsp = String.fromCharCode(0xa0);
  const rows: [string, string, Expected[]][] = [
    // Commas: a new unit only when a unit head follows.
    ["comma before Sở", "Sở Nội vụ, Sở Kế hoạch đầu tư", [u("Sở Nội vụ"), u("Sở Kế hoạch đầu tư")]],
    ["comma before Sở (2)", "Sở Tài chính, Sở Tư pháp", [u("Sở Tài chính"), u("Sở Tư pháp")]],
    ["comma inside a scope", "UBND các huyện, thành phố", [u("UBND các huyện, thành phố")]],
    ["comma inside a phrase", "Các tổ chức, cá nhân liên quan", [g("Các tổ chức, cá nhân liên quan")]],
    [
      "comma inside a phrase (2)",
      "Các đơn vị, cá nhân có liên quan",
      [g("Các đơn vị, cá nhân có liên quan")],
    ],
    ["comma inside a name", "Sở Văn hóa, Thể thao và Du lịch", [u("Sở Văn hóa, Thể thao và Du lịch")]],
    ["list of kinds", "Các sở, ban, ngành liên quan", [g("Các sở, ban, ngành liên quan")]],
    ["list of kinds without commas", "Các sở, ban ngành liên quan", [g("Các sở, ban ngành liên quan")]],
    ["bảo is not Báo", "Sở Tài chính, bảo đảm kinh phí", [u("Sở Tài chính, bảo đảm kinh phí")]],
    ["số is not Sở", "Sở Nội vụ, số liệu cán bộ", [u("Sở Nội vụ, số liệu cán bộ")]],
    [
      "other heads",
      "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh",
      [u("Công an tỉnh"), u("Bộ Chỉ huy Quân sự tỉnh"), u("Tỉnh đoàn"), u("Hội Liên hiệp Phụ nữ tỉnh")],
    ],
    [
      "more heads",
      "Kho bạc Nhà nước tỉnh, Ngân hàng Chính sách xã hội, Liên đoàn Lao động tỉnh, Mặt trận Tổ quốc",
      [
        u("Kho bạc Nhà nước tỉnh"),
        u("Ngân hàng Chính sách xã hội"),
        u("Liên đoàn Lao động tỉnh"),
        u("Mặt trận Tổ quốc"),
      ],
    ],
    // "và": a new unit only when a unit head follows; a district scope is shared.
    ["và inside names", "Sở Kế hoạch và Đầu tư", [u("Sở Kế hoạch và Đầu tư")]],
    [
      "và inside names (2)",
      "Sở Lao động – Thương binh và Xã hội",
      [u("Sở Lao động – Thương binh và Xã hội")],
    ],
    [
      "và inside names (3)",
      "Sở Nông nghiệp và Phát triển nông thôn",
      [u("Sở Nông nghiệp và Phát triển nông thôn")],
    ],
    ["và inside names (4)", "Đài phát thanh và truyền hình tỉnh", [u("Đài phát thanh và truyền hình tỉnh")]],
    ["và inside names (5)", "Sở Giáo dục và Đào tạo", [u("Sở Giáo dục và Đào tạo")]],
    ["và between units", "Sở Tài chính và Sở Tư pháp", [u("Sở Tài chính"), u("Sở Tư pháp")]],
    ["& between units", "Sở Tài chính & Sở Tư pháp", [u("Sở Tài chính"), u("Sở Tư pháp")]],
    ["shared scope", "UBND và Phòng GDĐT các huyện, thành phố", [UBND_HUYEN, PHONG_GDDT_HUYEN]],
    [
      "shared scope without các",
      "UBND và Phòng GDĐT huyện, thành phố",
      [u("UBND huyện, thành phố"), u("Phòng GDĐT huyện, thành phố")],
    ],
    [
      "shared scope after a comma",
      "UBND, Phòng GDĐT các huyện",
      [u("UBND các huyện"), u("Phòng GDĐT các huyện")],
    ],
    [
      "a Sở takes no district scope",
      "Sở Tài chính và UBND các huyện",
      [u("Sở Tài chính"), u("UBND các huyện")],
    ],
    [
      "a provincial unit takes no district scope",
      "UBND tỉnh và Phòng GDĐT các huyện",
      [u("UBND tỉnh"), u("Phòng GDĐT các huyện")],
    ],
    ["xã hội is no scope", "UBND và Phòng Văn hóa – Xã hội", [u("UBND"), u("Phòng Văn hóa – Xã hội")]],
    [
      "commune scope",
      "UBND và Phòng Văn hóa – Xã hội các xã, phường",
      [u("UBND các xã, phường"), u("Phòng Văn hóa – Xã hội các xã, phường")],
    ],
    // Bullets and separators.
    ["bullets", "+ Sở Y tế\n• Sở Xây dựng\n- Sở Nội vụ", [u("Sở Y tế"), u("Sở Xây dựng"), u("Sở Nội vụ")]],
    ["bullet glued to the name", "-Sở Y tế;-Sở Xây dựng", [u("Sở Y tế"), u("Sở Xây dựng")]],
    ["mid-line dash before a unit", "Sở Tài chính - Sở Tư pháp", [u("Sở Tài chính"), u("Sở Tư pháp")]],
    ["dash inside a name", "Phòng Tổ chức - Hành chính", [u("Phòng Tổ chức - Hành chính")]],
    ["trailing punctuation", "Sở Y tế.;,", [u("Sở Y tế")]],
    ["blank paragraphs", "\n\nSở Y tế;\n\n\n", [u("Sở Y tế")]],
    // Spelling of the input.
    ["upper case", "SỞ TÀI CHÍNH, SỞ TƯ PHÁP", [u("SỞ TÀI CHÍNH"), u("SỞ TƯ PHÁP")]],
    [
      "upper case shared scope",
      "UBND VÀ PHÒNG GDĐT CÁC HUYỆN, THÀNH PHỐ",
      [u("UBND CÁC HUYỆN, THÀNH PHỐ"), u("PHÒNG GDĐT CÁC HUYỆN, THÀNH PHỐ")],
    ],
    ["no diacritics", "So Tai chinh, So Tu phap", [u("So Tai chinh"), u("So Tu phap")]],
    ["stray spaces", "  Sở Nội vụ ,   Sở Kế hoạch   đầu tư ;; ", [u("Sở Nội vụ"), u("Sở Kế hoạch đầu tư")]],
    ["non-breaking spaces", `Sở${nbsp}Nội vụ;${nbsp}Sở Y tế${nbsp}`, [u("Sở Nội vụ"), u("Sở Y tế")]],
    ["abbreviation with &", "Sở GD&ĐT", [u("Sở GD&ĐT")]],
    ["abbreviation with - and &", "Sở LĐ-TB&XH", [u("Sở LĐ-TB&XH")]],
    ["two abbreviations", "Sở GD&ĐT, Sở LĐ-TB&XH", [u("Sở GD&ĐT"), u("Sở LĐ-TB&XH")]],
    // Nothing to read.
    ["empty", "", []],
    ["only spaces and newlines", " \n \n ", []],
    ["only punctuation", ";.,; - •", []],
  ];
  test.each(rows)("%s: %j", (_label, input, expected) => {
    expect(shape(splitUnits(input))).toEqual(expected);
  });

  test("NFD input gives NFC names", () => {
    const refs = splitUnits("Sở Tài chính, Sở Tư pháp; Ban dân tộc tỉnh".normalize("NFD"));
    expect(refs.map((r) => r.name)).toEqual(["Sở Tài chính", "Sở Tư pháp", "Ban dân tộc tỉnh"]);
    expect(refs.every((r) => r.name === r.name.normalize("NFC") && r.text === r.text.normalize("NFC"))).toBe(
      true,
    );
  });

  test("NFD shared scope", () => {
    const refs = splitUnits("UBND và Phòng GDĐT các huyện, thành phố".normalize("NFD"));
    expect(refs.map((r) => r.name)).toEqual(["UBND các huyện, thành phố", "Phòng GDĐT các huyện, thành phố"]);
  });

  test("a bracketed list stays with its unit; its separators never split the outer list", () => {
    expect(splitUnits("Sở GDĐT(Phòng Nghiệp vụ Dạy học, Phòng Tổ chức – Hành chính), Sở Tài chính")).toEqual([
      {
        text: "Sở GDĐT(Phòng Nghiệp vụ Dạy học, Phòng Tổ chức – Hành chính)",
        name: "Sở GDĐT",
        subUnits: ["Phòng Nghiệp vụ Dạy học", "Phòng Tổ chức – Hành chính"],
      },
      { text: "Sở Tài chính", name: "Sở Tài chính", subUnits: [] },
    ]);
  });

  test("a bracketed list across lines", () => {
    const refs = splitUnits("Sở GDĐT (Phòng Nghiệp vụ Dạy học;\nPhòng Tổ chức – Hành chính)\n- Sở Y tế");
    expect(refs.map((r) => [r.name, r.subUnits])).toEqual([
      ["Sở GDĐT", ["Phòng Nghiệp vụ Dạy học", "Phòng Tổ chức – Hành chính"]],
      ["Sở Y tế", []],
    ]);
  });

  test("an unclosed bracket does not swallow the rest of the cell", () => {
    const refs = splitUnits("Sở Nội vụ (Ban Thi đua – Khen thưởng; Sở Tài chính");
    expect(refs.map((r) => [r.name, r.subUnits])).toEqual([
      ["Sở Nội vụ (Ban Thi đua – Khen thưởng", []],
      ["Sở Tài chính", []],
    ]);
  });

  test("a name only in brackets keeps its words", () => {
    expect(shape(splitUnits("(Sở Y tế)"))).toEqual([u("Sở Y tế")]);
  });

  test("not a string gives no unit", () => {
    expect(splitUnits(undefined as unknown as string)).toEqual([]);
    expect(splitUnits(42 as unknown as string)).toEqual([]);
  });

  test("never throws; names are NFC, one line, with a letter or digit", () => {
    const piece = fc.constantFrom(
      "Sở",
      "UBND",
      " và ",
      ", ",
      "; ",
      "\n",
      "- ",
      "(",
      ")",
      "[",
      "Phòng GDĐT",
      " các huyện",
      "thành phố",
      "Các đơn vị",
      " liên quan",
      "•",
      "&",
      ".",
      " ",
    );
    const text = fc.oneof(
      fc.array(piece, { maxLength: 30 }).map((a) => a.join("")),
      fc.string({ maxLength: 60 }),
    );
    fc.assert(
      fc.property(text, fc.boolean(), (t, nfd) => {
        const refs = splitUnits(nfd ? t.normalize("NFD") : t);
        for (const r of refs) {
          expect(r.name).toBe(r.name.normalize("NFC"));
          expect(r.name).not.toMatch(/\n/);
          expect(r.name).toMatch(/[\p{L}\p{N}]/u);
        }
      }),
      { numRuns: 500 },
    );
  });
});
