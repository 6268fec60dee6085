// One workbook-level defined name set in a package, every other part kept (the .xlsx host's settings store).
import { HostError } from "../../workbook/WorkbookSession";
import { PackageEditor } from "./PackageEditor";
import { editWorkbookXml } from "./editWorkbookXml";
import { workbookPartName } from "./workbookPartName";

export function setWorkbookName(bytes: Uint8Array, name: string, formula: string, options: { hidden?: boolean } = {}): Uint8Array {
  const pkg = new PackageEditor(bytes);
  const part = workbookPartName(pkg);
  const xml = pkg.readText(part);
  if (xml === undefined) throw new HostError("unsupported-part", `xlsx: the package has no workbook part (${part})`, { part });
  let edited: string;
  try {
    edited = editWorkbookXml(xml, { names: [{ name, formula, ...(options.hidden ? { hidden: true } : {}) }] });
  } catch (cause) {
    throw new HostError("unsupported-part", `xlsx: the workbook part cannot be edited (${part})`, { part }, { cause });
  }
  pkg.writeText(part, edited);
  return pkg.toBytes();
}
