// The comparison behind the fidelity test must be able to fail: a key that disagrees with a correct reading
// is scored down on exactly the fields it gets wrong.
import * as fs from "fs";
import * as path from "path";
import { analyzeWorkbook } from "../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../src/core/model/Status";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { CORPUS_DIR } from "../../scripts/corpus/build-corpus";
import type { CorpusKey } from "../../scripts/corpus/CorpusSource";
import { formatReport, scoreFile, share } from "./compareWithKey";

const ID = "seed-ninh-thuan-2023";
const key = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, ID, "key.json"), "utf8")) as CorpusKey;
const analysis = analyzeWorkbook(
  readXlsx(new Uint8Array(fs.readFileSync(path.join(CORPUS_DIR, ID, `${ID}.xlsx`)))),
  {
    ...DEFAULT_SETTINGS,
    reportDate: key.reportDate,
  },
);

describe("scoreFile", () => {
  it("counts seven fields per keyed task", () => {
    const score = scoreFile(`${ID}.xlsx`, key, analysis);
    expect(score.fields).toBe(key.tasks.length * 7);
  });

  it("marks each wrong field of a wrong key, and only those", () => {
    const [first, ...rest] = key.tasks;
    const wrong: CorpusKey = {
      ...key,
      tasks: [
        { ...first!, number: "9", lead: ["Sở Tài chính"], kind: "continuous", status: "ongoing" },
        ...rest,
      ],
    };
    const score = scoreFile(`${ID}.xlsx`, wrong, analysis);
    const fields = score.mismatches.filter((m) => m.row === first!.row).map((m) => m.field);
    expect(fields.sort()).toEqual(["kind", "lead", "number", "status"]);
    expect(share(score)).toBeLessThan(1);
    expect(formatReport([score])).toContain(`row ${first!.row}  lead: Sở Tài chính → Sở Giáo dục và Đào tạo`);
  });

  it("scores a keyed row without a task as seven wrong fields, and a task the key lacks as one", () => {
    const moved: CorpusKey = { ...key, tasks: key.tasks.map((t, i) => (i === 0 ? { ...t, row: 500 } : t)) };
    const score = scoreFile(`${ID}.xlsx`, moved, analysis);
    expect(score.mismatches.filter((m) => m.row === 500)).toHaveLength(7);
    expect(score.mismatches.filter((m) => m.field === "task").map((m) => m.row)).toEqual([key.tasks[0]!.row]);
    expect(score.fields).toBe(key.tasks.length * 7 + 1);
  });

  it("accepts any listed form of a unit, and the units in any order", () => {
    const alt: CorpusKey = {
      ...key,
      tasks: key.tasks.map((t) => ({ ...t, lead: [["Sở Y tế", "Sở Giáo dục và Đào tạo"]] })),
    };
    expect(scoreFile(`${ID}.xlsx`, alt, analysis).mismatches.filter((m) => m.field === "lead")).toHaveLength(
      0,
    );
  });
});
