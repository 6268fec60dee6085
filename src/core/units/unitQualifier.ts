// What a cell adds after a unit's name about the unit's part in the task, which is no part of the name:
//   "Sở Tài chính đối với cấp tỉnh"           → Sở Tài chính + "đối với cấp tỉnh"
//   "UBND cấp huyện trình HĐND cùng cấp"      → UBND cấp huyện + "trình HĐND cùng cấp"
//   "Công an tỉnh (cơ quan thường trực)"      → Công an tỉnh + "cơ quan thường trực" (a bracket that names no unit)
//   "Sở Y tế theo chức năng, nhiệm vụ"        → Sở Y tế + "theo chức năng, nhiệm vụ"
//   "Các bộ, ngành, địa phương là chủ quản CSDLQG, CSDL chuyên ngành" → the group + "là chủ quản …"
// A qualifier starts at one of a few phrases, never as the first two words (the head and one word of the name),
// and never where the phrase belongs to a name: "Phòng … và theo dõi thi hành pháp luật", "Ban Quản lý các công
// trình …", "Chương trình".
import { foldText } from "../text/normalize";
import { wordsOf } from "./unitHeads";

/** Phrases (folded, as words) that open a qualifier. */
const MARKERS: string[][] = [
  "doi voi",
  "trinh",
  "theo",
  "trong pham vi",
  "trong linh vuc",
  "trong truong hop",
  // "Các bộ, ngành, địa phương là chủ quản CSDLQG" (Nghị quyết 03/NQ-CP, Phụ lục II), "… là cơ quan đầu mối".
  "la",
  "lam dau moi",
  "chu tri",
  // What the unit does, after its name (Nghị quyết 109/NQ-CP, Phụ lục III): "Bộ Tài chính tổng kết, đánh giá …",
  // "Các bộ, cơ quan rà soát, sửa đổi …", "Bộ Tài chính đầu mối phối hợp …", "… tổ chức triển khai".
  "tong ket",
  "ra soat",
  "dau moi",
  "to chuc trien khai",
].map((m) => m.split(" "));

/** A cheap first look for the first word of a marker, with or without diacritics, in any case. */
const MAY_HOLD_MARKER = /\s(?:đối|doi|trình|trinh|theo|trong|là|la|làm|lam|chủ|chu|tổng|tong|rà|ra|đầu|dau|tổ|to)(?=\s|$)/iu;
/** Words before "trình" that make it part of a noun ("công trình", "chương trình", "quy trình" …). */
const NOT_BEFORE_TRINH = new Set(["cong", "chuong", "quy", "lo", "tien", "giao", "hanh", "to"]);
/** "theo dõi" is a name's word ("Phòng … theo dõi thi hành pháp luật"). */
const NOT_AFTER_THEO = new Set(["doi"]);

/** The name and the qualifier after it, or null when the name carries none. */
export function splitQualifier(name: string): { name: string; note: string } | null {
  if (!MAY_HOLD_MARKER.test(name)) return null;
  const words = wordsOf(name);
  if (words.length < 3) return null;
  const folded = words.map((w) => foldText(w.word));
  for (let i = 2; i < words.length; i++) {
    for (const marker of MARKERS) {
      if (!marker.every((m, k) => folded[i + k] === m)) continue;
      if (marker.length === 1 && marker[0] === "trinh" && NOT_BEFORE_TRINH.has(folded[i - 1] ?? "")) continue;
      if (marker.length === 1 && marker[0] === "theo" && NOT_AFTER_THEO.has(folded[i + 1] ?? "")) continue;
      const at = words[i]?.start ?? 0;
      const head = name.slice(0, at).replace(/[\s,;:–—-]+$/u, "").trim();
      const note = name.slice(at).trim();
      if (head === "" || note === "") return null;
      return { name: head, note };
    }
  }
  return null;
}
