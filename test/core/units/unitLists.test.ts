// Unit lists as officials write them (issue 7 §4): shared head words, generic groups after named units,
// qualifiers after a unit, names that hold a comma. Each row is also checked decomposed (NFD) and, where the
// expected names follow the input's case, in capitals.
//
// Sources of the real phrases:
//   [TG]   Kế hoạch 56/KH-UBND ngày 24/02/2023 của UBND tỉnh Tiền Giang (Đề án 06): "các sở, ban, ngành tỉnh,
//          UBND các huyện, thành phố, thị xã (cấp huyện)"
//   [1944] Quyết định 1944/QĐ-TTg ngày 18/11/2021: "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và Ủy ban
//          nhân dân các tỉnh, thành phố trực thuộc trung ương"
//   [I7]   the forms quoted in issue 7 from published appendices.
import type { UnitRef } from "../../../src/core/model/Unit";
import { defaultDirectory } from "../../../src/core/units/directory";
import { resolveUnit } from "../../../src/core/units/resolveUnit";
import { splitUnits } from "../../../src/core/units/splitUnits";

interface Expected {
  name: string;
  generic?: true;
  note?: string;
}
const directory = defaultDirectory();
const shape = (refs: UnitRef[]): Expected[] =>
  refs.map((r) => ({ name: r.name, ...(r.generic ? { generic: true as const } : {}), ...(r.note ? { note: r.note } : {}) }));
const u = (name: string, note?: string): Expected => (note ? { name, note } : { name });
const g = (name: string): Expected => ({ name, generic: true });

// [label, input, expected, capitals variant expected to keep the same shape]
const ROWS: [string, string, Expected[], boolean][] = [
  // Shared head words [I7].
  ["Các Sở: list", "Các Sở: Tài chính, Nội vụ, Y tế", [u("Sở Tài chính"), u("Sở Nội vụ"), u("Sở Y tế")], true],
  ["Các Bộ without colon", "Các Bộ Tài chính, Tư pháp", [u("Bộ Tài chính"), u("Bộ Tư pháp")], true],
  ["Sở: without plural", "Sở: Tài chính, Nội vụ", [u("Sở Tài chính"), u("Sở Nội vụ")], true],
  ["UBND các huyện: names", "UBND các huyện: Ninh Hải, Ninh Phước", [u("UBND huyện Ninh Hải"), u("UBND huyện Ninh Phước")], true],
  ["a name with commas inside the list", "Các Sở: Tài chính, Văn hóa, Thể thao và Du lịch, Y tế", [u("Sở Tài chính"), u("Sở Văn hóa, Thể thao và Du lịch"), u("Sở Y tế")], true],
  ["và splits known units only", "Các Bộ: Tư pháp và Y tế", [u("Bộ Tư pháp"), u("Bộ Y tế")], true],
  ["và inside a name stays", "Các Sở: Tài chính, Kế hoạch và Đầu tư", [u("Sở Tài chính"), u("Sở Kế hoạch và Đầu tư")], true],
  ["a unit after the list", "Các Sở: Tài chính, Y tế, UBND các huyện", [u("Sở Tài chính"), u("Sở Y tế"), u("UBND các huyện")], true],
  ["in a bulleted cell", "- Các Bộ: Công an, Quốc phòng;\n- Văn phòng Chính phủ", [u("Bộ Công an"), u("Bộ Quốc phòng"), u("Văn phòng Chính phủ")], true],
  // Not shared-head lists (negative cases).
  ["kinds, not names", "Các sở, ngành liên quan", [g("Các sở, ngành liên quan")], false],
  ["kinds without commas", "Các sở ngành liên quan", [g("Các sở ngành liên quan")], false],
  ["one name without colon", "Các Sở Tài chính", [g("Các Sở Tài chính")], false],
  ["a colon after a full name", "Sở Tài chính thẩm định: Dự toán, Quyết toán", [u("Sở Tài chính thẩm định: Dự toán, Quyết toán")], false],
  // Named units and generic groups [I7], [TG], [1944].
  ["named units then the localities", "Bộ Tài chính, Bộ Tư pháp, các địa phương", [u("Bộ Tài chính"), u("Bộ Tư pháp"), g("các địa phương")], false],
  [
    "a name with commas, kinds, a scoped unit",
    "Sở Văn hóa, Thể thao và Du lịch, các sở, ngành, UBND các huyện, thành phố",
    [u("Sở Văn hóa, Thể thao và Du lịch"), g("các sở, ngành"), u("UBND các huyện, thành phố")],
    false,
  ],
  ["các tỉnh, thành phố stays one scope", "Bộ Y tế, các tỉnh, thành phố", [u("Bộ Y tế"), g("các tỉnh, thành phố")], false],
  ["the provinces alone", "Các tỉnh, thành phố trực thuộc Trung ương", [g("Các tỉnh, thành phố trực thuộc Trung ương")], false],
  [
    "[TG] provincial kinds and the districts",
    "các sở, ban, ngành tỉnh, UBND các huyện, thành phố, thị xã (cấp huyện)",
    [g("các sở, ban, ngành tỉnh"), u("UBND các huyện, thành phố, thị xã", "cấp huyện")],
    false,
  ],
  [
    "[1944] ministries and provinces",
    "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    [g("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"), u("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương")],
    false,
  ],
  ["central abbreviations", "VPCP, NHNN, BHXH Việt Nam", [u("VPCP"), u("NHNN"), u("BHXH Việt Nam")], true],
  // Nghị quyết 03/NQ-CP (09/01/2025), Phụ lục II, as transcribed in the corpus of issue 7 §6.
  ["[NQ03] press agencies and the localities", "VTV, VOV, TTXVN, các địa phương", [u("VTV"), u("VOV"), u("TTXVN"), g("các địa phương")], false],
  ["[NQ03] a ministry and the other bodies", "Bộ Nội vụ, các bộ, ngành, địa phương", [u("Bộ Nội vụ"), g("các bộ, ngành, địa phương")], false],
  [
    "[NQ03] a group with what it is",
    "Các bộ, ngành, địa phương là chủ quản CSDLQG, CSDL chuyên ngành",
    [{ name: "Các bộ, ngành, địa phương", generic: true, note: "là chủ quản CSDLQG, CSDL chuyên ngành" }],
    false,
  ],
  // Qualifiers [I7].
  ["đối với", "Sở Tài chính đối với cấp tỉnh", [u("Sở Tài chính", "đối với cấp tỉnh")], true],
  ["trình", "UBND cấp huyện trình HĐND cùng cấp", [u("UBND cấp huyện", "trình HĐND cùng cấp")], true],
  ["a role in brackets", "Công an tỉnh (cơ quan thường trực)", [u("Công an tỉnh", "cơ quan thường trực")], true],
  [
    "two qualified units",
    "Sở Tài chính đối với cấp tỉnh, UBND cấp xã đối với cấp xã",
    [u("Sở Tài chính", "đối với cấp tỉnh"), u("UBND cấp xã", "đối với cấp xã")],
    true,
  ],
  ["theo", "Sở Y tế theo chức năng, nhiệm vụ", [u("Sở Y tế", "theo chức năng, nhiệm vụ")], true],
  // Words that look like qualifiers inside names (negative cases).
  ["theo dõi is a name's word", "Phòng Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật", [u("Phòng Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật")], true],
  ["công trình is a name's word", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng", [u("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng")], true],
  ["sub-units in brackets stay sub-units", "Sở GDĐT (Phòng Nghiệp vụ Dạy học)", [u("Sở GDĐT")], true],
];

const upper = (e: Expected): Expected => ({ ...e, name: e.name.toLocaleUpperCase("vi"), ...(e.note ? { note: e.note.toLocaleUpperCase("vi") } : {}) });

describe("unit lists as officials write them", () => {
  test.each(ROWS)("%s: %j", (_label, input, expected) => {
    expect(shape(splitUnits(input, directory))).toEqual(expected);
  });

  test.each(ROWS)("%s, decomposed (NFD)", (_label, input, expected) => {
    expect(shape(splitUnits(input.normalize("NFD"), directory))).toEqual(expected);
  });

  test.each(ROWS.filter((r) => r[3]))("%s, in capitals", (_label, input, expected) => {
    expect(shape(splitUnits(input.toLocaleUpperCase("vi"), directory))).toEqual(expected.map(upper));
  });

  test("without a directory a name with commas inside a shared-head list is cut, the rest is the same", () => {
    expect(splitUnits("Các Sở: Tài chính, Văn hóa, Thể thao và Du lịch").map((r) => r.name)).toEqual([
      "Sở Tài chính",
      "Sở Văn hóa",
      "Sở Thể thao và Du lịch",
    ]);
    expect(splitUnits("Các Bộ: Tư pháp và Y tế").map((r) => r.name)).toEqual(["Bộ Tư pháp và Y tế"]);
  });

  test("sub-units and a note from brackets on the same unit", () => {
    const [ref] = splitUnits("Sở Nội vụ (Ban Thi đua – Khen thưởng) (chủ trì)", directory);
    expect(ref?.subUnits).toEqual(["Ban Thi đua – Khen thưởng"]);
    expect(ref?.note).toBe("chủ trì");
    expect(ref?.name).toBe("Sở Nội vụ");
  });
});

// The directory knows the ministries and central bodies after the 2025 restructuring (Nghị quyết 176/2025/QH15).
const RESOLVED: [string, string, string | null][] = [
  ["Bộ GDĐT", "bo-gddt", null],
  ["Bộ GD&ĐT", "bo-gddt", null],
  ["Bộ NN&MT", "bo-nong-nghiep-moi-truong", null],
  ["Bộ KH&CN", "bo-khoa-hoc-cong-nghe", null],
  ["Bộ VHTTDL", "bo-van-hoa-the-thao-du-lich", null],
  ["Bộ Văn hóa, Thể thao và Du lịch", "bo-van-hoa-the-thao-du-lich", null],
  ["BHXH Việt Nam", "bhxh-viet-nam", null],
  ["Văn phòng Chính phủ", "van-phong-chinh-phu", null],
  ["VPCP", "van-phong-chinh-phu", null],
  ["NHNN", "ngan-hang-nha-nuoc", null],
  ["VTV", "dai-truyen-hinh-viet-nam", null],
  ["Bộ Công An", "bo-cong-an", null],
  ["Thanh tra Chính phủ", "thanh-tra-chinh-phu", null],
  ["Bộ Công Thương", "bo-cong-thuong", null],
  ["Công an tỉnh", "cong-an-tinh", null],
  ["Văn phòng UBND tỉnh", "van-phong-ubnd-tinh", null],
  ["Bộ KH&ĐT", "bo-ke-hoach-dau-tu", "Bộ Tài chính"],
  ["Bộ Kế hoạch và Đầu tư", "bo-ke-hoach-dau-tu", "Bộ Tài chính"],
  ["Bộ TN&MT", "bo-tai-nguyen-moi-truong", "Bộ Nông nghiệp và Môi trường"],
  ["Bộ NN&PTNT", "bo-nong-nghiep-phat-trien-nong-thon", "Bộ Nông nghiệp và Môi trường"],
  ["Bộ GTVT", "bo-giao-thong-van-tai", "Bộ Xây dựng"],
  ["Bộ TT&TT", "bo-thong-tin-truyen-thong", "Bộ Khoa học và Công nghệ"],
  ["Bộ LĐTB&XH", "bo-lao-dong-thuong-binh-xa-hoi", "Bộ Nội vụ"],
  ["Ủy ban Dân tộc", "uy-ban-dan-toc", "Bộ Dân tộc và Tôn giáo"],
];

describe("ministries and central bodies in the directory", () => {
  test.each(RESOLVED)("%s → %s", (written, id, successor) => {
    for (const form of [written, written.normalize("NFD")]) {
      const [ref] = splitUnits(form, directory).map((r) => resolveUnit(r, directory));
      expect(ref?.unitId).toBe(id);
      const unit = directory.units.find((d) => d.id === id);
      expect(unit?.reorganised?.successors[0]?.name ?? null).toBe(successor);
      if (successor) {
        expect(unit?.reorganised?.effective).toBe("2025-03-01");
        expect(unit?.reorganised?.basis).toContain("176/2025/QH15");
      }
    }
  });

  test("an unknown ministry stays unknown", () => {
    const [ref] = splitUnits("Bộ Kinh tế số", directory).map((r) => resolveUnit(r, directory));
    expect(ref?.unitId).toBeUndefined();
  });

  test("the press and publishing of Bộ TT&TT went to Bộ VHTTDL", () => {
    const unit = directory.units.find((d) => d.id === "bo-thong-tin-truyen-thong");
    expect(unit?.reorganised?.successors.map((s) => [s.unitId, s.note ?? ""])).toEqual([
      ["bo-khoa-hoc-cong-nghe", ""],
      ["bo-van-hoa-the-thao-du-lich", "báo chí, xuất bản"],
    ]);
  });
});
