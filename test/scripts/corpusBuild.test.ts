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
