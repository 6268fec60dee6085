// The notice dialog's page (notice.html; its entry is noticePage.ts): shows the title, body and button label from
// its query string and asks the command to close it. Text goes in with textContent only, so an error message that
// happens to contain markup (a sheet named "<b>", an Office error echoing HTML) is shown as typed, never parsed.
import { readNoticeQuery } from "./noticeQuery";

/** The message the page posts to the command when the user presses its button. */
export const CLOSE_MESSAGE = "close";

/** Office.context.ui in the dialog (its messageParent), or a stand-in outside Office. */
export interface NoticePageHost {
  messageParent(message: string): void;
}

/** Replaces the page's body with the notice in `search` (location.search) and wires its button to `host`. */
export function renderNoticePage(doc: Document, search: string, host: NoticePageHost): void {
  const notice = readNoticeQuery(search);
  doc.documentElement.lang = notice.lang;
  if (notice.title) doc.title = notice.title;

  const main = doc.createElement("main");
  main.setAttribute("role", "alertdialog");
  main.setAttribute("aria-labelledby", "notice-title");
  main.setAttribute("aria-describedby", "notice-body");

  const title = doc.createElement("h1");
  title.id = "notice-title";
  title.textContent = notice.title;

  const body = doc.createElement("p");
  body.id = "notice-body";
  body.textContent = notice.body;

  const close = doc.createElement("button");
  close.type = "button";
  close.textContent = notice.close;
  const post = () => host.messageParent(CLOSE_MESSAGE);
  close.addEventListener("click", post);
  doc.addEventListener("keydown", (event) => {
    if (event.key === "Escape") post();
  });

  main.append(title, body, close);
  doc.body.replaceChildren(main);
  close.focus();
}
