import type { Severity } from "../model/Issue";
import type { Lang } from "./Catalogue";
import { catalogueFor } from "./catalogueFor";

/** "Lỗi" / "Cảnh báo" / "Lưu ý". */
export function severityLabel(severity: Severity, lang: Lang): string {
  return catalogueFor(lang).severities[severity];
}
