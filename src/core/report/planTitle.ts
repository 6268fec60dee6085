// The plan's name for report titles, from the title lines above the table. The seed's lines are "ỦY BAN NHÂN DÂN",
// "TỈNH NINH THUẬN", "PHỤ LỤC", "Kế hoạch chi tiết … vùng khó khăn", "trên địa bàn tỉnh Ninh Thuận giai đoạn 2023 - 2030",
// "(Ban hành kèm theo Kế hoạch số …)": the name is the "Kế hoạch …" line and its continuation, without the
// issuing body, the "PHỤ LỤC" label or the parenthesised issuance note.
import type { Plan } from "../model/Plan";
import { cleanText, matchKey } from "../text/normalize";

const NOT_THE_NAME = [
  /^uy ban nhan dan\b/,
  /^ubnd\b/,
  /^tinh\b/,
  /^thanh pho\b/,
  /^so giao duc\b/,
  /^phu luc\b/,
  /^cong hoa xa hoi\b/,
  /^doc lap\b/,
  /^so\s*\d*\s*(kh|qd|bc)\b/,
];

export function planTitle(plan: Plan): string {
  const lines = plan.titleLines.map((l) => cleanText(l).replace(/\n/g, " ")).filter((l) => l !== "");
  const start = lines.findIndex((l) => /^(ke hoach|chuong trinh|de an|danh muc|nhiem vu)\b/.test(matchKey(l)));
  const from = start >= 0 ? start : lines.findIndex((l) => !l.startsWith("(") && !NOT_THE_NAME.some((re) => re.test(matchKey(l))));
  if (from < 0) return "";
  const parts: string[] = [];
  for (const line of lines.slice(from)) {
    if (line.startsWith("(")) break;
    if (parts.length > 0 && NOT_THE_NAME.some((re) => re.test(matchKey(line)))) break;
    parts.push(line);
  }
  return parts.join(" ").replace(/ {2,}/g, " ").trim();
}
