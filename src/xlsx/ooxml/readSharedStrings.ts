// xl/sharedStrings.xml → the table of strings that t="s" cells index.
import { XmlCursor } from "./XmlCursor";
import { decodeXstring } from "./decodeXstring";

/**
 * Reads the text of a string item (<si>, or <is> of an inline string) whose start tag is the cursor's
 * current tag: plain <t>, or the <t> of each rich-text run <r>, concatenated. Phonetic runs <rPh> (the
 * furigana that Japanese Excel stores beside the text) are not part of the cell's value and are skipped.
 */
export function readStringItem(cursor: XmlCursor): string {
  if (!cursor.isOpen()) return "";
  const closing = cursor.name;
  let text = "";
  while (cursor.next()) {
    if (cursor.kind === "close") {
      if (cursor.name === closing) break;
      continue;
    }
    if (cursor.name === "t") text += cursor.text();
    else if (cursor.name === "rPh" || cursor.name === "rPr" || cursor.name === "extLst") cursor.skip();
  }
  return decodeXstring(text);
}

export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.name !== "si" || cursor.kind === "close") continue;
    out.push(readStringItem(cursor));
  }
  return out;
}
