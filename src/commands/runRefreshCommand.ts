// What the ribbon's "Cập nhật trạng thái" does, apart from Office itself (commands.ts wires this to Office.js).
// It refreshes the workbook like the pane does. Success opens nothing: the statuses change on the sheet before the
// user's eyes. A failure, or a workbook without a plan table, opens a notice in the pane's words in the language
// saved in the document, since a click that changes nothing and says nothing looks like a broken button.
import type { IsoDate } from "../core/date/calendar";
import type { Lang } from "../core/i18n/Catalogue";
import { describeError } from "../taskpane/model/describeError";
import { makeText } from "../taskpane/text/TextContext";
import { refreshWorkbook, runSettings } from "../workbook/refresh";
import type { WorkbookSession } from "../workbook/WorkbookSession";
import type { Notice } from "./Notice";

export type RefreshCommandResult = "updated" | "no-plan" | "failed";

export interface RefreshCommandDeps {
  /** The host session (Office.js in Excel); opened once, inside the command so that a failure to open is reported. */
  openSession(): WorkbookSession;
  /** The reporting date: the user's local date. */
  today: IsoDate;
  /** Shows the notice and settles once the user has closed it; rejects when it cannot be shown. */
  showNotice(notice: Notice): Promise<void>;
  /** Tells Office the command is over (event.completed()); called exactly once, after any notice is closed. */
  complete(): void;
  /** Diagnostics; console.error by default. */
  log?(message: string, ...details: unknown[]): void;
}

function noticeLang(lang: unknown): Lang {
  return lang === "en" ? "en" : "vi";
}

/** Runs the refresh and reports a failure to the user. Never rejects; `complete` is called once whatever happens. */
export async function runRefreshCommand(deps: RefreshCommandDeps): Promise<RefreshCommandResult> {
  const log = deps.log ?? ((message: string, ...details: unknown[]) => console.error(message, ...details));
  let result: RefreshCommandResult = "failed";
  try {
    let lang: Lang = "vi";
    let notice: Notice;
    try {
      const session = deps.openSession();
      const settings = await runSettings(session, deps.today);
      lang = noticeLang(settings.lang);
      // The statuses change where the user is looking: the command does not jump to "Tổng hợp".
      const outcome = await refreshWorkbook(session, settings, undefined, { activate: false });
      if (outcome.patch) return "updated";
      result = "no-plan";
      const { t } = makeText(lang);
      notice = {
        lang,
        title: t("error.noPlan.title"),
        body: t("error.noPlan.body"),
        close: t("notice.close"),
      };
    } catch (error) {
      log("plan-tracker: refreshStatuses failed", error);
      const text = makeText(lang);
      notice = { lang, ...describeError(error, text), close: text.t("notice.close") };
    }
    try {
      await deps.showNotice(notice);
    } catch (noticeError) {
      // No dialog (blocked, or another one open): the console is the last place left to say it.
      log(`plan-tracker: could not show the notice "${notice.title}: ${notice.body}"`, noticeError);
    }
    return result;
  } catch (unexpected) {
    // Only a bug in this file lands here; Excel must still be told the command is over.
    log("plan-tracker: refreshStatuses failed while reporting a failure", unexpected);
    return "failed";
  } finally {
    deps.complete();
  }
}
