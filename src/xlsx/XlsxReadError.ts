// The one error the .xlsx host throws when a file cannot be read as a workbook.

/**
 * Why a file could not be read:
 * - "not-zip": not a zip package at all (a CSV or text file renamed .xlsx, an HTML export);
 * - "encrypted": a password-protected workbook (an OLE/CFB container holding an EncryptionInfo stream);
 * - "xls-binary": an OLE/CFB container without encryption: an old binary .xls workbook;
 * - "corrupt": a zip that fails to unzip, a spreadsheet package missing its workbook part, or a part
 *   whose XML cannot be scanned;
 * - "not-workbook": a zip or OLE file that is not a spreadsheet (a .docx, a .pptx, a .doc, an .xlsb);
 * - "too-large": a part that declares or inflates to more than the reading budget (a zip bomb), or a package whose
 *   parts together would (see DEFAULT_BUDGET).
 */
export type XlsxReadErrorCode = "not-zip" | "encrypted" | "xls-binary" | "corrupt" | "not-workbook" | "too-large";

export class XlsxReadError extends Error {
  override readonly name = "XlsxReadError";
  readonly code: XlsxReadErrorCode;
  override readonly cause?: unknown;

  /** `message` is given without the "xlsx: " prefix, which is added here. */
  /** The part concerned, when one is (shown in the message the user reads). */
  readonly part?: string;
  /** Sheet names that Excel would take for one (they differ only in case), when that is the damage. */
  twinSheets?: [string, string];

  constructor(code: XlsxReadErrorCode, message: string, cause?: unknown, part?: string) {
    super(`xlsx: ${message}`);
    this.code = code;
    if (cause !== undefined) this.cause = cause;
    if (part !== undefined) this.part = part;
  }
}
