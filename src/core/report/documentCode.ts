// The issuing body's code in a document number ("Số: 125/BC-SGDĐT"): the initials of its name, as Vietnamese
// administrations abbreviate themselves — "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "SGDĐT", "SỞ TÀI CHÍNH" → "STC",
// "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" → "PGDĐT", "ỦY BAN NHÂN DÂN" → "UBND". "và" is left out; Đ keeps its stroke (it is its
// own letter, "GDĐT"), other letters lose their marks ("Ủ" → "U").

/** Initials of the body's name, upper case; "" for a name without letters. */
export function documentCode(body: string): string {
  return body
    .normalize("NFC")
    .split(/[\s,–—-]+/u)
    .filter((word) => word !== "" && word.toLowerCase() !== "và" && word.toLowerCase() !== "and")
    .map((word) => {
      const first = Array.from(word)[0] ?? "";
      if (first === "đ" || first === "Đ") return "Đ";
      return first.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase();
    })
    .filter((letter) => /\p{L}/u.test(letter))
    .join("");
}
