// Applies a WorkbookPatch to the bytes of an .xlsx package. Browser-safe (no Node imports).
import type { WorkbookPatch } from "../core/patch/WorkbookPatch";
import { HostError, type ApplyResult } from "../workbook/WorkbookSession";

export function applyPatchToXlsx(original: Uint8Array, patch: WorkbookPatch): { bytes: Uint8Array; result: ApplyResult } {
  void original;
  void patch;
  throw new HostError("write-failed", "xlsx: writer not available yet");
}
