// Entry of notice.html, the dialog the ribbon command opens on a failure (see openNoticeDialog.ts). The page
// waits for Office before wiring its button to Office.context.ui.messageParent; opened outside Office (office.js
// not loaded, e.g. straight in a browser to check its look) the button just closes the window.
import { renderNoticePage } from "./renderNoticePage";

if (typeof Office === "undefined") {
  renderNoticePage(document, window.location.search, { messageParent: () => window.close() });
} else {
  void Office.onReady(() => renderNoticePage(document, window.location.search, Office.context.ui));
}
