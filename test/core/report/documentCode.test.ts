import { documentCode } from "../../../src/core/report/documentCode";

test.each([
  ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SGDĐT"],
  ["Sở Giáo dục và Đào tạo", "SGDĐT"],
  ["SỞ TÀI CHÍNH", "STC"],
  ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PGDĐT"],
  ["ỦY BAN NHÂN DÂN", "UBND"],
  ["SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", "SLĐTBXH"],
  ["", ""],
])("%s → %s", (body, code) => {
  expect(documentCode(body)).toBe(code);
});
