// Any failure the pane meets, in plain words with what to do next. Host failures (HostError) and unreadable files
// (the .xlsx host's XlsxReadError, recognised by name so the task pane bundle never pulls in the .xlsx reader) get
// their own advice; anything else shows its message with a generic next step, never a silent console line.
import { HostError, type HostErrorCode } from "../../workbook/WorkbookSession";
import type { Text } from "../text/TextContext";

export interface ErrorDescription {
  title: string;
  body: string;
}

const FILE_CODES = ["not-zip", "encrypted", "xls-binary", "corrupt", "not-workbook", "too-large"] as const;
type FileCode = (typeof FILE_CODES)[number];

function isHostError(error: unknown): error is HostError {
  return (
    error instanceof HostError || (error instanceof Error && error.name === "HostError" && "code" in error)
  );
}

function fileCode(error: unknown): FileCode | null {
  if (!(error instanceof Error) || error.name !== "XlsxReadError") return null;
  const code = (error as Error & { code?: unknown }).code;
  return FILE_CODES.find((c) => c === code) ?? null;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message.replace(/[.\s]+$/u, "");
  return String(error);
}

export function describeError(error: unknown, text: Text): ErrorDescription {
  const { t } = text;
  if (isHostError(error)) {
    const code: HostErrorCode = error.code;
    const detail = error.detail ?? {};
    let body = t(`host.${code}`, { sheet: detail.sheet ?? "", part: detail.part ?? "" });
    if (detail.written && detail.written.length > 0)
      body += " " + t("host.written", { sheets: detail.written.join(", ") });
    if (detail.notWritten && detail.notWritten.length > 0) {
      body += " " + t("host.notWritten", { sheets: detail.notWritten.join(", ") });
    }
    return { title: t(`host.${code}.title`), body };
  }
  const file = fileCode(error);
  if (file) return { title: t(`file.${file}.title`), body: t(`file.${file}`) };
  return { title: t("unexpected.title"), body: t("unexpected", { message: messageOf(error) }) };
}
