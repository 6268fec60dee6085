import type { IssueCode, IssueOf, Severity } from "../model/Issue";
import type { StatusCode } from "../model/Status";
import type { viUi } from "./vi";

export type Lang = "vi" | "en";

/** One message per issue code; a missing one is a compile error where a catalogue `satisfies` this. */
export type IssueCatalogue = { readonly [C in IssueCode]: (issue: IssueOf<C>) => string };

/** General UI strings. The Vietnamese catalogue defines the keys; every other language must have exactly them. */
export type UiKey = keyof typeof viUi;
export type UiCatalogue = { readonly [K in UiKey]: string };

export interface Catalogue {
  issues: IssueCatalogue;
  statuses: { readonly [S in StatusCode]: string };
  severities: { readonly [S in Severity]: string };
  ui: UiCatalogue;
}
