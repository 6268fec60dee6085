// A zip writer for building damaged and hostile packages on purpose: every header field can be made to lie.
// Used only by the fuzz and fixture scripts (the product's writer is src/xlsx/zip/writeZip.ts).
import { crc32, deflateRawSync } from "node:zlib";

export interface RawEntry {
  name: string;
  data: Uint8Array | string;
  /** Name bytes as stored (e.g. Latin-1 without the UTF-8 flag); default UTF-8 of `name`. */
  nameBytes?: Uint8Array;
  utf8Flag?: boolean;
  store?: boolean;
  /** Compressed bytes to store instead of deflating `data` (a bomb whose declared size lies). */
  compressed?: Uint8Array;
  declaredSize?: number;
  declaredCrc?: number;
}

const enc = new TextEncoder();

export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === "string" ? enc.encode(e.data) : e.data;
    const nameBytes = e.nameBytes ?? enc.encode(e.name);
    const store = e.store ?? false;
    const body = e.compressed ?? (store ? data : new Uint8Array(deflateRawSync(data)));
    const crc = e.declaredCrc ?? crc32(data) >>> 0;
    const size = e.declaredSize ?? data.length;
    const flags = e.utf8Flag ? 0x800 : 0;
    const local = new Uint8Array(30 + nameBytes.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, flags, true);
    l.setUint16(8, store ? 0 : 8, true);
    l.setUint16(12, 33, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, body.length, true);
    l.setUint32(22, size, true);
    l.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const central = new Uint8Array(46 + nameBytes.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, flags, true);
    c.setUint16(10, store ? 0 : 8, true);
    c.setUint16(14, 33, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, body.length, true);
    c.setUint32(24, size, true);
    c.setUint16(28, nameBytes.length, true);
    c.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local, body);
    centrals.push(central);
    offset += local.length + body.length;
  }
  const dirSize = centrals.reduce((n, x) => n + x.length, 0);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, entries.length, true);
  v.setUint16(10, entries.length, true);
  v.setUint32(12, dirSize, true);
  v.setUint32(16, offset, true);
  const out = new Uint8Array(offset + dirSize + 22);
  let p = 0;
  for (const chunk of [...locals, ...centrals, end]) {
    out.set(chunk, p);
    p += chunk.length;
  }
  return out;
}
