// Bytes of an XML part → a string.

const utf8 = new TextDecoder("utf-8");

/**
 * Parts are UTF-8 almost always; a few writers emit UTF-16 with a byte-order mark, which the XML
 * spec allows, so that is honoured too. The UTF-8 decoder drops a UTF-8 BOM by itself.
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  }
  return utf8.decode(bytes);
}
