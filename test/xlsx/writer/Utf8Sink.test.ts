// The byte sink the worksheet writer encodes into: the same bytes as TextEncoder on the whole text, however the
// text is cut into pieces and wherever the chunk boundaries fall.
import { Utf8Sink } from "../../../src/xlsx/writer/Utf8Sink";

const encode = (text: string) => new TextEncoder().encode(text);

test.each([
  ["ASCII pieces past several chunks", Array.from({ length: 5000 }, (_, i) => `<c r="A${i + 1}"><v>${i}</v></c>`)],
  ["Vietnamese text (two- and three-byte characters)", Array.from({ length: 3000 }, () => "Sở Giáo dục và Đào tạo; ")],
  ["a surrogate pair cut between two chunks", ["a".repeat(16383) + "\uD83D", "\uDE00 tiếp"]],
  ["a lone high surrogate at the very end", ["x", "\uD83D"]],
  ["nothing", []],
])("%s", (_name, pieces) => {
  const sink = new Utf8Sink(16);
  for (const piece of pieces) sink.write(piece);
  expect(Buffer.from(sink.bytes()).equals(Buffer.from(encode(pieces.join(""))))).toBe(true);
});

test("a pair cut at the chunk boundary stays one emoji (four bytes), not two replacement characters", () => {
  const sink = new Utf8Sink();
  sink.write("a".repeat(16383) + "\uD83D");
  sink.write("\uDE00");
  const bytes = sink.bytes();
  expect(Array.from(bytes.subarray(16383))).toEqual([0xf0, 0x9f, 0x98, 0x80]);
});
