// The corpus build: every source.json is rebuilt byte for byte into the committed .xlsx, each table carries
// its source, and the layouts the issue asks for are all there.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  CORPUS_DIR,
  CORPUS_DOC,
  buildCorpus,
  corpusDocText,
  corpusIds,
  readCorpusSource,
} from "../../scripts/corpus/build-corpus";
import { buildCorpusWorkbook } from "../../scripts/corpus/buildCorpusWorkbook";
import type { CorpusKey } from "../../scripts/corpus/CorpusSource";
import { readXlsx } from "../../src/xlsx/readXlsx";

const ids = corpusIds();

describe("the real-plan corpus build", () => {
  it("is rebuilt byte for byte from source.json by build-corpus", async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-corpus-"));
    try {
      await buildCorpus(outDir, CORPUS_DIR, path.join(outDir, "corpus.md"));
      for (const id of ids) {
        const file = path.join(id, `${id}.xlsx`);
        const same = fs
          .readFileSync(path.join(outDir, file))
          .equals(fs.readFileSync(path.join(CORPUS_DIR, file)));
        expect({ file, same }).toEqual({ file, same: true });
      }
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });

  it("lists every table in docs/corpus.md, as build-corpus writes it", () => {
    const doc = fs.readFileSync(CORPUS_DOC, "utf8");
    expect(doc).toBe(corpusDocText());
    for (const id of ids) expect(doc).toContain(`| ${id}.xlsx |`);
  });

  it("records for every table its document, source address, the rows taken and a key", () => {
    for (const id of ids) {
      const source = readCorpusSource(id);
      expect(source.id).toBe(id);
      expect(source.document.number).not.toBe("");
      expect(source.document.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(source.source.url).not.toBe("");
      expect(source.rowsTaken).not.toBe("");
      for (const row of source.rows) expect(row).toHaveLength(source.header.length);
      // Cells as published: NFC text.
      for (const cell of source.rows.flat()) expect(cell).toBe(cell.normalize("NFC"));
      const key = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, id, "key.json"), "utf8")) as CorpusKey;
      expect(key.id).toBe(id);
      expect(key.tasks.length).toBeGreaterThan(0);
    }
  });

  it("covers the layouts staff use: title rows, two-level header, numbers row, cover sheet, offset table, unit-grouped, Word paste", () => {
    const layouts = ids.map((id) => readCorpusSource(id).layout);
    expect(layouts.some((l) => l.titleRows !== false)).toBe(true);
    expect(layouts.some((l) => l.header === "two-level")).toBe(true);
    expect(layouts.some((l) => l.numbersRow)).toBe(true);
    expect(layouts.some((l) => l.cover !== undefined)).toBe(true);
    expect(layouts.some((l) => l.origin !== "A1")).toBe(true);
    expect(layouts.some((l) => l.mergeLeadDown === true)).toBe(true);
    expect(layouts.some((l) => l.wordPaste === true)).toBe(true);
  });

  it("refuses a layout whose table body would not start where its key expects", () => {
    const source = readCorpusSource(ids[0] ?? "");
    expect(() => buildCorpusWorkbook({ ...source, layout: { ...source.layout, firstDataRow: 99 } })).toThrow(
      /starts on row \d+, the layout says 99/,
    );
  });
});

describe("the corpus workbooks as built", () => {
  const grid = (id: string, sheet?: string) => {
    const snapshot = readXlsx(new Uint8Array(fs.readFileSync(path.join(CORPUS_DIR, id, `${id}.xlsx`))));
    const found = sheet === undefined ? snapshot.sheets : snapshot.sheets.filter((s) => s.name === sheet);
    return { names: snapshot.sheets.map((s) => s.name), sheet: found[found.length - 1]! };
  };
  const merged = (g: { merges: { top: number; left: number; bottom: number; right: number }[] }) =>
    g.merges.map((m) => `${m.top + 1}:${m.left + 1}-${m.bottom + 1}:${m.right + 1}`);

  it("unit-grouped: the lead cell merged down over consecutive tasks of one ministry", () => {
    const { sheet } = grid("nq03-2025-pl2-iv-don-vi", "Theo đơn vị");
    expect(merged(sheet)).toEqual(expect.arrayContaining(["10:1-11:1", "13:1-16:1"]));
    expect(sheet.values[9]?.[0]).toBe("Bộ Giáo dục và Đào tạo");
    expect(sheet.values[10]?.[0] ?? null).toBeNull();
  });

  it("Word paste: task 14's five paragraphs on rows 5–9, its other cells merged over them", () => {
    const { sheet } = grid("nq03-2025-pl2-ii-word", "Kế hoạch");
    expect(merged(sheet)).toEqual(expect.arrayContaining(["5:1-9:1", "5:3-9:3", "5:6-9:6"]));
    expect(String(sheet.values[5]?.[1])).toMatch(/^- Sửa đổi một số quy định trong Luật Viên chức/);
  });

  it("cover sheet first, then the plan sheet", () => {
    expect(grid("nq03-2025-pl2-iii-b").names).toEqual(["Bìa", "Danh mục nhiệm vụ"]);
  });

  it("table from C2 with a two-level header and a numbers row", () => {
    const { sheet } = grid("nq03-2025-pl2-iii", "Nhiệm vụ");
    expect(sheet.values[5]?.slice(2)).toEqual([
      "TT",
      "Tên nhiệm vụ",
      "Cơ quan thực hiện",
      null,
      "Kết quả",
      "Thời gian hoàn thành",
    ]);
    expect(sheet.values[6]?.slice(4, 6)).toEqual(["Chủ trì", "Phối hợp"]);
    expect(sheet.values[7]?.slice(2)).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]);
  });
});
