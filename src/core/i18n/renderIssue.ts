import type { Issue } from "../model/Issue";
import type { Lang } from "./Catalogue";
import { catalogueFor } from "./catalogueFor";
import { t } from "./t";

/** A grouped issue names this many cells, then how many more: a unit misspelt in 400 cells stays one line. */
export const CELLS_NAMED = 10;

/** "A10, A14, A15", or "A10, A14, … A40 và 12 ô khác" / "… and 12 more cells" past CELLS_NAMED. */
export function cellList(cells: readonly string[], lang: Lang): string {
  if (cells.length <= CELLS_NAMED) return cells.join(", ");
  const more = cells.length - CELLS_NAMED;
  const rest = more === 1 ? t("issue.cells.moreOne", lang) : t("issue.cells.more", lang, { count: more });
  return `${cells.slice(0, CELLS_NAMED).join(", ")} ${rest}`;
}

/**
 * Where an issue is: "Ô A12 (trang Kế hoạch)", "Ô A10, A14, A15 (trang Kế hoạch)" for an issue found in several
 * cells, "Dòng 12 (trang Kế hoạch)", "Trang Kế hoạch", or "".
 */
export function issueLocation(issue: Issue, lang: Lang): string {
  if (issue.cell !== "" && issue.cells !== undefined && issue.cells.length > 0)
    return t("issue.at.cells", lang, { cells: cellList([issue.cell, ...issue.cells], lang), sheet: issue.sheet });
  if (issue.cell !== "") return t("issue.at.cell", lang, { cell: issue.cell, sheet: issue.sheet });
  if (issue.row > 0) return t("issue.at.row", lang, { row: issue.row, sheet: issue.sheet });
  if (issue.sheet !== "") return t("issue.at.sheet", lang, { sheet: issue.sheet });
  return "";
}

/** The issue as one sentence in the given language, where first: "Ô E12 (trang Kế hoạch): Không đọc được …". NFC. */
export function renderIssue(issue: Issue, lang: Lang): string {
  const message = issueMessage(issue, lang);
  const where = issueLocation(issue, lang);
  return (where === "" ? message : `${where}: ${message}`).normalize("NFC");
}

/** The issue's sentence without its location: for lists that group the same problem found in several cells. NFC. */
export function issueMessage(issue: Issue, lang: Lang): string {
  // Indexing the catalogue by a union code yields a union of functions; each takes exactly its own issue type,
  // and `issue.code` selects the matching one.
  return (catalogueFor(lang).issues[issue.code] as (i: Issue) => string)(issue).normalize("NFC");
}
