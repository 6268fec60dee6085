import { MIN_PARTS, WriteQueue, jsonBytes } from "../../src/excel/PayloadBudget";

function queue(sizes: number[]): WriteQueue {
  const q = new WriteQueue();
  sizes.forEach((size, i) => q.add(`s${i}`, "x".repeat(size), () => undefined));
  return q;
}

describe("WriteQueue.parts", () => {
  test("a small queue still goes in MIN_PARTS requests of about equal size, in order", () => {
    const q = queue([100, 100, 100, 100]);
    const parts = q.parts(10_000);
    expect(parts).toHaveLength(MIN_PARTS);
    expect(parts.flat().map((w) => w.step)).toEqual(["s0", "s1", "s2", "s3"]);
    expect(parts.map((p) => p.length)).toEqual([2, 2]);
  });

  test("past MIN_PARTS × the budget, as many parts as needed, none over the budget", () => {
    const q = queue(Array.from({ length: 40 }, () => 1000));
    const parts = q.parts(5000);
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(q.bytes / 5000));
    for (const part of parts) expect(part.reduce((s, w) => s + w.bytes, 0)).toBeLessThanOrEqual(5000);
  });

  test("one write keeps MIN_PARTS parts (the second empty) so the round trips stay the same", () => {
    expect(
      queue([10])
        .parts(10_000)
        .map((p) => p.length),
    ).toEqual([1, 0]);
  });
});

describe("jsonBytes", () => {
  test.each([
    ["abc", 5],
    ["Hạn", 7],
    [["đ"], 6],
    [null, 4],
  ])("%j → %d", (value, bytes) => {
    expect(jsonBytes(value)).toBe(bytes);
  });
});
