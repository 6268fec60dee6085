// The notice travels from the ribbon command to the dialog page in the page's query string: the dialog is a separate
// page in a separate window, and until Dialog.messageChild (DialogApi 1.2) the URL is the only way in. Both ends
// use these two functions, so what one writes the other reads.
import type { Notice } from "./Notice";

/**
 * Room for the query string, in characters once encoded. Office appends its own parameters (_host_Info) to a
 * dialog's URL, and the WebView of older Excel for Windows stops at 2,083 characters for the whole URL; a
 * Vietnamese letter with two marks ("ợ") takes 9 characters encoded, so a long message must be shortened.
 */
export const NOTICE_QUERY_LIMIT = 1500;

const ELLIPSIS = "…";

function encode(notice: Notice): string {
  const params = new URLSearchParams({
    lang: notice.lang,
    title: notice.title,
    body: notice.body,
    close: notice.close,
  });
  return `?${params.toString()}`;
}

/** The text cut to `count` code points (never half a surrogate pair), with an ellipsis when cut. */
function cut(chars: readonly string[], count: number): string {
  return count >= chars.length ? chars.join("") : chars.slice(0, count).join("").trimEnd() + ELLIPSIS;
}

/** The longest cut of `field` for which the query fits, found by bisection (the encoded length grows with it). */
function fitField(notice: Notice, field: "title" | "body", limit: number): Notice {
  const chars = Array.from(notice[field]);
  const fits = (count: number) => encode({ ...notice, [field]: cut(chars, count) }).length <= limit;
  if (fits(chars.length)) return notice;
  let low = 0;
  let high = chars.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return { ...notice, [field]: cut(chars, low) };
}

/**
 * "?lang=vi&title=…&body=…&close=…", URL-encoded. When it would exceed `limit` the body is shortened first (its
 * start says what went wrong), then the title, each ending in "…".
 */
export function noticeQuery(notice: Notice, limit: number = NOTICE_QUERY_LIMIT): string {
  return encode(fitField(fitField(notice, "body", limit), "title", limit));
}

/**
 * The notice in a page's query string (location.search), tolerating what Office adds to it. Missing fields read
 * as empty; a language other than English reads as Vietnamese, the add-in's default.
 */
export function readNoticeQuery(search: string): Notice {
  const params = new URLSearchParams(search);
  return {
    lang: params.get("lang") === "en" ? "en" : "vi",
    title: params.get("title") ?? "",
    body: params.get("body") ?? "",
    close: params.get("close") || "OK",
  };
}
