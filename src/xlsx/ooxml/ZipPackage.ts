// The parts of an OPC package (the zip inside an .xlsx), unzipped only when asked for.
import { unzipSync } from "fflate";
import { decodeXmlBytes } from "./decodeXmlBytes";

/**
 * Reads the zip's central directory once and inflates a part only when it is read, so the images, the
 * pivot cache records and the VBA project of a workbook cost nothing. Part names are matched without
 * regard to case, as OPC requires (some writers' relationship targets differ in case from the zip entry).
 *
 * Throws fflate's error when the zip's directory cannot be read (a truncated file).
 */
export class ZipPackage {
  private readonly byLowerName = new Map<string, string>();

  private constructor(
    private readonly bytes: Uint8Array,
    readonly names: readonly string[],
  ) {
    for (const name of names) this.byLowerName.set(name.toLowerCase(), name);
  }

  static open(bytes: Uint8Array): ZipPackage {
    const names: string[] = [];
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
    return new ZipPackage(bytes, names);
  }

  /** The stored name of a part, or undefined when the package has none by that name. */
  find(partName: string): string | undefined {
    const name = partName.startsWith("/") ? partName.slice(1) : partName;
    return this.byLowerName.get(name.toLowerCase());
  }

  has(partName: string): boolean {
    return this.find(partName) !== undefined;
  }

  /** The bytes of several parts in one pass over the zip; parts that do not exist are left out. */
  readMany(partNames: readonly string[]): Map<string, Uint8Array> {
    const wanted = new Map<string, string>();
    for (const partName of partNames) {
      const stored = this.find(partName);
      if (stored !== undefined) wanted.set(stored, partName);
    }
    const out = new Map<string, Uint8Array>();
    if (wanted.size === 0) return out;
    const files = unzipSync(this.bytes, { filter: (file) => wanted.has(file.name) });
    for (const [stored, partName] of wanted) {
      const data = files[stored];
      if (data !== undefined) out.set(partName, data);
    }
    return out;
  }

  read(partName: string): Uint8Array | undefined {
    return this.readMany([partName]).get(partName);
  }

  /** A part decoded as XML text, or undefined when it does not exist. */
  readText(partName: string): string | undefined {
    const data = this.read(partName);
    return data === undefined ? undefined : decodeXmlBytes(data);
  }
}
