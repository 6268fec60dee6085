import ExcelJS from "exceljs";
import { readCellStyles } from "../../src/xlsx/readCellStyles";
import { XlsxReadError } from "../../src/xlsx/XlsxReadError";

async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet("Kế hoạch");
  plan.getColumn(2).width = 45;
  plan.getCell("A1").value = "TT";
  plan.getCell("A1").font = { bold: true };
  plan.getCell("G5").value = "Quá hạn";
  plan.getCell("G5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
  plan.getCell("G5").font = { color: { argb: "FF9C0006" } };
  plan.getCell("G6").value = "Không tô";
  plan.getCell("G6").fill = { type: "pattern", pattern: "darkGray", fgColor: { argb: "FF000000" } };
  wb.addWorksheet("Tổng hợp").getCell("B2").fill = {
    type: "pattern",
    pattern: "solid",
    fgColor: { theme: 4 },
  };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readCellStyles", () => {
  it("reads solid fills, font colour and weight, and column widths per sheet in tab order", async () => {
    const [plan, summary] = readCellStyles(await workbookBytes());
    expect(plan?.name).toBe("Kế hoạch");
    expect(plan?.cells["G5"]).toEqual({ fill: "FFC7CE", color: "9C0006" });
    expect(plan?.cells["A1"]).toEqual({ bold: true });
    expect(plan?.columnWidths[1]).toBe(45);
    // A pattern that is not solid, and a theme colour, are not drawn.
    expect(plan?.cells["G6"]).toBeUndefined();
    expect(summary?.name).toBe("Tổng hợp");
    expect(summary?.cells["B2"]).toBeUndefined();
  });

  it("throws XlsxReadError on bytes that are not a package", () => {
    expect(() => readCellStyles(new TextEncoder().encode("TT;Nhiệm vụ\n1;Xây dựng"))).toThrow(XlsxReadError);
  });
});
