// Access to test/fixtures/packages/ and the plan table its build script writes into every first sheet.
import { readFileSync } from "node:fs";
import path from "node:path";

export const PACKAGES_DIR = path.resolve(__dirname, "../fixtures/packages");

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(PACKAGES_DIR, name)));
}

/** The table scripts/fixtures/planTable.ts writes, restated here so the tests do not trust the writer. */
export const EXPECTED_PLAN = [
  ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm dự kiến"],
  [
    1,
    "Xây dựng kế hoạch triển khai Chương trình.",
    "Sở GDĐT",
    "UBND các huyện, thành phố",
    "2023 – 2030",
    "Kế hoạch của UBND tỉnh",
  ],
  [
    2,
    "Rà soát cơ chế, chính sách phát triển GDMN vùng khó khăn.",
    "Sở GDĐT",
    "Sở Tài chính; Sở Nội vụ",
    "Quý IV/2025",
    "Báo cáo rà soát",
  ],
  [
    3,
    "Bồi dưỡng năng lực cho đội ngũ CBQL, GV.",
    "Sở GDĐT",
    "Phòng GDĐT các huyện",
    "Hằng năm",
    "Lớp bồi dưỡng",
  ],
];
