// Builds the real-plan corpus: for each test/fixtures/corpus/<id>/source.json (a published plan table, cell by
// cell, with its source and layout) writes <id>.xlsx next to it, laid out as staff keep it. Same bytes on
// every run. The answer keys (key.json) are written by hand and only read here to list the corpus.
// Run: npm run corpus
import * as fs from "fs";
import * as path from "path";
import { writeDeterministicXlsx } from "../samples/writeDeterministicXlsx";
import type { CorpusKey, CorpusSource } from "./CorpusSource";
import { buildCorpusWorkbook } from "./buildCorpusWorkbook";
import { corpusDoc } from "./corpusDoc";

export const CORPUS_DIR = path.resolve(__dirname, "..", "..", "test", "fixtures", "corpus");
export const CORPUS_DOC = path.resolve(__dirname, "..", "..", "docs", "corpus.md");

/** The ids of the corpus tables, in name order. */
export function corpusIds(dir = CORPUS_DIR): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "source.json")))
    .map((entry) => entry.name)
    .sort();
}

export function readCorpusSource(id: string, dir = CORPUS_DIR): CorpusSource {
  return JSON.parse(fs.readFileSync(path.join(dir, id, "source.json"), "utf8")) as CorpusSource;
}

export function readCorpusKey(id: string, dir = CORPUS_DIR): CorpusKey {
  return JSON.parse(fs.readFileSync(path.join(dir, id, "key.json"), "utf8")) as CorpusKey;
}

/** docs/corpus.md for the corpus in sourceDir. */
export function corpusDocText(sourceDir = CORPUS_DIR): string {
  return corpusDoc(
    corpusIds(sourceDir).map((id) => ({
      source: readCorpusSource(id, sourceDir),
      key: readCorpusKey(id, sourceDir),
    })),
  );
}

/**
 * Writes every <id>.xlsx into outDir/<id>/ (the corpus folder itself by default) and the list of documents to
 * docFile; returns the workbooks written.
 */
export async function buildCorpus(
  outDir = CORPUS_DIR,
  sourceDir = CORPUS_DIR,
  docFile = CORPUS_DOC,
): Promise<string[]> {
  const written: string[] = [];
  for (const id of corpusIds(sourceDir)) {
    const source = readCorpusSource(id, sourceDir);
    if (source.id !== id) throw new Error(`${id}/source.json names itself ${source.id}`);
    const file = path.join(outDir, id, `${id}.xlsx`);
    await writeDeterministicXlsx(buildCorpusWorkbook(source), file);
    written.push(file);
  }
  fs.mkdirSync(path.dirname(docFile), { recursive: true });
  fs.writeFileSync(docFile, corpusDocText(sourceDir), "utf8");
  return written;
}

if (require.main === module) {
  buildCorpus().then(
    (files) =>
      process.stdout.write(
        `${files.length} corpus workbooks in ${path.relative(process.cwd(), CORPUS_DIR)}\n`,
      ),
    (error: unknown) => {
      process.stderr.write(`build-corpus: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
