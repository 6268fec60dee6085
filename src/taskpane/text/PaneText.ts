// The task pane's catalogue type: the Vietnamese catalogue defines the keys, every other language has exactly them.
import type { viPane } from "./viPane";

export type PaneKey = keyof typeof viPane;
export type PaneText = { readonly [K in PaneKey]: string };
export type PaneParams = Record<string, string | number>;
export type Lang = "vi" | "en";

/** "{count} chỗ" + { count: 3 } → "3 chỗ". An unknown placeholder stays as written, so a typo shows on screen. */
export function fillPlaceholders(template: string, params: PaneParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
