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
  // More of what a unit does (Nghị quyết 109/NQ-CP, Phụ lục III): "các bộ, cơ quan tham mưu, đề xuất …",
  // "Các bộ, cơ quan, địa phương lập, điều chỉnh …", "Bộ Tư pháp tổng hợp, đánh giá …", and a partner named
  // after "phối hợp với", who is no lead ("Sở Tài chính phối hợp với Sở Nội vụ").
  "tham muu",
  "de xuat",
  "lap",
  "tong hop",
  "phoi hop voi",
].map((m) => m.split(" "));

/** A cheap first look for the first word of a marker, with or without diacritics, in any case. */
const MAY_HOLD_MARKER =
  /\s(?:đối|doi|trình|trinh|theo|trong|là|la|làm|lam|chủ|chu|tổng|tong|rà|ra|đầu|dau|tổ|to|tham|đề|de|lập|lap|phối|phoi)(?=\s|$)/iu;
/** Words before "trình" that make it part of a noun ("công trình", "chương trình", "quy trình" …). */
const NOT_BEFORE_TRINH = new Set(["cong", "chuong", "quy", "lo", "tien", "giao", "hanh", "to"]);
/** "theo dõi" is a name's word ("Phòng … theo dõi thi hành pháp luật"). */
const NOT_AFTER_THEO = new Set(["doi"]);
/** Words before "lập" that make it part of a name ("đơn vị sự nghiệp công lập", "độc lập", "thành lập"). */
const NOT_BEFORE_LAP = new Set(["cong", "doc", "thanh", "thiet", "tu"]);

/** Whether a marker at word i reads as one here, not as part of a name. */
function markerFits(marker: string[], folded: string[], i: number, words: { word: string }[]): boolean {
  const first = marker[0];
  if (marker.length === 1 && first === "trinh" && NOT_BEFORE_TRINH.has(folded[i - 1] ?? "")) return false;
  if (marker.length === 1 && first === "theo" && NOT_AFTER_THEO.has(folded[i + 1] ?? "")) return false;
  if (marker.length === 1 && first === "lap" && NOT_BEFORE_LAP.has(folded[i - 1] ?? "")) return false;
  // "Phòng Kế hoạch - Tổng hợp" ends in a name's "Tổng hợp"; the verb has more words after it.
  if (first === "tong" && (i + 2 >= words.length || /^\p{Lu}/u.test(words[i]?.word ?? ""))) return false;
  return true;
}

/**
 * Whether a piece of a lead cell opens with what a unit does rather than with a unit: "chủ trì, phối hợp với Bộ
 * Nội vụ …" after "Bộ Tư pháp tổng hợp …;". Only in lower case: "Chủ trì" at a cell's start may be a header echo.
 */
export function opensQualifier(text: string): boolean {
  if (!/^\p{Ll}/u.test(text)) return false;
  const folded = wordsOf(text, 3).map((w) => foldText(w.word));
  if (folded[0] === "phoi" && folded[1] === "hop") return true;
  return MARKERS.some((marker) => marker.length > 1 && marker.every((m, k) => folded[k] === m));
}

/** The name and the qualifier after it, or null when the name carries none. */
export function splitQualifier(name: string): { name: string; note: string } | null {
  if (!MAY_HOLD_MARKER.test(name)) return null;
  const words = wordsOf(name);
  if (words.length < 3) return null;
  const folded = words.map((w) => foldText(w.word));
  for (let i = 2; i < words.length; i++) {
    for (const marker of MARKERS) {
      if (!marker.every((m, k) => folded[i + k] === m)) continue;
      if (!markerFits(marker, folded, i, words)) continue;
      const at = words[i]?.start ?? 0;
      const head = name.slice(0, at).replace(/[\s,;:–—-]+$/u, "").trim();
      const note = name.slice(at).trim();
      if (head === "" || note === "") return null;
      return { name: head, note };
    }
  }
  return null;
}
