// Adds merged ranges to a worksheet's XML. ExcelJS checks each new merge against every earlier one, which
// takes tens of seconds for the ~10,000 merges of a 10,000-task Word-paste plan; ranges known not to overlap
// can go straight into the file's <mergeCells> element instead.

/** The sheet XML with the "A9:A11"-style ranges appended to its <mergeCells> (created after <sheetData> if absent). */
export function addMergesToSheetXml(xml: string, ranges: string[]): string {
  if (ranges.length === 0) return xml;
  const cells = ranges.map((ref) => `<mergeCell ref="${ref}"/>`).join("");
  const existing = /<mergeCells count="(\d+)">/.exec(xml);
  if (existing) {
    const count = Number(existing[1]) + ranges.length;
    return xml
      .replace(existing[0], `<mergeCells count="${count}">`)
      .replace("</mergeCells>", `${cells}</mergeCells>`);
  }
  if (!xml.includes("</sheetData>")) throw new Error("addMergesToSheetXml: no </sheetData> in the sheet XML");
  // In the schema's element order <mergeCells> follows <sheetData> (and the protection and filter elements,
  // which the generated sheets do not have).
  return xml.replace(
    "</sheetData>",
    `</sheetData><mergeCells count="${ranges.length}">${cells}</mergeCells>`,
  );
}
