import type { Catalogue, Lang } from "./Catalogue";
import { en } from "./en";
import { vi } from "./vi";

const CATALOGUES: { readonly [L in Lang]: Catalogue } = { vi, en };

/** The catalogue of a language; Vietnamese is the default. */
export function catalogueFor(lang: Lang): Catalogue {
  return CATALOGUES[lang] ?? vi;
}
