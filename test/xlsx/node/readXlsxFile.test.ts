import path from "node:path";
import { readXlsxFile } from "../../../src/xlsx/node/readXlsxFile";
import { XlsxReadError } from "../../../src/xlsx/XlsxReadError";
import { EXPECTED_PLAN, PACKAGES_DIR } from "../packageFixtures";

describe("readXlsxFile", () => {
  test("reads a workbook from disk", async () => {
    const snapshot = await readXlsxFile(path.join(PACKAGES_DIR, "formulas.xlsx"));
    expect(snapshot.sheets[0]?.values).toEqual(EXPECTED_PLAN);
  });

  test("a non-workbook file rejects with XlsxReadError", async () => {
    await expect(readXlsxFile(path.join(PACKAGES_DIR, "text-renamed.xlsx"))).rejects.toBeInstanceOf(
      XlsxReadError,
    );
  });

  test("a missing file rejects with the file-system error", async () => {
    await expect(readXlsxFile(path.join(PACKAGES_DIR, "không-có.xlsx"))).rejects.toMatchObject({
      code: "ENOENT",
    });
  });
});
