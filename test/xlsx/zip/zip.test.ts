// The zip layer: both codecs, raw copies, budgets, lying headers, and the asynchronous CompressionStream path.
import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { unzipSync } from "fflate";
import { ZipArchive, ZipError } from "../../../src/xlsx/zip/ZipArchive";
import { activeCodec, fflateCodec, useCodec } from "../../../src/xlsx/zip/codec";
import { crc32Portable } from "../../../src/xlsx/zip/crc32";
import { writeZip } from "../../../src/xlsx/zip/writeZip";
import { deflateWithStream, hasCompressionStream } from "../../../src/xlsx/zip/streamCodec";
import { zlibCodec } from "../../../src/xlsx/node/zlibCodec";
import { applyPatchToXlsx, applyPatchToXlsxAsync } from "../../../src/xlsx/applyPatchToXlsx";
import { analyzeWorkbook, reportInput } from "../../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../../src/core/model/Status";
import { buildPatch } from "../../../src/core/report/buildPatch";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { rawZip } from "../../../scripts/fuzz/rawZip";

const SAMPLE = new Uint8Array(readFileSync(path.resolve(__dirname, "../../../assets/sample/ke-hoach-mau.xlsx")));
const text = (s: string) => new TextEncoder().encode(s);

afterEach(() => useCodec(fflateCodec));

describe.each([fflateCodec, zlibCodec])("codec $name", (codec) => {
  test("deflate and inflate round-trip; inflating past the limit is refused", () => {
    const data = text("Kế hoạch ".repeat(5000));
    const packed = codec.deflate(data);
    expect(packed.length).toBeLessThan(data.length / 10);
    expect(codec.inflate(packed, data.length + 1)).toEqual(data);
    expect(() => codec.inflate(packed, 1000)).toThrow();
  });

  test("a package written with it reads back the same parts, untouched entries copied raw", () => {
    useCodec(codec);
    const archive = ZipArchive.open(SAMPLE);
    const out = writeZip(
      archive.entries.map((entry) => (entry.name === "xl/workbook.xml" ? { kind: "new" as const, name: entry.name, data: text("<workbook/>") } : { kind: "raw" as const, entry })),
      (e) => archive.inflate(e),
    );
    const parts = unzipSync(out);
    const before = unzipSync(SAMPLE);
    for (const [name, data] of Object.entries(before)) {
      if (name === "xl/workbook.xml") expect(new TextDecoder().decode(parts[name])).toBe("<workbook/>");
      else expect([name, parts[name]]).toEqual([name, data]);
    }
    const again = ZipArchive.open(out);
    for (const entry of archive.entries) {
      if (entry.name === "xl/workbook.xml") continue;
      const copy = again.find(entry.name);
      expect(copy?.local).toEqual(entry.local);
    }
  });
});

test("the portable CRC-32 agrees with zlib's", () => {
  const data = text("Phòng Giáo dục Trung học");
  expect(crc32Portable(data)).toBe(zlibCodec.crc32?.(data));
});

describe("ZipArchive refuses what does not add up", () => {
  const sheet = text("<worksheet/>");
  test("an entry over the per-entry budget, before inflating", () => {
    const zip = rawZip([{ name: "a.xml", data: "", compressed: deflateRawSync(new Uint8Array(10)), declaredSize: 100_000_000 }]);
    const archive = ZipArchive.open(zip);
    expect(() => archive.inflate(archive.entries[0]!)).toThrow(expect.objectContaining({ code: "too-large" }));
  });

  test("entries together over the total budget", () => {
    const big = new Uint8Array(600_000);
    const zip = rawZip([1, 2, 3].map((n) => ({ name: `p${n}.xml`, data: big })));
    const archive = ZipArchive.open(zip, { maxEntryBytes: 1_000_000, maxTotalBytes: 1_500_000 });
    archive.inflate(archive.entries[0]!);
    archive.inflate(archive.entries[1]!);
    expect(() => archive.inflate(archive.entries[2]!)).toThrow(expect.objectContaining({ code: "too-large" }));
  });

  test.each([
    ["a wrong CRC", { declaredCrc: 1 }],
    ["a declared size too large", { declaredSize: 500 }],
    ["a declared size too small", { declaredSize: 3 }],
    ["a declared size of 0", { declaredSize: 0 }],
  ])("%s", (_what, lie) => {
    const archive = ZipArchive.open(rawZip([{ name: "s.xml", data: sheet, ...lie }]));
    expect(() => archive.inflate(archive.entries[0]!)).toThrow(ZipError);
  });

  test("a truncated archive", () => {
    expect(() => ZipArchive.open(SAMPLE.slice(0, SAMPLE.length - 10))).toThrow(ZipError);
  });
});


(hasCompressionStream() ? describe : describe.skip)("the CompressionStream path (browsers, Office webviews)", () => {
  test("deflateWithStream is raw deflate", async () => {
    const data = text("Sở Giáo dục và Đào tạo ".repeat(1000));
    expect(fflateCodec.inflate(await deflateWithStream(data), data.length + 1)).toEqual(data);
  });

  test("applyPatchToXlsxAsync writes the same parts as the synchronous writer", async () => {
    const settings = { ...DEFAULT_SETTINGS, reportDate: "2026-11-30" };
    const snapshot = readXlsx(SAMPLE);
    const input = reportInput(analyzeWorkbook(snapshot, settings), settings, snapshot);
    const patch = buildPatch(input!);
    const sync = unzipSync(applyPatchToXlsx(SAMPLE, patch).bytes);
    const viaStream = unzipSync((await applyPatchToXlsxAsync(SAMPLE, patch, deflateWithStream)).bytes);
    expect(Object.keys(viaStream)).toEqual(Object.keys(sync));
    for (const name of Object.keys(sync)) expect([name, viaStream[name]]).toEqual([name, sync[name]]);
    expect(activeCodec().name).toBe("fflate");
  });
});
