import type { Issue } from "../model/Issue";
import type { Lang } from "./Catalogue";
import { catalogueFor } from "./catalogueFor";
import { t } from "./t";

/** Where an issue is: "Ô A12 (trang Kế hoạch)", "Dòng 12 (trang Kế hoạch)", "Trang Kế hoạch", or "". */
export function issueLocation(issue: Issue, lang: Lang): string {
  if (issue.cell !== "") return t("issue.at.cell", lang, { cell: issue.cell, sheet: issue.sheet });
  if (issue.row > 0) return t("issue.at.row", lang, { row: issue.row, sheet: issue.sheet });
  if (issue.sheet !== "") return t("issue.at.sheet", lang, { sheet: issue.sheet });
  return "";
}

/** The issue as one sentence in the given language, where first: "Ô E12 (trang Kế hoạch): Không đọc được …". NFC. */
export function renderIssue(issue: Issue, lang: Lang): string {
  // Indexing the catalogue by a union code yields a union of functions; each takes exactly its own issue type,
  // and `issue.code` selects the matching one.
  const message = (catalogueFor(lang).issues[issue.code] as (i: Issue) => string)(issue);
  const where = issueLocation(issue, lang);
  return (where === "" ? message : `${where}: ${message}`).normalize("NFC");
}
