// The name of a sheet plan-tracker owns: the sheet its marker points at (staff may have renamed it), else the
// default name, else the default with " (2)", " (3)"… when a staff sheet already has that name: a sheet without
// our marker is never replaced.
import type { WorkbookSnapshot } from "../grid/Grid";
import { findMarker } from "./markers";

function sheetKey(name: string): string {
  // Excel compares sheet names without case.
  return name.normalize("NFC").toLowerCase();
}

export function ownedSheetName(
  snapshot: WorkbookSnapshot,
  marker: string,
  defaultName: string,
  taken: ReadonlySet<string> = new Set(),
): string {
  const existing = new Set(snapshot.sheets.map((s) => sheetKey(s.name)));
  const marked = findMarker(snapshot, marker);
  if (marked && existing.has(sheetKey(marked.sheet)) && !taken.has(sheetKey(marked.sheet))) {
    return snapshot.sheets.find((s) => sheetKey(s.name) === sheetKey(marked.sheet))?.name ?? marked.sheet;
  }
  const free = (name: string) => !existing.has(sheetKey(name)) && !taken.has(sheetKey(name));
  if (free(defaultName)) return defaultName;
  for (let n = 2; ; n++) {
    const candidate = `${defaultName} (${n})`;
    if (free(candidate)) return candidate;
  }
}

export { sheetKey };
