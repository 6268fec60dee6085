// The named hostile and damaged packages of issue 9, each a few KB, committed as regression fixtures in
// test/fixtures/hostile (built by build-hostile.ts) and run through the real command line by test/cli/hostile.test.ts.
import { CONTENT_TYPES, PLAN_ROWS, ROOT_RELS, WORKBOOK_RELS, planPackage, planRowsXml, sheetXml, workbookXml, zeros } from "./minimalPlan";

export interface HostileMutant {
  name: string;
  /** What the file does, for the README table. */
  what: string;
  bytes: () => Uint8Array;
}

const SHEET = "xl/worksheets/sheet1.xml";
const enc = new TextEncoder();

const withCell = (ref: string) => sheetXml(planRowsXml(PLAN_ROWS, (r) => (r === 2 ? `<c r="${ref}"><v>7</v></c>` : "")));

const longText = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = c & 0xff;
    out[3 + 2 * i] = c >> 8;
  }
  return out;
}

const LAUGHS =
  '<!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  Array.from({ length: 8 }, (_, i) => `<!ENTITY lol${i + 2} "${`&lol${i + 1};`.repeat(10)}">`).join("") +
  "]>";

export const HOSTILE: readonly HostileMutant[] = [
  ...["A999999999", "ZZZZZZ1", "AAAAAAAAAAAA9", "B99999999999999999999", "XFE3"].map((ref) => ({
    name: `ref-${ref.length > 12 ? ref.slice(0, 12) : ref}`,
    what: `a cell at ${ref}, beyond Excel's grid`,
    bytes: () => planPackage({ [SHEET]: { data: withCell(ref) } }),
  })),
  {
    name: "row-number-huge",
    what: 'a <row r="99999999999"> holding cells without references',
    bytes: () => planPackage({ [SHEET]: { data: sheetXml(planRowsXml() + '<row r="99999999999"><c><v>1</v></c><c><v>2</v></c></row>') } }),
  },
  {
    name: "dimension-huge",
    what: '<dimension ref="A1:XFD1048576"> and a merge A1:XFD1048576',
    bytes: () =>
      planPackage({
        [SHEET]: { data: sheetXml(planRowsXml(), '<mergeCells count="1"><mergeCell ref="F10:XFD1048576"/></mergeCells>', '<dimension ref="A1:XFD1048576"/>') },
      }),
  },
  {
    name: "far-apart-cells",
    what: "cells at XFD2 and A1048576 besides the plan (a sheet whose cells are very far apart)",
    bytes: () =>
      planPackage({
        [SHEET]: { data: sheetXml(planRowsXml(PLAN_ROWS, (r) => (r === 1 ? '<c r="XFD1"><v>1</v></c>' : "")) + '<row r="1048576"><c r="A1048576"><v>2</v></c></row>') },
      }),
  },
  {
    name: "bomb-unrelated-entry",
    what: "an unrelated entry xl/media/big.bin declaring 3 GB (its data 3 KB of deflated zeros): never inflated, copied raw",
    bytes: () => planPackage({}, [{ name: "xl/media/big.bin", data: "", compressed: zeros(3_000_000), declaredSize: 3_000_000_000 }]),
  },
  {
    name: "bomb-sheet-declared",
    what: "the worksheet part declares 3 GB: refused before inflating",
    bytes: () => planPackage({ [SHEET]: { compressed: zeros(1_000_000), declaredSize: 3_000_000_000 } }),
  },
  {
    name: "bomb-sheet-lying",
    what: "the worksheet part declares 2,000 bytes but inflates to 8 MB: stopped at the declared size",
    bytes: () => planPackage({ [SHEET]: { compressed: zeros(8_000_000), declaredSize: 2000 } }),
  },
  {
    name: "bomb-shared-strings",
    what: "the workbook's sharedStrings part declares 200 MB (over the 64 MB a part)",
    bytes: () =>
      planPackage(
        {
          "xl/_rels/workbook.xml.rels": {
            data: WORKBOOK_RELS.replace(
              "</Relationships>",
              '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
            ),
          },
        },
        [{ name: "xl/sharedStrings.xml", data: "", compressed: zeros(200_000), declaredSize: 200_000_000 }],
      ),
  },
  {
    name: "billion-laughs",
    what: "an internal DTD defining nested entities (billion laughs) used in a task cell: never expanded",
    bytes: () =>
      planPackage({
        [SHEET]: {
          data: sheetXml(planRowsXml(PLAN_ROWS, (r) => (r === 2 ? '<c r="F2" t="inlineStr"><is><t>&lol9;</t></is></c>' : ""))).replace(
            "<worksheet",
            LAUGHS + "<worksheet",
          ),
        },
      }),
  },
  {
    name: "external-entity",
    what: 'an external entity (SYSTEM "file:///etc/passwd") used in a task cell: never fetched',
    bytes: () =>
      planPackage({
        [SHEET]: {
          data: sheetXml(planRowsXml(PLAN_ROWS, (r) => (r === 2 ? '<c r="F2" t="inlineStr"><is><t>&xxe;</t></is></c>' : ""))).replace(
            "<worksheet",
            '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet',
          ),
        },
      }),
  },
  {
    name: "long-cells",
    what: "100,000-character task, unit and deadline cells",
    bytes: () => {
      const rows = PLAN_ROWS.map((r) => [...r]);
      rows[1] = ["1", longText("Rà soát (", 100_000), longText("Phòng A, ", 100_000), longText("Quý I/2026 - ", 100_000)];
      return planPackage({ [SHEET]: { data: sheetXml(planRowsXml(rows)) } });
    },
  },
  {
    name: "content-types-empty",
    what: "an empty [Content_Types].xml",
    bytes: () => planPackage({ "[Content_Types].xml": { data: "" } }),
  },
  {
    name: "content-types-missing",
    what: "no [Content_Types].xml at all",
    bytes: () => planPackage({ "[Content_Types].xml": null }),
  },
  {
    name: "content-types-malformed",
    what: "a [Content_Types].xml cut off inside a tag",
    bytes: () => planPackage({ "[Content_Types].xml": { data: CONTENT_TYPES.slice(0, 200) } }),
  },
  {
    name: "rels-as-overrides",
    what: "each .rels part listed as an Override, no Default for the rels extension",
    bytes: () =>
      planPackage({
        "[Content_Types].xml": {
          data: CONTENT_TYPES.replace(
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
            '<Override PartName="/_rels/.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
              '<Override PartName="/xl/_rels/workbook.xml.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          ),
        },
      }),
  },
  {
    name: "utf16-sheet",
    what: "the worksheet part in UTF-16LE with a byte-order mark and an encoding=\"UTF-16\" declaration",
    bytes: () => planPackage({ [SHEET]: { data: utf16le(sheetXml().replace('encoding="UTF-8"', 'encoding="UTF-16"')) } }),
  },
  {
    name: "latin1-entry-name",
    what: "an entry named café.txt in Latin-1 without the UTF-8 flag",
    bytes: () => planPackage({}, [{ name: "café.txt", nameBytes: new Uint8Array([...enc.encode("caf"), 0xe9, ...enc.encode(".txt")]), data: "ghi chú" }]),
  },
  {
    name: "size-too-large",
    what: "the worksheet part declares 500 bytes more than it holds",
    bytes: () => planPackage({ [SHEET]: { declaredSize: enc.encode(sheetXml()).length + 500 } }),
  },
  {
    name: "size-zero",
    what: "the worksheet part declares size 0",
    bytes: () => planPackage({ [SHEET]: { declaredSize: 0 } }),
  },
  {
    name: "crc-wrong",
    what: "the worksheet part's CRC is wrong",
    bytes: () => planPackage({ [SHEET]: { declaredCrc: 0x12345678 } }),
  },
  {
    name: "sheet-names-case-twins",
    what: 'two sheets "Kế hoạch" and "kế hoạch" (names Excel holds unique without regard to case)',
    bytes: () =>
      planPackage(
        {
          "xl/workbook.xml": { data: workbookXml([{ name: "Kế hoạch", rel: "rId1" }, { name: "kế hoạch", rel: "rId3" }]) },
          "xl/_rels/workbook.xml.rels": {
            data: WORKBOOK_RELS.replace(
              "</Relationships>",
              '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
            ),
          },
          "[Content_Types].xml": {
            data: CONTENT_TYPES.replace(
              "</Types>",
              '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
            ),
          },
        },
        [{ name: "xl/worksheets/sheet2.xml", data: sheetXml("") }],
      ),
  },
  {
    name: "styles-rel-missing",
    what: "xl/styles.xml present but no styles relationship from the workbook",
    bytes: () => planPackage({ "xl/_rels/workbook.xml.rels": { data: WORKBOOK_RELS.replace(/<Relationship Id="rId2"[^>]*>/, "") } }),
  },
  {
    name: "styles-rel-wrong",
    what: "the styles relationship points at the worksheet part",
    bytes: () => planPackage({ "xl/_rels/workbook.xml.rels": { data: WORKBOOK_RELS.replace('Target="styles.xml"', 'Target="worksheets/sheet1.xml"') } }),
  },
  {
    name: "sheet-unterminated",
    what: "the worksheet part cut off inside a start tag",
    bytes: () => planPackage({ [SHEET]: { data: sheetXml().slice(0, sheetXml().length - 60) + "<c r" } }),
  },
  {
    name: "workbook-not-xml",
    what: "xl/workbook.xml holds plain text",
    bytes: () => planPackage({ "xl/workbook.xml": { data: "not xml at all" } }),
  },
  {
    name: "root-rels-missing",
    what: "no _rels/.rels (the workbook found by its usual name)",
    bytes: () => planPackage({ "_rels/.rels": null }),
  },
  {
    name: "root-rels-loop",
    what: "the package relationship points the main document at _rels/.rels itself",
    bytes: () => planPackage({ "_rels/.rels": { data: ROOT_RELS.replace("xl/workbook.xml", "_rels/.rels") } }),
  },
  {
    name: "zip-truncated-directory",
    what: "the zip's last 30 bytes cut off (no end of central directory)",
    bytes: () => {
      const b = planPackage();
      return b.slice(0, b.length - 30);
    },
  },
  {
    name: "zip-count-lies",
    what: "the end of central directory claims 65,535 entries",
    bytes: () => {
      const b = planPackage();
      const v = new DataView(b.buffer, b.byteOffset + b.length - 22, 22);
      v.setUint16(8, 0xffff, true);
      v.setUint16(10, 0xfffe, true);
      return b;
    },
  },
];
