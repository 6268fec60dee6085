// Copies text for pasting into a letter. The Clipboard API needs a secure context and permission, which an
// add-in's webview does not always give; the fallback selects the textarea so the user can press Ctrl+C.
export type CopyOutcome = "copied" | "selected";

export async function copyText(text: string, textarea: HTMLTextAreaElement | null): Promise<CopyOutcome> {
  try {
    if (
      typeof navigator !== "undefined" &&
      navigator.clipboard &&
      typeof navigator.clipboard.writeText === "function"
    ) {
      await navigator.clipboard.writeText(text);
      return "copied";
    }
  } catch {
    // Denied or unavailable: fall through to the selection, and the pane tells the user to press Ctrl+C.
  }
  if (textarea) {
    textarea.focus();
    textarea.select();
    try {
      if (typeof document.execCommand === "function" && document.execCommand("copy")) return "copied";
    } catch {
      // execCommand is deprecated and may throw; the text stays selected.
    }
  }
  return "selected";
}
