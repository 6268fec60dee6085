// Lead cells that say what each unit does, as Nghị quyết 109/NQ-CP ngày 16/4/2026, Phụ lục III writes them
// (test/fixtures/corpus/nq109-2026-pl3-nhiem-vu-2026): the verbs after a unit ("tham mưu", "đề xuất", "lập",
// "tổng hợp") are a note, not part of its name; the bodies named after "phối hợp với" are partners, not leads;
// and a head word written once over two names ("Bộ Xây dựng, Khoa học và Công nghệ") carries over when the
// directory knows the second name with it.
import { defaultDirectory } from "../../../src/core/units/directory";
import { splitUnits } from "../../../src/core/units/splitUnits";

const dir = defaultDirectory();
const names = (text: string): string[] => splitUnits(text, dir).map((r) => r.name);
const nfd = (text: string): string[] => names(text.normalize("NFD")).map((n) => n.normalize("NFC"));

const VERBS: [string, string, string[]][] = [
  [
    "tham mưu, đề xuất after a scope (109/NQ-CP, task I.4)",
    "2. Bộ Tư pháp, các bộ, cơ quan tham mưu, đề xuất trong quá trình sửa đổi các quy định",
    ["Bộ Tư pháp", "các bộ, cơ quan"],
  ],
  ["đề xuất alone", "Sở Nội vụ đề xuất phương án", ["Sở Nội vụ"]],
  [
    "lập after a scope (109/NQ-CP, task I.6)",
    "Các bộ, cơ quan, địa phương lập, điều chỉnh, phê duyệt, trình phê duyệt",
    ["Các bộ, cơ quan, địa phương"],
  ],
  [
    "tổng hợp before more words",
    "Bộ Tư pháp tổng hợp, đánh giá việc cắt giảm thủ tục hành chính",
    ["Bộ Tư pháp"],
  ],
  ["upper case", "SỞ NỘI VỤ THAM MƯU, ĐỀ XUẤT", ["SỞ NỘI VỤ"]],
  // Negative cases: the same words inside a name.
  ["công lập is a name's word", "Các đơn vị sự nghiệp công lập", ["Các đơn vị sự nghiệp công lập"]],
  ["thành lập is a name's word", "Ban Quản lý dự án được thành lập", ["Ban Quản lý dự án được thành lập"]],
  ["Tổng hợp closing a name", "Phòng Kế hoạch - Tổng hợp", ["Phòng Kế hoạch - Tổng hợp"]],
  ["Vụ Tổng hợp", "Vụ Tổng hợp, Bộ Tài chính", ["Vụ Tổng hợp", "Bộ Tài chính"]],
];

describe("splitUnits: what a unit does after its name", () => {
  it.each(VERBS)("%s", (_label, input, expected) => {
    expect(names(input)).toEqual(expected);
    expect(nfd(input)).toEqual(expected);
  });

  it("keeps the verbs as the unit's note", () => {
    const [first, second] = splitUnits("Bộ Tư pháp, các bộ, cơ quan tham mưu, đề xuất", dir);
    expect(first?.note).toBeUndefined();
    expect(second?.note).toBe("tham mưu, đề xuất");
  });
});

const PARTNERS: [string, string, string[]][] = [
  [
    "a piece after ';' that opens with what the unit does (109/NQ-CP, task I.15)",
    "1. Bộ Tư pháp tổng hợp, đánh giá việc cắt giảm thủ tục hành chính; chủ trì, phối hợp với Bộ Nội vụ, các địa phương nghiên cứu thiết lập cơ quan chuyên trách.\n2. Các bộ, cơ quan, địa phương rà soát, cắt giảm hoặc trình cấp có thẩm quyền cắt giảm.",
    ["Bộ Tư pháp", "Các bộ, cơ quan, địa phương"],
  ],
  ["partners after phối hợp với", "Sở Tài chính phối hợp với Sở Nội vụ, UBND các huyện", ["Sở Tài chính"]],
  ["a piece opening with phối hợp", "Sở Y tế; phối hợp Sở Tài chính", ["Sở Y tế"]],
  // Negative cases: a piece in its own right, and "phối hợp" without "với" inside a name.
  ["a unit after ';' stays a lead", "Sở Y tế; Sở Tài chính", ["Sở Y tế", "Sở Tài chính"]],
  ["a capital Chủ trì at the start is no continuation", "Chủ trì: Sở Y tế", ["Chủ trì: Sở Y tế"]],
  ["Tổ phối hợp liên ngành", "Sở Y tế, Tổ phối hợp liên ngành", ["Sở Y tế, Tổ phối hợp liên ngành"]],
];

describe("splitUnits: partners are no leads", () => {
  it.each(PARTNERS)("%s", (_label, input, expected) => {
    expect(names(input)).toEqual(expected);
    expect(nfd(input)).toEqual(expected);
  });

  it("keeps the partner clause as a note", () => {
    const [ref] = splitUnits("Sở Tài chính phối hợp với Sở Nội vụ, UBND các huyện", dir);
    expect(ref?.note).toBe("phối hợp với Sở Nội vụ, UBND các huyện");
  });
});

const CARRIED: [string, string, string[]][] = [
  [
    "Bộ over two names (109/NQ-CP, task I.11)",
    "Bộ Xây dựng, Khoa học và Công nghệ, các bộ, cơ quan quản lý ngành, lĩnh vực và các địa phương theo chức năng, nhiệm vụ được giao",
    ["Bộ Xây dựng", "Bộ Khoa học và Công nghệ", "các bộ, cơ quan quản lý ngành, lĩnh vực", "các địa phương"],
  ],
  ["over three names", "Bộ Tài chính, Nội vụ, Y tế", ["Bộ Tài chính", "Bộ Nội vụ", "Bộ Y tế"]],
  ["Sở over two names", "Sở Tài chính, Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]],
  // Negative cases: a name the directory does not know with the head, and a name that holds a comma.
  ["no such ministry", "Bộ Tài chính, Hà Nội", ["Bộ Tài chính, Hà Nội"]],
  ["a name with a comma stays whole", "Bộ Văn hóa, Thể thao và Du lịch", ["Bộ Văn hóa, Thể thao và Du lịch"]],
  ["lower case goes on", "Bộ Tài chính, nội vụ", ["Bộ Tài chính, nội vụ"]],
];

describe("splitUnits: a head word carried over a comma", () => {
  it.each(CARRIED)("%s", (_label, input, expected) => {
    expect(names(input)).toEqual(expected);
    expect(nfd(input)).toEqual(expected);
  });

  it("needs the directory", () => {
    expect(splitUnits("Bộ Xây dựng, Khoa học và Công nghệ").map((r) => r.name)).toEqual([
      "Bộ Xây dựng, Khoa học và Công nghệ",
    ]);
  });
});

// A slash between two bodies that share the lead, as Kế hoạch 188/KH-UBND ngày 02/4/2026 of the Huế People's
// Committee writes them (test/fixtures/corpus/hue188-2026-pl-i-ii).
const SLASHED: [string, string, string[]][] = [
  ["a local body, then a department", "UBND địa phương/Sở Du lịch", ["UBND địa phương", "Sở Du lịch"]],
  [
    "a department, then the localities",
    "Sở Du lịch/UBND các địa phương",
    ["Sở Du lịch", "UBND các địa phương"],
  ],
  ["spaces around the slash", "Sở Y tế / Sở Tài chính", ["Sở Y tế", "Sở Tài chính"]],
  ["upper case", "SỞ Y TẾ/SỞ TÀI CHÍNH", ["SỞ Y TẾ", "SỞ TÀI CHÍNH"]],
  // Negative cases: no unit name after the slash.
  ["xã/phường is one scope", "UBND xã/phường", ["UBND xã/phường"]],
  ["an abbreviation after the slash", "Bộ KH&CN/BTTTT", ["Bộ KH&CN/BTTTT"]],
];

describe("splitUnits: a slash between two leads", () => {
  it.each(SLASHED)("%s", (_label, input, expected) => {
    expect(names(input)).toEqual(expected);
    expect(nfd(input)).toEqual(expected);
  });
});

// Enterprises as an entry of their own after units or scopes (Nghị quyết 109/NQ-CP, Phụ lục III, task I.9), but
// one list of kinds with what precedes them when that opens with no unit (Nghị quyết 03/NQ-CP, Phụ lục II).
const ENTERPRISES: [string, string, string[]][] = [
  [
    "after a scope (109/NQ-CP)",
    "Các bộ, ngành, địa phương, doanh nghiệp có dự án đề xuất phương án xử lý vướng mắc",
    ["Các bộ, ngành, địa phương", "doanh nghiệp có dự án"],
  ],
  [
    "after a unit",
    "Sở Công Thương, các doanh nghiệp sản xuất",
    ["Sở Công Thương", "các doanh nghiệp sản xuất"],
  ],
  ["upper case", "SỞ CÔNG THƯƠNG, DOANH NGHIỆP CÓ DỰ ÁN", ["SỞ CÔNG THƯƠNG", "DOANH NGHIỆP CÓ DỰ ÁN"]],
  // Negative cases: a list of kinds, and enterprises "liên quan" closing a list.
  [
    "kinds sharing a qualifier (03/NQ-CP)",
    "Tập đoàn, doanh nghiệp công nghệ số",
    ["Tập đoàn, doanh nghiệp công nghệ số"],
  ],
  [
    "doanh nghiệp liên quan",
    "Các bộ, cơ quan, tổ chức và doanh nghiệp liên quan",
    ["Các bộ, cơ quan, tổ chức và doanh nghiệp liên quan"],
  ],
  ["a bare word", "Các tổ chức, doanh nghiệp", ["Các tổ chức, doanh nghiệp"]],
];

describe("splitUnits: enterprises in a lead cell", () => {
  it.each(ENTERPRISES)("%s", (_label, input, expected) => {
    expect(names(input)).toEqual(expected);
    expect(nfd(input)).toEqual(expected);
  });
});
