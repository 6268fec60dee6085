// The ribbon's function file. "refreshStatuses" (<FunctionName> in manifest.xml) updates the statuses without
// opening the pane: the same refreshWorkbook the pane runs, on the Office.js host, at today's date with the
// settings saved in the document. What happens on failure lives in runRefreshCommand; this file only wires Office.
import { ExcelSession } from "../excel/ExcelSession";
import { localToday } from "../taskpane/localToday";
import { openNoticeDialog } from "./openNoticeDialog";
import { runRefreshCommand } from "./runRefreshCommand";

function refreshStatuses(event: Office.AddinCommands.Event): void {
  const dialogApi = {
    ui: Office.context.ui,
    EventType: Office.EventType,
    AsyncResultStatus: Office.AsyncResultStatus,
  };
  // notice.html sits beside commands.html, on the same origin as Office requires of a dialog.
  const noticePage = new URL("notice.html", window.location.href).href;
  void runRefreshCommand({
    openSession: () =>
      new ExcelSession({
        run: (batch) => Excel.run(batch),
        settings: Office.context.document.settings,
        isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
      }),
    today: localToday(),
    showNotice: (notice) => openNoticeDialog(dialogApi, noticePage, notice),
    // Excel keeps the button busy until then; called after the notice is closed.
    complete: () => event.completed(),
  });
}

Office.onReady(() => {
  Office.actions.associate("refreshStatuses", refreshStatuses);
});
