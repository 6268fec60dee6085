// The one error the .xlsx host throws when a file cannot be read as a workbook.

/**
 * Why a file could not be read:
 * - "not-zip": not a zip package at all (a CSV or text file renamed .xlsx, an HTML export);
 * - "encrypted": a password-protected workbook (an OLE/CFB container holding an EncryptionInfo stream);
 * - "xls-binary": an OLE/CFB container without encryption: an old binary .xls workbook;
 * - "corrupt": a zip that fails to unzip, a spreadsheet package missing its workbook part, or a part
 *   whose XML cannot be scanned;
 * - "not-workbook": a zip or OLE file that is not a spreadsheet (a .docx, a .pptx, a .doc, an .xlsb).
 */
export type XlsxReadErrorCode = "not-zip" | "encrypted" | "xls-binary" | "corrupt" | "not-workbook";

export class XlsxReadError extends Error {
  override readonly name = "XlsxReadError";
  readonly code: XlsxReadErrorCode;
  override readonly cause?: unknown;

  /** `message` is given without the "xlsx: " prefix, which is added here. */
  constructor(code: XlsxReadErrorCode, message: string, cause?: unknown) {
    super(`xlsx: ${message}`);
    this.code = code;
    if (cause !== undefined) this.cause = cause;
  }
}
