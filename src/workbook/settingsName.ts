// plan-tracker's settings kept inside the workbook, as a hidden workbook-level defined name holding JSON text: the
// one place both hosts keep them (the Office.js host writes the same name through Workbook.names, the .xlsx host
// into workbook.xml), so settings saved in Excel reach the command line and the other way round. One format, one
// reader: a field this version does not know (added by a later one) is kept as read, never an error.
//
// Why a defined name and not a veryHidden sheet: a name is invisible in every sheet list (the task pane's sheet
// chooser, the command line's "searched: …" message, the plan reader's candidates), and both Excel and
// LibreOffice keep a workbook-level name whose formula is a text constant when they save; LibreOffice turns a
// veryHidden sheet into a merely hidden one that staff can then unhide and edit. Excel limits a text constant
// inside a formula to 255 characters, so the JSON is cut into pieces joined with "&".
import type { Settings } from "../core/model/Status";

export const SETTINGS_NAME = "PlanTracker_Settings";

const PIECE = 200;

/** Settings → the formula text of the name: "{""lang"":""vi""}" (pieces joined with &). */
export function encodeSettings(settings: Partial<Settings>): string {
  const json = JSON.stringify(settings);
  const pieces: string[] = [];
  // Cut on code points so no surrogate pair is split across pieces.
  const chars = Array.from(json);
  for (let i = 0; i < chars.length; i += PIECE) pieces.push(chars.slice(i, i + PIECE).join(""));
  if (pieces.length === 0) pieces.push("");
  return pieces.map((p) => `"${p.replace(/"/g, '""')}"`).join("&");
}

/** The formula text of the name → settings; {} when it is not what encodeSettings wrote (edited by hand, #REF!). */
export function decodeSettings(formula: string): Partial<Settings> {
  const text = formula.trim().replace(/^=/, "");
  const piece = /^"((?:[^"]|"")*)"\s*(?:&\s*|$)/;
  let rest = text;
  let json = "";
  while (rest.length > 0) {
    const m = piece.exec(rest);
    if (!m) return {};
    json += (m[1] ?? "").replace(/""/g, '"');
    rest = rest.slice(m[0].length);
  }
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Partial<Settings>) : {};
  } catch {
    return {};
  }
}
