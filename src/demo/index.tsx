// The browser demo's entry (demo.html, no office.js): the task pane on the bundled sample workbook.
// "?today=2026-11-30" fixes the default reporting date and "?paneWidth=320" the pane's width, for screenshots and
// the end-to-end test.
import { createRoot } from "react-dom/client";
import { parseIso } from "../core/date/calendar";
import { localToday } from "../taskpane/localToday";
import { DemoPage } from "./DemoPage";

const container = document.getElementById("container");
if (container) {
  const asked = new URLSearchParams(window.location.search).get("today");
  const today = asked !== null && parseIso(asked) !== null ? asked : localToday();
  const width = Number(new URLSearchParams(window.location.search).get("paneWidth"));
  const paneWidth = Number.isInteger(width) && width >= 240 && width <= 800 ? width : undefined;
  createRoot(container).render(
    <DemoPage today={today} sampleUrl="assets/sample/ke-hoach-mau.xlsx" paneWidth={paneWidth} />,
  );
}
