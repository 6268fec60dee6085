// The task pane's entry (taskpane.html, loaded inside Excel with office.js): once Office is ready, the App on the
// Office.js host. Excel.run and the document settings are handed to the session here, the only place the pane
// meets the Office globals. Opened anywhere but Excel (office.js missing, or another host), it says so.
import { createRoot } from "react-dom/client";
import { ExcelSession } from "../excel/ExcelSession";
import { App } from "./App";
import { localToday } from "./localToday";
import { insideExcel, showOutsideOffice } from "./outsideOffice";

const container = document.getElementById("container");
if (container) {
  if (typeof Office === "undefined") showOutsideOffice(container);
  else {
    void Office.onReady((info) => {
      if (!insideExcel(info.host, Office.HostType.Excel)) {
        showOutsideOffice(container);
        return;
      }
      const session = new ExcelSession({
        run: (batch) => Excel.run(batch),
        settings: Office.context.document.settings,
        createWorkbook: (base64) => Excel.createWorkbook(base64),
        isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
      });
      createRoot(container).render(<App session={session} today={localToday()} />);
    });
  }
}
