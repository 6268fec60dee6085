// Header text → the role of its column. Header names vary from plan to plan (domain.md, "How plans arrive
// in Excel"); they are compared as match keys, so case, diacritics, NFC/NFD, punctuation and line breaks
// inside a header cell do not matter.
import type { ColumnRole } from "../model/Plan";
import { matchKey } from "../text/normalize";

export interface HeaderMatch {
  role: ColumnRole;
  /**
   * "Tiến độ" / "Tiến độ thực hiện" names the timeframe in many plans but the progress in tracking sheets:
   * a weak timeframe gives way to a column with a plain timeframe header (see assignRoles in findHeader).
   */
  weak: boolean;
}

/** Match keys (matchKey of the header) per role. */
const KEYS: Record<ColumnRole, readonly string[]> = {
  number: ["tt", "stt", "so tt", "so thu tu", "thu tu"],
  title: [
    "nhiem vu",
    "noi dung nhiem vu",
    "nhiem vu giai phap",
    "nhiem vu va giai phap",
    "nhiem vu giai phap chu yeu",
    "nhiem vu cu the",
    "cac nhiem vu",
    "ten nhiem vu",
    "noi dung",
    "noi dung cong viec",
    "noi dung thuc hien",
    "noi dung hoat dong",
    "cong viec",
    "hoat dong",
    "ten hoat dong",
  ],
  lead: [
    "don vi chu tri",
    "co quan chu tri",
    "chu tri",
    "don vi chu tri thuc hien",
    "co quan don vi chu tri",
    "don vi co quan chu tri",
    // Single-level "Đơn vị thực hiện" names the lead; over "Chủ trì | Phối hợp" it is a parent only.
    "don vi thuc hien",
    "co quan thuc hien",
    "co quan don vi thuc hien",
    "don vi phu trach",
  ],
  coordinating: [
    "don vi phoi hop",
    "co quan phoi hop",
    "phoi hop",
    "don vi phoi hop thuc hien",
    "co quan don vi phoi hop",
    "don vi co quan phoi hop",
  ],
  timeframe: [
    "thoi gian hoan thanh",
    "thoi han",
    "thoi han hoan thanh",
    "thoi han thuc hien",
    "thoi gian thuc hien",
    "thoi gian",
    "thoi gian du kien",
    "thoi gian hoan thanh du kien",
    "thoi gian trien khai",
    "moc thoi gian",
  ],
  products: [
    "san pham du kien",
    "san pham",
    "ket qua san pham",
    "san pham ket qua",
    "ket qua san pham du kien",
    "san pham dau ra",
    "san pham chu yeu",
    "ket qua du kien",
    "ket qua dau ra",
  ],
  notes: ["ghi chu"],
  progressStatus: [
    "tinh trang",
    "trang thai",
    "tinh hinh thuc hien",
    "tinh trang thuc hien",
    "trang thai thuc hien",
    "tinh trang hoan thanh",
  ],
  progressPercent: ["ty le hoan thanh", "ty le", "phan tram hoan thanh", "muc do hoan thanh"],
  completedOn: [
    "ngay hoan thanh",
    "ngay hoan thanh thuc te",
    "thoi diem hoan thanh",
    "thoi gian hoan thanh thuc te",
  ],
  result: ["ket qua thuc hien", "ket qua", "ket qua dat duoc", "ket qua trien khai"],
};

/** "Tiến độ", "Tiến độ thực hiện": timeframe in plans, but weak (see HeaderMatch.weak). */
const WEAK_TIMEFRAME_KEYS = ["tien do", "tien do thuc hien", "tien do hoan thanh"];

/** Keys that, in a header holding "%", name the percent done: "Tiến độ (%)", "% hoàn thành", "Tỷ lệ (%)". */
const PERCENT_KEYS: ReadonlySet<string> = new Set([
  "",
  "hoan thanh",
  "da hoan thanh",
  "tien do",
  "tien do thuc hien",
  "tien do hoan thanh",
  "ty le",
  "ty le hoan thanh",
  "muc do hoan thanh",
  "tinh hinh thuc hien",
  "ket qua thuc hien",
]);

/**
 * The unit column of unit-grouped appendices, which list each unit's tasks under it ("Bộ, ngành, địa phương |
 * Nhiệm vụ chủ trì"): the lead. Matched only as written, never as a prefix: "Đơn vị tính" is a unit of measure
 * and "Cơ quan ban hành" an issuer.
 */
const EXACT_ONLY: Partial<Record<ColumnRole, readonly string[]>> = {
  lead: ["don vi", "co quan", "bo nganh dia phuong", "bo nganh", "bo co quan", "co quan don vi", "don vi dia phuong", "dia phuong don vi"],
};

const EXACT = new Map<string, HeaderMatch>();
for (const [role, keys] of Object.entries(KEYS) as [ColumnRole, readonly string[]][]) {
  for (const key of keys) EXACT.set(key, { role, weak: false });
}
for (const key of WEAK_TIMEFRAME_KEYS) EXACT.set(key, { role: "timeframe", weak: true });

/** Longest keys first, so that "thoi gian hoan thanh thuc te" beats "thoi gian hoan thanh" beats "thoi gian". */
const PREFIXES = [...EXACT.keys()].sort((a, b) => b.length - a.length);
for (const [role, keys] of Object.entries(EXACT_ONLY) as [ColumnRole, readonly string[]][]) {
  for (const key of keys) if (!EXACT.has(key)) EXACT.set(key, { role, weak: false });
}

/** A header is a short label: longer cells are data or titles, never headers. */
const MAX_HEADER_LENGTH = 80;
/** Words a header may add after a known key: "Thời gian hoàn thành dự kiến", "Nhiệm vụ/Nội dung". */
const MAX_EXTRA_WORDS = 3;

const PARENTHESISED = /\([^()]*\)/g;

/**
 * The role a header cell names, or null. "Đơn vị chủ trì (1)", "Thời gian hoàn thành (dự kiến)" and
 * "Nhiệm vụ, giải pháp" are read without their parenthesised part and punctuation; "Tiến độ (%)" and
 * "% hoàn thành" are progress, not timeframe, because of their "%".
 */
export function headerRole(text: string): HeaderMatch | null {
  if (text.length === 0 || text.length > MAX_HEADER_LENGTH) return null;
  const hasPercent = text.includes("%");
  const key = matchKey(text.replace(PARENTHESISED, " ")) || matchKey(text);
  if (hasPercent) {
    if (PERCENT_KEYS.has(key)) return { role: "progressPercent", weak: false };
    const m = lookup(key);
    if (m && (m.weak || m.role === "progressStatus" || m.role === "progressPercent")) {
      return { role: "progressPercent", weak: false };
    }
    return m;
  }
  return lookup(key);
}

function lookup(key: string): HeaderMatch | null {
  if (key === "") return null;
  const exact = EXACT.get(key);
  if (exact) return exact;
  for (const prefix of PREFIXES) {
    if (key.length > prefix.length && key.startsWith(prefix) && key.charCodeAt(prefix.length) === 32) {
      const extra = key.slice(prefix.length + 1).split(" ").length;
      return extra <= MAX_EXTRA_WORDS ? EXACT.get(prefix) ?? null : null;
    }
  }
  return null;
}
