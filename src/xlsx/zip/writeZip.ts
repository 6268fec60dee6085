// Writes a zip archive: entries read from another archive are copied raw (their local record and central record
// as stored, only the offset updated), new or changed entries are deflated by the active codec.
import { activeCodec } from "./codec";
import { crc32 } from "./crc32";
import type { ZipEntry } from "./ZipArchive";

export type ZipOutEntry =
  | { kind: "raw"; entry: ZipEntry }
  | { kind: "new"; name: string; data: Uint8Array; store?: boolean; /** Raw deflate of data, done already. */ compressed?: Uint8Array };

const encoder = new TextEncoder();
/** 1980-01-01 00:00 in MS-DOS form, the time Excel writes for every entry: the output is a function of the input. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}

interface Built {
  local: Uint8Array[];
  centralFor: (offset: number) => Uint8Array;
  length: number;
}

function buildNew(name: string, data: Uint8Array, store: boolean, compressed?: Uint8Array): Built {
  const nameBytes = encoder.encode(name);
  const flags = isAscii(name) ? 0 : 0x800;
  const body = store ? data : (compressed ?? activeCodec().deflate(data));
  const method = store ? 0 : 8;
  const crc = crc32(data);
  const header = new Uint8Array(30 + nameBytes.length);
  const h = new DataView(header.buffer);
  h.setUint32(0, 0x04034b50, true);
  h.setUint16(4, 20, true);
  h.setUint16(6, flags, true);
  h.setUint16(8, method, true);
  h.setUint16(10, DOS_TIME, true);
  h.setUint16(12, DOS_DATE, true);
  h.setUint32(14, crc, true);
  h.setUint32(18, body.length, true);
  h.setUint32(22, data.length, true);
  h.setUint16(26, nameBytes.length, true);
  h.setUint16(28, 0, true);
  header.set(nameBytes, 30);
  const centralFor = (offset: number) => {
    const c = new Uint8Array(46 + nameBytes.length);
    const v = new DataView(c.buffer);
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, 20, true);
    v.setUint16(8, flags, true);
    v.setUint16(10, method, true);
    v.setUint16(12, DOS_TIME, true);
    v.setUint16(14, DOS_DATE, true);
    v.setUint32(16, crc, true);
    v.setUint32(20, body.length, true);
    v.setUint32(24, data.length, true);
    v.setUint16(28, nameBytes.length, true);
    v.setUint32(42, offset, true);
    c.set(nameBytes, 46);
    return c;
  };
  return { local: [header, body], centralFor, length: header.length + body.length };
}

function buildRaw(entry: ZipEntry): Built {
  if (entry.zip64) {
    // A zip64 record keeps its offset in an extra field; such (rare) entries are rewritten whole instead.
    throw new Error("zip: zip64 entry cannot be copied raw");
  }
  const centralFor = (offset: number) => {
    const c = entry.central.slice();
    new DataView(c.buffer).setUint32(42, offset, true);
    return c;
  };
  return { local: [entry.local], centralFor, length: entry.local.length };
}

/** The bytes of an archive holding `entries` in this order. Archives past 4 GB are not written (no zip64). */
export function writeZip(entries: readonly ZipOutEntry[], inflate: (entry: ZipEntry) => Uint8Array): Uint8Array {
  const built: { b: Built; offset: number }[] = [];
  let offset = 0;
  for (const e of entries) {
    let b: Built;
    if (e.kind === "raw") {
      b = e.entry.zip64 ? buildNew(e.entry.name, inflate(e.entry), e.entry.method === 0) : buildRaw(e.entry);
    } else {
      b = buildNew(e.name, e.data, e.store ?? false, e.compressed);
    }
    built.push({ b, offset });
    offset += b.length;
  }
  const centrals = built.map(({ b, offset: at }) => b.centralFor(at));
  const dirSize = centrals.reduce((n, c) => n + c.length, 0);
  if (offset + dirSize > 0xffffffff || built.length > 0xffff) throw new Error("zip: the archive would need zip64");
  const out = new Uint8Array(offset + dirSize + 22);
  let p = 0;
  for (const { b } of built) {
    for (const chunk of b.local) {
      out.set(chunk, p);
      p += chunk.length;
    }
  }
  for (const c of centrals) {
    out.set(c, p);
    p += c.length;
  }
  const end = new DataView(out.buffer, p, 22);
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, built.length, true);
  end.setUint16(10, built.length, true);
  end.setUint32(12, dirSize, true);
  end.setUint32(16, offset, true);
  return out;
}
