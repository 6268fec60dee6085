import type { StatusCode } from "../model/Status";
import type { Lang } from "./Catalogue";
import { catalogueFor } from "./catalogueFor";

/** The label written in the status cell: "Hoàn thành đúng hạn", "Quá hạn" … */
export function statusLabel(code: StatusCode, lang: Lang): string {
  return catalogueFor(lang).statuses[code];
}
