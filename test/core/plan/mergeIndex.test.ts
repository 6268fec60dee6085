import { buildMergeIndex } from "../../../src/core/plan/mergeIndex";

describe("buildMergeIndex", () => {
  test("finds the merge covering a cell, and nothing elsewhere", () => {
    const index = buildMergeIndex([{ top: 2, left: 1, bottom: 4, right: 2 }], 10);
    expect(index.at(3, 2)).toEqual({ top: 2, left: 1, bottom: 4, right: 2 });
    expect(index.at(2, 1)).toEqual({ top: 2, left: 1, bottom: 4, right: 2 });
    expect(index.at(5, 1)).toBeUndefined();
    expect(index.at(2, 3)).toBeUndefined();
    expect(index.empty).toBe(false);
  });

  test("the first of overlapping merges wins; reversed merges are normalised", () => {
    const index = buildMergeIndex(
      [
        { top: 0, left: 0, bottom: 1, right: 1 },
        { top: 1, left: 1, bottom: 2, right: 2 },
        { top: 6, left: 6, bottom: 5, right: 5 },
      ],
      10,
    );
    expect(index.at(1, 1)?.top).toBe(0);
    expect(index.at(2, 2)?.top).toBe(1);
    expect(index.at(5, 5)).toEqual({ top: 5, left: 5, bottom: 6, right: 6 });
  });

  test("merges over whole columns are clipped to the delivered rows", () => {
    const index = buildMergeIndex([{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }], 3);
    expect(index.at(2, 16_000)?.bottom).toBe(1_048_575);
    expect(index.at(3, 0)).toBeUndefined();
  });

  test("several merges on one row are told apart by column", () => {
    const index = buildMergeIndex(
      [
        { top: 0, left: 0, bottom: 3, right: 0 },
        { top: 1, left: 2, bottom: 2, right: 4 },
      ],
      10,
    );
    expect(index.at(1, 0)?.left).toBe(0);
    expect(index.at(1, 1)).toBeUndefined();
    expect(index.at(2, 3)?.left).toBe(2);
    expect(index.at(3, 3)).toBeUndefined();
  });

  test("single cells and malformed merges are ignored", () => {
    const index = buildMergeIndex([{ top: 1, left: 1, bottom: 1, right: 1 }, { top: -1, left: 0, bottom: 2, right: 0 }, { top: 0.5, left: 0, bottom: 2, right: 0 }], 5);
    expect(index.empty).toBe(true);
    expect(index.at(1, 1)).toBeUndefined();
  });
});
