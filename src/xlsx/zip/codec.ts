// The deflate codec the zip layer uses: one small interface, the platform's native implementation where the host
// installs one (node:zlib in the command line, see src/xlsx/node/zlibCodec.ts), fflate everywhere else.
import { deflateSync, inflateSync } from "fflate";

export interface DeflateCodec {
  readonly name: string;
  /** Raw deflate (no zlib header), as zip entries hold it. */
  deflate(data: Uint8Array): Uint8Array;
  /**
   * Raw inflate into at most `limit` bytes. Throws when the data is damaged or would inflate past `limit` (the
   * caller passes the entry's declared size, already checked against its budget, plus one to detect a lie).
   */
  inflate(data: Uint8Array, limit: number): Uint8Array;
  /** A native CRC-32, when the platform has one. */
  crc32?(data: Uint8Array): number;
}

/** fflate: pure JavaScript, synchronous, runs in every host. */
export const fflateCodec: DeflateCodec = {
  name: "fflate",
  deflate: (data) => deflateSync(data, { level: 6 }),
  inflate(data, limit) {
    // fflate grows its output without bound; a buffer of the limit's size stops a bomb where it overflows.
    const out = new Uint8Array(limit);
    const result = inflateSync(data, { out });
    // fflate drops what does not fit: a full buffer means the stream is longer than the limit allows.
    if (result.length >= limit) throw new Error("zip: entry inflates past its declared size");
    return result;
  },
};

let current: DeflateCodec = fflateCodec;

export function activeCodec(): DeflateCodec {
  return current;
}

/** Installs the host's native codec (the command line does this at start-up). */
export function useCodec(codec: DeflateCodec): void {
  current = codec;
}
