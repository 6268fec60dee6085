// taskpane.html opened in a plain browser (a bookmark, a link in an e-mail, the hosting server's address typed in):
// there is no Excel to talk to, so the page says so in both languages instead of staying blank. Plain DOM, no
// React: it must show even when office.js did not load.
import { t } from "../core/i18n/t";

/** True when the page runs inside Excel: office.js loaded and Office.onReady reported the Excel host. */
export function insideExcel(host: unknown, excel: unknown): boolean {
  return host !== null && host !== undefined && host === excel;
}

export function showOutsideOffice(container: HTMLElement): void {
  const doc = container.ownerDocument;
  container.replaceChildren();
  const main = doc.createElement("main");
  main.setAttribute("role", "alert");
  main.style.cssText = "font:14px/1.5 'Segoe UI',-apple-system,'Helvetica Neue',sans-serif;color:#242424;padding:16px 20px;max-width:40em";
  for (const lang of ["vi", "en"] as const) {
    const section = doc.createElement("section");
    section.lang = lang;
    const title = doc.createElement("h1");
    title.style.cssText = "font-size:16px;font-weight:600;margin:0 0 4px";
    title.textContent = t("outside.title", lang);
    const body = doc.createElement("p");
    body.style.cssText = "margin:0 0 16px";
    body.textContent = t("outside.body", lang);
    section.append(title, body);
    main.append(section);
  }
  container.append(main);
}
