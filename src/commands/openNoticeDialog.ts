// Shows a Notice in an Office dialog (Office.context.ui.displayDialogAsync) and settles when the dialog is gone.
// The only surface an ExecuteFunction command can open: it has no pane and Excel offers it no toast (Outlook's
// notificationMessages have no Excel counterpart).
import type { Notice } from "./Notice";
import { noticeQuery } from "./noticeQuery";

/** The dialog's size, in percent of the screen (Office's minimum is 250 × 150 px): room for a title and ~4 lines. */
const DIALOG_SIZE = { height: 35, width: 30 };
/** DialogEventReceived's code when the user closes the dialog with its own X button. */
const CLOSED_BY_USER = 12006;

/**
 * The part of Office.js used here, passed in so the flow can be tested on a fake: `Office.context.ui` and the two
 * enums (which office.js defines at run time, so a test cannot reach them through the global).
 */
export interface DialogApi {
  ui: Pick<Office.UI, "displayDialogAsync">;
  EventType: Pick<typeof Office.EventType, "DialogMessageReceived" | "DialogEventReceived">;
  AsyncResultStatus: Pick<typeof Office.AsyncResultStatus, "Failed">;
}

/**
 * Opens `pageUrl` (the add-in's notice.html, on the add-in's own https origin as Office requires) with the notice
 * in its query string. Resolves when the page's button posts its message (the dialog is then closed here) or when
 * the user closes the dialog (12006). Rejects, with Office's error as `cause`, when the dialog cannot be opened
 * (12007 another dialog is open, 12009 the user declined it or 12011 a pop-up was blocked in Office on the web) or
 * the page fails in it (12002 not found, 12003 not https).
 */
export function openNoticeDialog(api: DialogApi, pageUrl: string, notice: Notice): Promise<void> {
  const url = pageUrl + noticeQuery(notice);
  return new Promise<void>((resolve, reject) => {
    // In Office on the web an iframe over the workbook: no pop-up window for a browser to block, no prompt first.
    api.ui.displayDialogAsync(url, { ...DIALOG_SIZE, displayInIframe: true }, (result) => {
      if (result.status === api.AsyncResultStatus.Failed) {
        reject(
          new Error(`dialog: not opened (${result.error.code}: ${result.error.message})`, {
            cause: result.error,
          }),
        );
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(api.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(api.EventType.DialogEventReceived, (args) => {
        const code = "error" in args ? args.error : undefined;
        if (code === CLOSED_BY_USER) {
          resolve();
          return;
        }
        try {
          dialog.close();
        } finally {
          reject(new Error(`dialog: the notice page failed (${code ?? "unknown event"})`));
        }
      });
    });
  });
}
