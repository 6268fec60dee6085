// What the ribbon command tells the user when it cannot do its job: the words of a small dialog, already in the
// user's language. The command builds it; the dialog page (notice.html) only shows it.
import type { Lang } from "../core/i18n/Catalogue";

export interface Notice {
  lang: Lang;
  title: string;
  body: string;
  /** The label of the dialog's only button ("Đóng"). */
  close: string;
}
