import { sniffContainer } from "../../../src/xlsx/ooxml/sniffContainer";

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function cfbWith(streamName: string | null): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set(CFB);
  if (streamName) {
    for (let i = 0; i < streamName.length; i++) bytes[1024 + 2 * i] = streamName.charCodeAt(i);
  }
  return bytes;
}

describe("sniffContainer", () => {
  test.each<[string, Uint8Array, string]>([
    ["zip", new Uint8Array([0x50, 0x4b, 3, 4, 0]), "zip"],
    ["empty zip", new Uint8Array([0x50, 0x4b, 5, 6]), "zip"],
    ["PK then garbage", new Uint8Array([0x50, 0x4b, 9, 9]), "other"],
    ["CSV", new TextEncoder().encode("TT,Nhiệm vụ\n1,Xây dựng"), "other"],
    ["empty", new Uint8Array(), "other"],
    ["encrypted", cfbWith("EncryptionInfo"), "cfb-encrypted"],
    ["BIFF8 .xls", cfbWith("Workbook"), "cfb-xls"],
    ["BIFF5 .xls", cfbWith("Book"), "cfb-xls"],
    [".doc", cfbWith("WordDocument"), "cfb-other"],
    ["a CFB header cut short", new Uint8Array(CFB), "other"],
  ])("%s", (_label, bytes, expected) => {
    expect(sniffContainer(bytes)).toBe(expected);
  });

  test("the name must be UTF-16LE, not ASCII", () => {
    const bytes = cfbWith(null);
    bytes.set(new TextEncoder().encode("EncryptionInfo"), 1024);
    expect(sniffContainer(bytes)).toBe("cfb-other");
  });
});
