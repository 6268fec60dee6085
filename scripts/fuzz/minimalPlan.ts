// The smallest plan package the hostile fixtures start from: one worksheet "Kế hoạch" holding a three-task plan
// table in inline strings, a styles part, nothing else. Each part is a string the mutants can change.
import { deflateRawSync } from "node:zlib";
import { rawZip, type RawEntry } from "./rawZip";

export const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const CONTENT_TYPES =
  DECL +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  "</Types>";

export const ROOT_RELS =
  DECL + `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

export const WORKBOOK_RELS =
  DECL +
  `<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
  "</Relationships>";

export function workbookXml(sheets: { name: string; rel: string }[] = [{ name: "Kế hoạch", rel: "rId1" }]): string {
  const list = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="${s.rel}"/>`).join("");
  return DECL + `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${list}</sheets></workbook>`;
}

export const STYLES =
  DECL +
  `<styleSheet xmlns="${NS}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  "</styleSheet>";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const cellRef = (col: number, row: number) => String.fromCharCode(65 + col) + row;

export const PLAN_ROWS: string[][] = [
  ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"],
  ["1", "Rà soát quy hoạch mạng lưới trường lớp", "Phòng Kế hoạch - Tài chính", "Quý IV/2026"],
  ["2", "Tổ chức hội nghị sơ kết năm học", "Văn phòng Sở", "Tháng 12/2026"],
  ["3", "Kiểm tra công tác tuyển sinh đầu cấp", "Phòng Giáo dục Trung học", "Năm 2027"],
];

/** The rows of the plan as <row> elements; `extra(rowNumber)` adds cells after each row's own. */
export function planRowsXml(rows: string[][] = PLAN_ROWS, extra: (row: number) => string = () => ""): string {
  return rows
    .map((cells, i) => {
      const r = i + 1;
      const own = cells
        .map((text, c) =>
          /^\d+$/.test(text) ? `<c r="${cellRef(c, r)}"><v>${text}</v></c>` : `<c r="${cellRef(c, r)}" t="inlineStr"><is><t>${esc(text)}</t></is></c>`,
        )
        .join("");
      return `<row r="${r}">${own}${extra(r)}</row>`;
    })
    .join("");
}

export function sheetXml(sheetData: string = planRowsXml(), afterSheetData = "", beforeSheetData = ""): string {
  return DECL + `<worksheet xmlns="${NS}" xmlns:r="${REL}">${beforeSheetData}<sheetData>${sheetData}</sheetData>${afterSheetData}</worksheet>`;
}

export function planParts(): RawEntry[] {
  return [
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: ROOT_RELS },
    { name: "xl/workbook.xml", data: workbookXml() },
    { name: "xl/_rels/workbook.xml.rels", data: WORKBOOK_RELS },
    { name: "xl/worksheets/sheet1.xml", data: sheetXml() },
    { name: "xl/styles.xml", data: STYLES },
  ];
}

/** The package with some parts replaced (by name; `null` removes one) and entries appended. */
export function planPackage(replace: Record<string, Partial<RawEntry> | null> = {}, append: RawEntry[] = []): Uint8Array {
  const entries: RawEntry[] = [];
  for (const part of planParts()) {
    const change = replace[part.name];
    if (change === null) continue;
    entries.push({ ...part, ...(change ?? {}) });
  }
  return rawZip([...entries, ...append]);
}

/** Raw deflate of `n` zero bytes: a tiny stream that inflates to much more than it takes. */
export function zeros(n: number): Uint8Array {
  return new Uint8Array(deflateRawSync(new Uint8Array(n), { level: 9 }));
}
