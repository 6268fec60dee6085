// The parts of an OPC package (the zip inside an .xlsx), inflated only when asked for.
import { DEFAULT_BUDGET, ZipArchive, type ZipBudget } from "../zip/ZipArchive";
import { decodeXmlBytes } from "./decodeXmlBytes";

/**
 * Reads the zip's central directory once and inflates a part only when it is read, so the images, the
 * pivot cache records and the VBA project of a workbook cost nothing. Part names are matched without
 * regard to case, as OPC requires (some writers' relationship targets differ in case from the zip entry).
 *
 * Throws ZipError when the zip's directory cannot be read (a truncated file) and, on read, when a part is
 * damaged or larger than the budget.
 */
export class ZipPackage {
  private constructor(private readonly archive: ZipArchive) {}

  static open(bytes: Uint8Array, budget: ZipBudget = DEFAULT_BUDGET): ZipPackage {
    return new ZipPackage(ZipArchive.open(bytes, budget));
  }

  get names(): readonly string[] {
    return this.archive.names;
  }

  /** The stored name of a part, or undefined when the package has none by that name. */
  find(partName: string): string | undefined {
    return this.archive.find(partName)?.name;
  }

  has(partName: string): boolean {
    return this.archive.find(partName) !== undefined;
  }

  /** The bytes of several parts; parts that do not exist are left out. */
  readMany(partNames: readonly string[]): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    for (const partName of partNames) {
      const data = this.read(partName);
      if (data !== undefined) out.set(partName, data);
    }
    return out;
  }

  read(partName: string): Uint8Array | undefined {
    const entry = this.archive.find(partName);
    return entry === undefined || entry.name.endsWith("/") ? undefined : this.archive.inflate(entry);
  }

  /** A part decoded as XML text, or undefined when it does not exist. */
  readText(partName: string): string | undefined {
    const data = this.read(partName);
    return data === undefined ? undefined : decodeXmlBytes(data);
  }
}
