import { detectLegacyEncoding, mayBeLegacy } from "../../../src/core/text/legacyEncoding";

// Garbled samples follow the published TCVN3 and VNI-Windows tables: TCVN3 "Õ" is ế, "¹" ạ, "¸" á, "ë" ở, "ô" ụ,
// "®" đ, "§" Đ, "µ" à, soft hyphen ư; VNI writes a base letter then a mark: "aù" á, "aø" à, "uï" ụ, "ôû" ở, "Ñ" Đ.
describe("detectLegacyEncoding", () => {
  it.each([
    ["Së Gi¸o dôc vµ §µo t¹o", "TCVN3"], // Sở Giáo dục và Đào tạo
    ["KÕ ho¹ch", "TCVN3"], // Kế hoạch
    ["Gi¸o dôc", "TCVN3"], // Giáo dục
    ["®· hoµn thµnh", "TCVN3"], // đã hoàn thành
    ["Tr­êng mÇm non", "TCVN3"], // Trường mầm non (ư is a soft hyphen in TCVN3)
    ["ñy ban nh©n d©n tØnh", "TCVN3"], // ủy ban nhân dân tỉnh: TCVN3 "ñ" is ủ, not VNI đ
    ["Sôû Giaùo duïc vaø Ñaøo taïo", "VNI"], // Sở Giáo dục và Đào tạo
    ["Keá hoaïch", "VNI"], // Kế hoạch
    ["Tröôøng maàm non", "VNI"], // Trường mầm non
    ["Ñaõ hoaøn thaønh", "VNI"], // Đã hoàn thành
  ])("%s is %s", (text, encoding) => {
    expect(detectLegacyEncoding(text)?.encoding).toBe(encoding);
  });

  it.each([
    ["Sở Giáo dục và Đào tạo"],
    ["Kế hoạch chi tiết triển khai thực hiện Chương trình"],
    ["Sở Giáo dục và Đào tạo".normalize("NFD")],
    // Genuine vowel pairs that look like VNI marks: hoà, hoãn, quá, xuân, thuê, luôn, giá, yên.
    ["Hoà bình, tạm hoãn, quá hạn, mùa xuân, thuê, luôn, giá cả, yên tâm"],
    ["HOÀ BÌNH XUÂN QUÁ THUÊ TOÀN"],
    // Latin-1 symbols with ordinary uses.
    ["· Xây dựng kế hoạch"],
    ["«Kế hoạch» số 5"],
    ["Diện tích 5 µm², đạt ½ chỉ tiêu"],
    ["§12 Điều lệ"],
    ["© 2023 Sở GDĐT"],
    // One odd word in a long cell is not enough.
    ["Hội thảo với chuyên gia đến từ Zürich về giáo dục mầm non vùng khó khăn"],
    [""],
    ["2023 – 2030"],
  ])("%s is not legacy text", (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it("quotes up to three garbled words as the sample", () => {
    expect(detectLegacyEncoding("Së Gi¸o dôc vµ §µo t¹o")?.sample).toBe("Së Gi¸o vµ");
    expect(detectLegacyEncoding("Keá hoaïch")?.sample).toBe("Keá hoaïch");
  });
});

describe("mayBeLegacy agrees with the evidence patterns it tabulates", () => {
  const samples = [
    "Sở Giáo dục và Đào tạo",
    "Së Gi¸o dôc vµ §µo t¹o",
    "Sôû Giaùo duïc vaø Ñaøo taïo",
    "Keá hoaïch",
    "hoà hoãn quá xuân thuê luôn",
    "Phòng Tổ chức – Hành chính; Phòng Kế hoạch – Tài chính",
    "Sở Giáo dục và Đào tạo".normalize("NFD"),
    "naïve café",
    "«quoted» · bullet",
    "",
  ];
  test.each(samples)("%s", (text) => {
    const nfc = text.normalize("NFC");
    const expected =
      /[\u00a1-\u00bfÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ]/u.test(nfc) ||
      /[aAeE][ùøûõïâêáàåãäéèúüëÙØÛÕÏÂÊÁÀÅÃÄÉÈÚÜË]|[oO][ùøûõïâÙØÛÕÏÂ]|[uUyY][ùøûõïÙØÛÕÏ]|[ôÔöÖ][ùøûõïÙØÛÕÏ]|[öÖ][ôÔ]/u.test(nfc);
    expect(mayBeLegacy(text)).toBe(expected);
  });
  test("plain Vietnamese is not a candidate; garbled text is", () => {
    expect(mayBeLegacy("Sở Giáo dục và Đào tạo")).toBe(false);
    expect(mayBeLegacy("Së Gi¸o dôc")).toBe(true);
    expect(mayBeLegacy("Keá hoaïch")).toBe(true);
  });
});
