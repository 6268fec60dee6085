// The ribbon's function file. "refreshStatuses" (<FunctionName> in manifest.xml) updates the statuses without
// opening the pane: the same refreshWorkbook the pane runs, on the Office.js host, at today's date with the
// settings saved in the document.
//
// An ExecuteFunction command runs without UI: Excel shows nothing for it but the ribbon's busy state, and the only
// surface it could open is a dialog (Office.context.ui.displayDialogAsync), which a one-click refresh should not
// raise. A failure therefore writes nothing more (protection is checked before any write; a failure part-way is a
// HostError naming what was written) and is logged for the add-in's diagnostics; the task pane, when opened,
// reads the workbook again and shows any failure in words.
import { isoDate, type IsoDate } from "../core/date/calendar";
import { ExcelSession } from "../excel/ExcelSession";
import { refreshWorkbook, runSettings } from "../workbook/refresh";

/** The user's local calendar date: the reporting date of a one-click refresh. */
function localToday(now: Date = new Date()): IsoDate {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

async function refreshStatuses(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const session = new ExcelSession({
      run: (batch) => Excel.run(batch),
      settings: Office.context.document.settings,
    });
    const outcome = await refreshWorkbook(session, await runSettings(session, localToday()));
    if (!outcome.patch)
      console.warn("plan-tracker: no plan table found; nothing written", outcome.analysis.issues);
  } catch (error) {
    console.error("plan-tracker: refreshStatuses failed", error);
  } finally {
    // Must be called whatever happened, or Excel keeps the button busy.
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("refreshStatuses", refreshStatuses);
});
