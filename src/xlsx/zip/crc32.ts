// CRC-32 (IEEE 802.3), the checksum every zip entry carries. A table-driven loop: linear in the bytes.
import { activeCodec } from "./codec";

let table: Uint32Array | undefined;

function makeTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}

/** The CRC-32 of `data`, by the active codec's native routine when it has one. */
export function crc32(data: Uint8Array): number {
  const codec = activeCodec();
  if (codec.crc32) return codec.crc32(data);
  return crc32Portable(data);
}

export function crc32Portable(data: Uint8Array): number {
  const t = (table ??= makeTable());
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (t[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
