import { MAX_ROW_HEIGHT, SheetWriter } from "../../../src/core/report/SheetWriter";

describe("SheetWriter.height", () => {
  it("keeps a height within Excel's limit as given", () => {
    const w = new SheetWriter();
    w.height(3, 120.5);
    expect(w.rows).toEqual([{ row: 3, height: 120.5 }]);
  });

  it("caps a row taller than 409 points at 409 (Excel refuses more)", () => {
    const w = new SheetWriter();
    w.height(7, 540);
    expect(MAX_ROW_HEIGHT).toBe(409);
    expect(w.rows).toEqual([{ row: 7, height: 409 }]);
  });
});
