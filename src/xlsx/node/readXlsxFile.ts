// Reads an .xlsx file from disk (command line, tests). Node only: the task pane uses readXlsx on bytes.
import { readFile } from "node:fs/promises";
import type { WorkbookSnapshot } from "../../core/grid/Grid";
import { readXlsx } from "../readXlsx";

/** Reads and parses the workbook at `path`. File-system errors (ENOENT, EACCES) pass through unchanged. */
export async function readXlsxFile(path: string): Promise<WorkbookSnapshot> {
  const buffer = await readFile(path);
  return readXlsx(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
}
