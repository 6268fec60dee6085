import fc from "fast-check";
import { rectangles } from "../../src/excel/rectangles";

const cells = (...list: [number, number][]) => list.map(([row, col]) => ({ row, col }));

describe("rectangles", () => {
  test.each([
    ["one cell", cells([3, 2]), [{ top: 3, left: 2, bottom: 3, right: 2 }]],
    ["a column run", cells([1, 0], [2, 0], [3, 0]), [{ top: 1, left: 0, bottom: 3, right: 0 }]],
    [
      "a gap splits a column",
      cells([1, 0], [3, 0]),
      [
        { top: 1, left: 0, bottom: 1, right: 0 },
        { top: 3, left: 0, bottom: 3, right: 0 },
      ],
    ],
    [
      "adjacent columns with the same rows join",
      cells([5, 10], [6, 10], [5, 11], [6, 11], [5, 12], [6, 12]),
      [{ top: 5, left: 10, bottom: 6, right: 12 }],
    ],
    [
      "different rows do not join",
      cells([5, 10], [6, 10], [5, 11]),
      [
        { top: 5, left: 10, bottom: 6, right: 10 },
        { top: 5, left: 11, bottom: 5, right: 11 },
      ],
    ],
    [
      "a column between breaks the join",
      cells([0, 0], [0, 2]),
      [
        { top: 0, left: 0, bottom: 0, right: 0 },
        { top: 0, left: 2, bottom: 0, right: 2 },
      ],
    ],
    ["duplicates count once", cells([0, 0], [0, 0]), [{ top: 0, left: 0, bottom: 0, right: 0 }]],
    ["nothing", [], []],
  ])("%s", (_name, input, expected) => {
    expect(rectangles(input)).toEqual(expected);
  });

  test("every cell lands in exactly one rectangle, and rectangles hold no other cell", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 6 })), {
          maxLength: 60,
        }),
        (list) => {
          const wanted = new Set(list.map(([r, c]) => `${r},${c}`));
          const seen = new Map<string, number>();
          for (const rect of rectangles(list.map(([row, col]) => ({ row, col })))) {
            for (let r = rect.top; r <= rect.bottom; r++)
              for (let c = rect.left; c <= rect.right; c++)
                seen.set(`${r},${c}`, (seen.get(`${r},${c}`) ?? 0) + 1);
          }
          expect(new Set(seen.keys())).toEqual(wanted);
          expect([...seen.values()].every((n) => n === 1)).toBe(true);
        },
      ),
    );
  });
});
