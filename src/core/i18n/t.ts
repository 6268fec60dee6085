import type { Lang, UiKey } from "./Catalogue";
import { catalogueFor } from "./catalogueFor";
import type { viUi } from "./vi";

/** The {name} placeholders of a message template, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The parameters a UI string needs: none, or one value per placeholder. */
export type UiParams<K extends UiKey> = [Placeholders<(typeof viUi)[K]>] extends [never]
  ? []
  : [params: { readonly [P in Placeholders<(typeof viUi)[K]>]: string | number }];

/**
 * A general UI string in the given language, placeholders filled: t("issues.count", "vi", { count: 3 }).
 * Later UI and command-line code add keys to viUi and enUi (the compiler keeps the two in step).
 */
export function t<K extends UiKey>(key: K, lang: Lang, ...params: UiParams<K>): string {
  const template: string = catalogueFor(lang).ui[key];
  const values: Readonly<Record<string, string | number>> = params[0] ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
