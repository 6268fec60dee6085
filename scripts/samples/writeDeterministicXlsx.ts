// Writes an ExcelJS workbook so that the same workbook gives the same bytes on every run.
//
// ExcelJS stamps the current time into docProps/core.xml (created/modified) and, through JSZip, into every
// zip entry's header. The committed samples and fixtures must not change when the scripts are re-run, so
// the dates are fixed and the package is re-zipped with one fixed entry time.
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { unzipSync, zipSync, type Zippable } from "fflate";

/** The fixed document date: the month the seed appendix was issued (September 2023). UTC. */
export const FIXED_DOCUMENT_DATE = new Date(Date.UTC(2023, 8, 15, 8, 0, 0));

/**
 * The zip entry time. Zip stores local wall-clock fields, and fflate reads them from a Date in local time,
 * so the Date is built from local fields to give the same bytes in every time zone.
 */
const ZIP_ENTRY_TIME = new Date(2023, 8, 15, 8, 0, 0);

/** Sets the document properties that ExcelJS would otherwise fill with the current time. */
export function fixWorkbookDates(workbook: ExcelJS.Workbook, creator = "Sở GDĐT"): void {
  workbook.creator = creator;
  workbook.lastModifiedBy = creator;
  workbook.created = FIXED_DOCUMENT_DATE;
  workbook.modified = FIXED_DOCUMENT_DATE;
}

/** Changes a package part (e.g. "xl/worksheets/sheet1.xml") before it is zipped. */
export type PartTransform = (name: string, data: Uint8Array) => Uint8Array;

/** The workbook's .xlsx bytes, identical for identical workbooks. */
export async function toDeterministicXlsx(
  workbook: ExcelJS.Workbook,
  transform?: PartTransform,
): Promise<Buffer> {
  fixWorkbookDates(workbook, workbook.creator || "Sở GDĐT");
  const raw = new Uint8Array(await workbook.xlsx.writeBuffer());
  const entries = unzipSync(raw);
  const files: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    files[name] = [transform ? transform(name, data) : data, { mtime: ZIP_ENTRY_TIME }];
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}

/** Writes the workbook to filePath (creating its folder), deterministic as toDeterministicXlsx. */
export async function writeDeterministicXlsx(
  workbook: ExcelJS.Workbook,
  filePath: string,
  transform?: PartTransform,
): Promise<void> {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  fs.writeFileSync(filePath, await toDeterministicXlsx(workbook, transform));
}
