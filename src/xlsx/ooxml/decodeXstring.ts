// The ST_Xstring escape of SpreadsheetML: characters XML cannot carry are written as _xHHHH_.

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * "_x000D_" → "\r", "_x0009_" → tab. A literal "_x000D_" typed by a user is written as "_x005F_x000D_":
 * the left-to-right scan turns "_x005F_" into "_" and leaves the rest as text, which restores it.
 */
export function decodeXstring(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(ESCAPE, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
