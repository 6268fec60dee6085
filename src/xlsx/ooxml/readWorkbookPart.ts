// xl/workbook.xml → sheets, date system, defined names.
import { XmlCursor } from "./XmlCursor";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface WorkbookSheetEntry {
  name: string;
  sheetId: string;
  state: SheetState;
  /** Relationship id (r:id) of the sheet's part in the workbook's .rels. */
  relId: string;
}

export interface WorkbookDefinedName {
  name: string;
  /** The formula text, e.g. "'Kế hoạch'!$A$1:$F$4". */
  ref: string;
  /** Index into `sheets` (all sheet kinds, in workbook order) when the name is sheet-scoped. */
  localSheetId?: number;
  hidden: boolean;
}

export interface WorkbookPart {
  /** Local name of the root element: "workbook" for a spreadsheet. */
  root: string;
  sheets: WorkbookSheetEntry[];
  date1904: boolean;
  definedNames: WorkbookDefinedName[];
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

export function readWorkbookPart(xml: string): WorkbookPart {
  const part: WorkbookPart = { root: "", sheets: [], date1904: false, definedNames: [] };
  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.kind === "close") continue;
    if (part.root === "") {
      part.root = cursor.name;
      if (cursor.name !== "workbook") return part;
      continue;
    }
    switch (cursor.name) {
      case "workbookPr":
        part.date1904 = isTrue(cursor.attr("date1904"));
        break;
      case "sheet": {
        const state = cursor.attr("state");
        part.sheets.push({
          name: cursor.attr("name") ?? "",
          sheetId: cursor.attr("sheetId") ?? "",
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
          relId: cursor.attr("id") ?? "",
        });
        break;
      }
      case "definedName": {
        const name = cursor.attr("name") ?? "";
        const local = cursor.attr("localSheetId");
        const hidden = isTrue(cursor.attr("hidden"));
        const ref = cursor.text();
        const entry: WorkbookDefinedName = { name, ref, hidden };
        if (local !== undefined && /^\d+$/.test(local)) entry.localSheetId = Number(local);
        part.definedNames.push(entry);
        break;
      }
      case "extLst":
        cursor.skip();
        break;
    }
  }
  return part;
}
