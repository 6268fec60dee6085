// Named cell styles for one patch: each sheet builder registers what it uses and refers to it by key.
import type { CellStyle } from "../patch/WorkbookPatch";

export class StyleBook {
  readonly styles: Record<string, CellStyle> = {};

  /** Registers `style` under `key` (first registration wins) and returns the key. */
  use(key: string, style: CellStyle): string {
    if (!(key in this.styles)) this.styles[key] = style;
    return key;
  }
}
