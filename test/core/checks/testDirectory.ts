import type { UnitDirectory } from "../../../src/core/model/Unit";

/** A small directory with the seed's three spellings of Sở Kế hoạch và Đầu tư and its 2025 successor. */
export const TEST_DIRECTORY: UnitDirectory = {
  units: [
    { id: "so-gddt", name: "Sở Giáo dục và Đào tạo", abbreviations: ["Sở GDĐT", "Sở GD&ĐT"], variants: [] },
    { id: "so-tai-chinh", name: "Sở Tài chính", abbreviations: [], variants: [] },
    {
      id: "so-khdt",
      name: "Sở Kế hoạch và Đầu tư",
      abbreviations: ["Sở KH&ĐT", "Sở KHĐT"],
      variants: ["Sở Kế hoạch Đầu tư", "Sở Kế hoạch đầu tư"],
      reorganised: {
        effective: "2025-03-01",
        successors: [{ unitId: "so-tai-chinh", name: "Sở Tài chính" }],
        basis: "Nghị quyết 176/2025/QH15",
      },
    },
    {
      id: "so-ldtbxh",
      name: "Sở Lao động – Thương binh và Xã hội",
      abbreviations: ["Sở LĐTB&XH"],
      variants: [],
      reorganised: {
        effective: "2025-03-01",
        successors: [
          { unitId: "so-noi-vu", name: "Sở Nội vụ" },
          { unitId: "so-gddt", name: "Sở Giáo dục và Đào tạo", note: "giáo dục nghề nghiệp" },
        ],
      },
    },
  ],
  genericPhrases: ["Các đơn vị có liên quan"],
};
