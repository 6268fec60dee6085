// The demo's stand-in for Excel opening new workbooks: the forms downloaded as one .zip.
import { zipSync } from "fflate";

export function downloadZip(files: { name: string; bytes: Uint8Array }[], zipName: string): void {
  const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, f.bytes])));
  const url = URL.createObjectURL(new Blob([zip], { type: "application/zip" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = zipName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
