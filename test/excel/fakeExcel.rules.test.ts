// Each limit or behaviour the fake takes from Excel's documentation, tested on its own: a fake that drifted back to
// being lenient (no limit, intersecting instead of top-left merges, a formula left pointing at a deleted sheet…)
// fails here, not silently in the host's tests.
import type { CellRange } from "../../src/core/grid/Grid";
import {
  DAYS_1904,
  FakeWorkbookModel,
  MAX_ROW_HEIGHT_POINTS,
  MERGED_AREAS_LIMIT,
  RESPONSE_LIMIT_BYTES,
} from "./fakeExcel";

function workbook(sheets: string[] = ["Kế hoạch"]): FakeWorkbookModel {
  return FakeWorkbookModel.fromSnapshot({
    sheets: sheets.map((name) => ({ name, values: [["TT", "Nhiệm vụ"]], merges: [] })),
    names: [],
  });
}

/** n merged areas of two rows each in column B, from row 1 down. */
function mergesDown(n: number): CellRange[] {
  return Array.from({ length: n }, (_, i) => ({ top: 2 * i, left: 1, bottom: 2 * i + 1, right: 1 }));
}

describe("Range.getMergedAreasOrNullObject", () => {
  test(`fails past ${MERGED_AREAS_LIMIT} areas and answers at ${MERGED_AREAS_LIMIT}`, async () => {
    const model = workbook();
    const sheet = model.sheet("Kế hoạch");
    if (!sheet) throw new Error("no sheet");
    sheet.merges = mergesDown(MERGED_AREAS_LIMIT + 1);
    const count = (rows: number) =>
      model.run(async (ctx) => {
        const areas = ctx.workbook.worksheets
          .getItem("Kế hoạch")
          .getRangeByIndexes(0, 0, rows, 5)
          .getMergedAreasOrNullObject();
        areas.load("areaCount");
        await ctx.sync();
        return areas.areaCount;
      });
    await expect(count(2 * MERGED_AREAS_LIMIT)).resolves.toBe(MERGED_AREAS_LIMIT);
    await expect(count(2 * MERGED_AREAS_LIMIT + 2)).rejects.toMatchObject({ code: "GeneralException" });
  });

  test("reports an area once, in the band holding its top-left cell", async () => {
    const model = workbook();
    const sheet = model.sheet("Kế hoạch");
    if (!sheet) throw new Error("no sheet");
    sheet.merges = [{ top: 3, left: 1, bottom: 8, right: 1 }];
    const band = (top: number, rows: number) =>
      model.run(async (ctx) => {
        const areas = ctx.workbook.worksheets
          .getItem("Kế hoạch")
          .getRangeByIndexes(top, 0, rows, 5)
          .getMergedAreasOrNullObject();
        areas.load("address");
        await ctx.sync();
        return areas.isNullObject ? null : areas.address;
      });
    await expect(band(0, 5)).resolves.toBe("'Kế hoạch'!B4:B9");
    await expect(band(5, 5)).resolves.toBeNull();
  });

  test("an area across every column reads as whole rows, one down every row as whole columns", async () => {
    const model = workbook(["Sheet1"]);
    const sheet = model.sheet("Sheet1");
    if (!sheet) throw new Error("no sheet");
    sheet.merges = [
      { top: 2, left: 0, bottom: 4, right: 16_383 },
      { top: 0, left: 2, bottom: 1_048_575, right: 3 },
    ];
    const address = await model.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem("Sheet1").getRange().getMergedAreasOrNullObject();
      areas.load("address");
      await ctx.sync();
      return areas.address;
    });
    expect(address).toBe("Sheet1!3:5, Sheet1!C:D");
  });
});

describe("payload limits", () => {
  test("a response over 5 MB fails the sync (ResponsePayloadSizeLimitExceeded) and is recorded", async () => {
    const model = workbook();
    const sheet = model.sheet("Kế hoạch");
    if (!sheet) throw new Error("no sheet");
    const text = "Triển khai thực hiện kế hoạch giáo dục mầm non vùng khó khăn ".repeat(4);
    for (let r = 0; r < 30_000; r++)
      sheet.cells.set(`${r},0`, { value: text, numberFormat: "General", fill: null, font: {}, borders: {} });
    const load = (rows: number) =>
      model.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem("Kế hoạch").getRangeByIndexes(0, 0, rows, 1);
        range.load("values");
        await ctx.sync();
        return range.values.length;
      });
    await expect(load(10_000)).resolves.toBe(10_000);
    const answered = model.requests.at(-1)?.responseBytes ?? 0;
    expect(answered).toBeGreaterThan(1_000_000);
    expect(answered).toBeLessThan(RESPONSE_LIMIT_BYTES);
    await expect(load(30_000)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(model.requests.at(-1)?.responseBytes).toBeGreaterThan(RESPONSE_LIMIT_BYTES);
  });

  test("two loads in one sync count together toward the 5 MB response", async () => {
    const model = workbook();
    const sheet = model.sheet("Kế hoạch");
    if (!sheet) throw new Error("no sheet");
    const text = "Đơn vị chủ trì: Sở Giáo dục và Đào tạo; phối hợp: Sở Tài chính, Sở Nội vụ ".repeat(3);
    for (let r = 0; r < 26_000; r++)
      sheet.cells.set(`${r},0`, { value: text, numberFormat: "General", fill: null, font: {}, borders: {} });
    await expect(
      model.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Kế hoạch");
        ws.getRangeByIndexes(0, 0, 13_000, 1).load("values");
        ws.getRangeByIndexes(13_000, 0, 13_000, 1).load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

describe("Worksheet.delete", () => {
  test("turns every formula that referred to the sheet into #REF!, and leaves the others", async () => {
    const model = workbook(["Kế hoạch", "Tổng hợp", "KH2026"]);
    const plan = model.sheet("Kế hoạch");
    if (!plan) throw new Error("no sheet");
    const formula = (f: string) => ({ value: 0, formula: f, numberFormat: "General", fill: null, font: {}, borders: {} });
    plan.cells.set("0,10", formula("='Tổng hợp'!B5"));
    plan.cells.set("1,10", formula("=SUM('tổng hợp'!B5:B9)+KH2026!A1"));
    plan.cells.set("2,10", formula("='KH2026'!A1"));
    await model.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Tổng hợp").delete();
      await ctx.sync();
    });
    expect(plan.cells.get("0,10")).toMatchObject({ formula: "=#REF!B5", value: "#REF!" });
    expect(plan.cells.get("1,10")?.formula).toBe("=SUM(#REF!B5:B9)+KH2026!A1");
    expect(plan.cells.get("2,10")).toMatchObject({ formula: "='KH2026'!A1", value: 0 });
  });
});

describe("Worksheet.visibility", () => {
  test("hides a sheet while another stays visible, and refuses to hide the last visible one", async () => {
    const model = workbook(["Kế hoạch", "Lịch sử"]);
    await model.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Lịch sử").visibility = "Hidden";
      await ctx.sync();
    });
    expect(model.sheet("Lịch sử")?.visibility).toBe("Hidden");
    await expect(
      model.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Kế hoạch").visibility = "Hidden";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(model.sheet("Kế hoạch")?.visibility).toBe("Visible");
  });
});

describe("date data validation", () => {
  const setRule = (model: FakeWorkbookModel, rule: Excel.DateTimeDataValidation) =>
    model.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Kế hoạch").getRange("C2:C9").dataValidation.rule = { date: rule };
      await ctx.sync();
    });

  test("takes both bounds as ISO dates or formulas", async () => {
    const model = workbook();
    await setRule(model, { operator: "Between", formula1: "2000-01-01", formula2: "=DATE(2100,12,31)" });
    expect(model.sheet("Kế hoạch")?.validations).toHaveLength(1);
  });

  test("refuses a single bound", async () => {
    await expect(setRule(workbook(), { operator: "GreaterThanOrEqualTo", formula1: "2000-01-01" })).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  test("refuses plain numbers", async () => {
    await expect(setRule(workbook(), { operator: "Between", formula1: "36526", formula2: "73415" })).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});

describe("row height", () => {
  test(`refuses a row taller than ${MAX_ROW_HEIGHT_POINTS} points and takes ${MAX_ROW_HEIGHT_POINTS}`, async () => {
    const model = workbook();
    const setHeight = (height: number) =>
      model.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Kế hoạch").getRange("3:3").format.rowHeight = height;
        await ctx.sync();
      });
    await setHeight(MAX_ROW_HEIGHT_POINTS);
    expect(model.sheet("Kế hoạch")?.rowHeights.get(2)).toBe(MAX_ROW_HEIGHT_POINTS);
    await expect(setHeight(540)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(model.sheet("Kế hoạch")?.rowHeights.get(2)).toBe(MAX_ROW_HEIGHT_POINTS);
  });
});

describe("the 1904 date system", () => {
  const dateOf = (model: FakeWorkbookModel) =>
    model.run(async (ctx) => {
      const result = ctx.workbook.functions.date(2026, 11, 30);
      result.load("value");
      await ctx.sync();
      return result.value;
    });

  test(`DATE answers ${DAYS_1904} days less in a 1904 workbook`, async () => {
    const model = workbook();
    await expect(dateOf(model)).resolves.toBe(46356);
    model.date1904 = true;
    await expect(dateOf(model)).resolves.toBe(46356 - DAYS_1904);
  });
});

describe("cell text and formula length", () => {
  const write = (model: FakeWorkbookModel, input: string) =>
    model.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Kế hoạch").getRange("B3").values = [[input]];
      await ctx.sync();
    });

  test("takes 32,767 characters and refuses 32,768, the apostrophe of typed text not counted", async () => {
    const model = workbook();
    await write(model, "a".repeat(32_767));
    await write(model, `'${"b".repeat(32_767)}`);
    await expect(write(model, "c".repeat(32_768))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write(model, `'${"d".repeat(32_768)}`)).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("refuses a formula over 8,192 characters", async () => {
    const model = workbook();
    await write(model, `=${"1+".repeat(4_000)}1`);
    await expect(write(model, `=${"1+".repeat(4_100)}1`)).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("special cells", () => {
  const find = (model: FakeWorkbookModel, type: "Formulas" | "DataValidations" | "ConditionalFormats") =>
    model.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem("Kế hoạch").getRange().getSpecialCellsOrNullObject(type);
      areas.load("address,areaCount");
      await ctx.sync();
      return areas.isNullObject ? null : areas.address;
    });

  test("a null object when no cell is of the kind, the cells' areas when some are", async () => {
    const model = workbook();
    await expect(find(model, "Formulas")).resolves.toBeNull();
    await model.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Kế hoạch");
      sheet.getRange("C4").values = [['=IF(1>2,"x","")']];
      await ctx.sync();
    });
    await expect(find(model, "Formulas")).resolves.toBe("'Kế hoạch'!C4");
    await expect(find(model, "DataValidations")).resolves.toBeNull();
  });
});
