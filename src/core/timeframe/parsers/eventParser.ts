// Sau khi Nghị định được ban hành | Ngay sau khi … | Theo tiến độ của Bộ | Theo lộ trình của … | Theo Kế hoạch số … |
// Khi có yêu cầu | Theo yêu cầu | Theo chỉ đạo của UBND tỉnh | Khi cần thiết |
// Kỳ họp thứ nhất Quốc hội khóa XVI | Tại Kỳ họp HĐND tỉnh cuối năm | Phiên họp Chính phủ thường kỳ
// A time tied to an event rather than a date. "after" and "schedule" hang on something the plan cannot see (status
// unknown, never overdue); "request" is standing work done whenever asked (status ongoing).
// parseTimeframe blanks the clause out before the dated parsers run, so a year inside the event's own words ("Sau khi
// Chiến lược giai đoạn 2021-2030 được phê duyệt") is not read as the deadline, while a date beside it ("Quý IV/2026,
// sau khi Luật được thông qua") still is. This parser runs last, on what no dated parser read.
import type { EventTimeframe } from "../../model/Timeframe";
import type { NormalizedText } from "../NormalizedText";
import { pattern, WORD_END, WORD_START } from "../patterns";
import type { Span } from "../textSlices";
import type { TimeframeParser } from "../TimeframeParser";

const FORMS: { relation: EventTimeframe["relation"]; source: string; undated?: boolean }[] = [
  { relation: "after", source: "(?:ngay\\s+)?sau\\s+khi" },
  { relation: "schedule", source: "theo\\s+(?:tien do|lo trinh|ke hoach|thoi gian|thoi han)" },
  { relation: "request", source: "(?:khi|theo)\\s+(?:co\\s+)?(?:yeu cau|chi dao)|khi\\s+can\\s+thiet" },
  // A sitting of a council or the legislature, on its own calendar (Nghị quyết 97/NQ-CP, Phụ lục: "Kỳ họp thứ
  // nhất Quốc hội khóa XVI"). Only when the clause gives no date: "Kỳ họp tháng 7/2026" is read as the month.
  { relation: "schedule", source: "(?:tai\\s+|trinh\\s+)?(?:ky|phien)\\s+hop", undated: true },
];

const FORM_PATTERNS = FORMS.map((f) => ({
  relation: f.relation,
  undated: f.undated === true,
  re: pattern(`${WORD_START}(?:${f.source})${WORD_END}`, "u"),
}));

export interface EventClause extends Span {
  relation: EventTimeframe["relation"];
}

/** The first event clause: from its keyword to the end of its clause (a ",", ";" or bracket), or null. */
export function findEventClause(folded: string): EventClause | null {
  let best: EventClause | null = null;
  for (const { relation, undated, re } of FORM_PATTERNS) {
    const m = re.exec(folded);
    if (!m || (best && best.start <= m.index)) continue;
    const stop = folded.slice(m.index).search(/[,;()[\]]/u);
    const end = stop < 0 ? folded.length : m.index + stop;
    if (undated && /\d/u.test(folded.slice(m.index, end))) continue;
    best = { relation, start: m.index, end };
  }
  return best;
}

export function eventTimeframe(text: NormalizedText, clause: EventClause): EventTimeframe {
  const trigger = text.dashed.slice(clause.start, clause.end).replace(/[\s.:-]+$/u, "").trim();
  return { kind: "event", text: text.original, relation: clause.relation, trigger };
}

export const eventParser: TimeframeParser = {
  name: "event",
  extract(text, _ctx, note) {
    const clause = findEventClause(text.folded);
    if (!clause) {
      note?.("no 'sau khi', 'theo tiến độ', 'khi có yêu cầu'");
      return null;
    }
    return eventTimeframe(text, clause);
  },
};
