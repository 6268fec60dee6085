// node:zlib behind the zip layer's codec interface: native deflate, inflate and CRC-32, several times faster than
// the JavaScript fallback on the parts a report rewrites. Installed by the command line at start-up.
import * as zlib from "node:zlib";
import { useCodec, type DeflateCodec } from "../zip/codec";

export const zlibCodec: DeflateCodec = {
  name: "node:zlib",
  deflate: (data) => zlib.deflateRawSync(data, { level: 6 }),
  inflate(data, limit) {
    // maxOutputLength stops a bomb at the limit instead of inflating it whole.
    const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
    if (out.length >= limit) throw new Error("zip: entry inflates past its declared size");
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  },
  crc32: (data) => zlib.crc32(data) >>> 0,
};

export function useNodeCodec(): void {
  useCodec(zlibCodec);
}
