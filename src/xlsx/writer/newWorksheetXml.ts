// The frame of a sheet plan-tracker writes whole (replace mode): view, page setup and print options; the cells,
// merges, widths and rules are then spliced in by editWorksheet like on any other sheet.
import { cellAddress } from "../../core/grid/address";
import type { SheetPatch } from "../../core/patch/WorkbookPatch";
import { escapeAttr } from "./xmlEscape";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

export function newWorksheetXml(sheet: SheetPatch, options: { selected: boolean; drawingRelId?: string }): string {
  const setup = sheet.pageSetup;
  const fit = setup !== undefined && (setup.fitToWidth > 0 || setup.fitToHeight > 0);
  let sheetPr = "";
  if (sheet.tabColor) sheetPr += `<tabColor rgb="FF${sheet.tabColor.toUpperCase()}"/>`;
  if (fit) sheetPr += '<pageSetUpPr fitToPage="1"/>';

  let view = `<sheetView workbookViewId="0"`;
  if (sheet.gridlines === false) view += ' showGridLines="0"';
  if (options.selected) view += ' tabSelected="1"';
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    const pane = freeze.rows > 0 && freeze.cols > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
    const split = (freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : "") + (freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : "");
    const topLeft = cellAddress(freeze.rows, freeze.cols);
    view += `><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView>`;
  } else view += "/>";

  const margins = setup?.margins ?? DEFAULT_MARGINS;
  let tail = "";
  if (setup?.centerHorizontally) tail += '<printOptions horizontalCentered="1"/>';
  tail += `<pageMargins left="${margins.left}" right="${margins.right}" top="${margins.top}" bottom="${margins.bottom}" header="${margins.header}" footer="${margins.footer}"/>`;
  if (setup) {
    tail += `<pageSetup paperSize="9" orientation="${setup.orientation}"`;
    if (fit) tail += ` fitToWidth="${setup.fitToWidth}" fitToHeight="${setup.fitToHeight}"`;
    tail += "/>";
  }
  if (options.drawingRelId) tail += `<drawing r:id="${escapeAttr(options.drawingRelId)}"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${R_NS}">` +
    (sheetPr ? `<sheetPr>${sheetPr}</sheetPr>` : "") +
    `<dimension ref="A1"/><sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/>` +
    tail +
    "</worksheet>"
  );
}
