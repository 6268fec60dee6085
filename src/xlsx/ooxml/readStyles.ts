// xl/styles.xml → the number format of each cell style.
import { XmlCursor } from "./XmlCursor";
import { builtinNumberFormat } from "./builtinNumberFormats";

function isGeneral(code: string): boolean {
  return code.toLowerCase() === "general";
}

/**
 * The number format code of each cellXfs entry, indexed by the `s` attribute of a cell; null for General.
 * Only <numFmts> and <cellXfs> are read: the <xf> of <cellStyleXfs> and the <numFmt> of <dxfs>
 * (conditional-format styles) look the same but are not what a cell's `s` points at.
 */
export function readStyles(xml: string): (string | null)[] {
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  const cursor = new XmlCursor(xml);
  let section = "";
  while (cursor.next()) {
    const { name, kind } = cursor;
    if (kind === "close") {
      if (name === section) section = "";
      continue;
    }
    if (name === "numFmts" || name === "cellXfs") {
      if (kind === "open") section = name;
    } else if (name === "cellStyleXfs" || name === "dxfs" || name === "extLst") {
      cursor.skip();
    } else if (name === "numFmt" && section === "numFmts") {
      const id = Number(cursor.attr("numFmtId"));
      const code = cursor.attr("formatCode");
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    } else if (name === "xf" && section === "cellXfs") {
      const id = Number(cursor.attr("numFmtId") ?? "0");
      xfFormatIds.push(Number.isInteger(id) ? id : 0);
      if (kind === "open") cursor.skip();
    }
  }
  return xfFormatIds.map((id) => {
    const code = custom.get(id) ?? builtinNumberFormat(id);
    return code === null || isGeneral(code) ? null : code;
  });
}
