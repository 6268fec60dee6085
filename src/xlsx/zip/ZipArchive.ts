// A zip archive read from its central directory, without inflating anything until a part is asked for. Every
// entry keeps the exact bytes of its local record (header, compressed data, data descriptor) and of its central
// record, so a writer can copy untouched entries raw. Reading is bounded: an entry that declares or inflates to
// more than the budget is refused before (or while) it is inflated, and sizes and CRCs are checked.
import { activeCodec } from "./codec";
import { crc32 } from "./crc32";

/** Why an archive or one of its entries cannot be read. */
export type ZipErrorCode = "corrupt" | "too-large" | "encrypted" | "unsupported";

export class ZipError extends Error {
  override readonly name = "ZipError";
  constructor(
    readonly code: ZipErrorCode,
    message: string,
    readonly entry?: string,
  ) {
    super(`zip: ${message}`);
  }
}

export interface ZipBudget {
  /** Largest uncompressed size of one entry that is inflated. */
  maxEntryBytes: number;
  /** Largest uncompressed size of all entries inflated from one archive, together. */
  maxTotalBytes: number;
}

/** 64 MB per XML part, 256 MB for all parts read from one workbook: far above any real plan, far below a bomb. */
export const DEFAULT_BUDGET: ZipBudget = { maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024 };

export interface ZipEntry {
  /** The name as decoded (UTF-8 when flagged or valid as UTF-8, else code page 437 read as Latin-1). */
  name: string;
  /** The name's bytes as stored: written back unchanged, so a name without the UTF-8 flag is not re-encoded. */
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header in the archive. */
  localOffset: number;
  /** Offset of the compressed data. */
  dataOffset: number;
  /** The whole local record: header, data and data descriptor, as stored. */
  local: Uint8Array;
  /** The central directory record, as stored. */
  central: Uint8Array;
  /** True when the central record uses zip64 fields (its offset cannot be patched in place). */
  zip64: boolean;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_DESCRIPTOR = 0x08074b50;

const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const latin1 = new TextDecoder("latin1");

function decodeName(bytes: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder("utf-8").decode(bytes);
  try {
    // Many writers store UTF-8 names without setting the flag.
    return utf8Strict.decode(bytes);
  } catch {
    return latin1.decode(bytes);
  }
}

export class ZipArchive {
  readonly entries: ZipEntry[] = [];
  private readonly byLower = new Map<string, ZipEntry>();
  private inflated = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    readonly budget: ZipBudget,
  ) {}

  /** Reads the central directory. Throws ZipError("corrupt") when it cannot be found or does not add up. */
  static open(bytes: Uint8Array, budget: ZipBudget = DEFAULT_BUDGET): ZipArchive {
    const archive = new ZipArchive(bytes, budget);
    archive.readDirectory();
    return archive;
  }

  private view(offset: number, length: number): DataView {
    if (offset < 0 || offset + length > this.bytes.length) throw new ZipError("corrupt", "the archive is truncated");
    return new DataView(this.bytes.buffer, this.bytes.byteOffset + offset, length);
  }

  private readDirectory(): void {
    const bytes = this.bytes;
    // The end-of-central-directory record sits in the last 22 + 65,535 bytes (its comment is at most 64 KB).
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipError("corrupt", "no end of central directory (the file is truncated)");
    const end = this.view(eocd, 22);
    if (end.getUint32(0, true) !== SIG_EOCD) throw new ZipError("corrupt", "bad end of central directory");
    let count = end.getUint16(10, true);
    let dirSize = end.getUint32(12, true);
    let dirOffset = end.getUint32(16, true);
    if (count === 0xffff || dirOffset === 0xffffffff || dirSize === 0xffffffff) {
      const loc = eocd - 20;
      if (loc < 0 || this.view(loc, 20).getUint32(0, true) !== SIG_EOCD64_LOCATOR) {
        throw new ZipError("corrupt", "zip64 directory locator missing");
      }
      const at = Number(this.view(loc, 20).getBigUint64(8, true));
      const e64 = this.view(at, 56);
      if (e64.getUint32(0, true) !== SIG_EOCD64) throw new ZipError("corrupt", "bad zip64 end of central directory");
      count = Number(e64.getBigUint64(32, true));
      dirSize = Number(e64.getBigUint64(40, true));
      dirOffset = Number(e64.getBigUint64(48, true));
    }
    if (dirOffset + dirSize > bytes.length) throw new ZipError("corrupt", "the central directory lies past the end of the file");
    // Each central record takes at least 46 bytes: a count that cannot fit is a lie, not a reason to loop.
    if (count * 46 > dirSize) throw new ZipError("corrupt", "the central directory is shorter than its entry count");

    let p = dirOffset;
    for (let n = 0; n < count; n++) {
      const h = this.view(p, 46);
      if (h.getUint32(0, true) !== SIG_CENTRAL) throw new ZipError("corrupt", "bad central directory record");
      const flags = h.getUint16(8, true);
      const method = h.getUint16(10, true);
      const crc = h.getUint32(16, true);
      let compressedSize = h.getUint32(20, true);
      let size = h.getUint32(24, true);
      const nameLen = h.getUint16(28, true);
      const extraLen = h.getUint16(30, true);
      const commentLen = h.getUint16(32, true);
      let localOffset = h.getUint32(42, true);
      const recordLen = 46 + nameLen + extraLen + commentLen;
      if (p + recordLen > dirOffset + dirSize) throw new ZipError("corrupt", "a central directory record runs past the directory");
      const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
      const name = decodeName(nameBytes, (flags & 0x800) !== 0);
      let zip64 = false;
      if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
        zip64 = true;
        // The zip64 extra field (id 1) holds, in order, only the fields whose 32-bit value is 0xFFFFFFFF.
        let e = p + 46 + nameLen;
        const extraEnd = e + extraLen;
        while (e + 4 <= extraEnd) {
          const x = this.view(e, 4);
          const id = x.getUint16(0, true);
          const len = x.getUint16(2, true);
          if (id === 1) {
            let q = e + 4;
            const take = () => {
              const v = Number(this.view(q, 8).getBigUint64(0, true));
              q += 8;
              return v;
            };
            if (size === 0xffffffff) size = take();
            if (compressedSize === 0xffffffff) compressedSize = take();
            if (localOffset === 0xffffffff) localOffset = take();
            break;
          }
          e += 4 + len;
        }
      }
      const central = bytes.subarray(p, p + recordLen);
      p += recordLen;

      const lh = this.view(localOffset, 30);
      if (lh.getUint32(0, true) !== SIG_LOCAL) throw new ZipError("corrupt", `no local header for ${name}`, name);
      const dataOffset = localOffset + 30 + lh.getUint16(26, true) + lh.getUint16(28, true);
      let localEnd = dataOffset + compressedSize;
      if (localEnd > bytes.length) throw new ZipError("corrupt", `the data of ${name} runs past the end of the file`, name);
      if (flags & 0x8) {
        // A data descriptor follows the data: crc, sizes, with or without its signature (zip64: 8-byte sizes).
        const sig = localEnd + 4 <= bytes.length ? this.view(localEnd, 4).getUint32(0, true) : 0;
        const len = (sig === SIG_DESCRIPTOR ? 4 : 0) + (zip64 ? 20 : 12);
        localEnd = Math.min(bytes.length, localEnd + len);
      }
      const entry: ZipEntry = {
        name,
        nameBytes,
        flags,
        method,
        crc,
        compressedSize,
        size,
        localOffset,
        dataOffset,
        local: bytes.subarray(localOffset, localEnd),
        central,
        zip64,
      };
      this.entries.push(entry);
      const key = name.toLowerCase();
      if (!this.byLower.has(key)) this.byLower.set(key, entry);
    }
  }

  get names(): string[] {
    return this.entries.map((e) => e.name);
  }

  /** The entry of a part name ("/xl/a.xml" or "xl/a.xml"), matched without regard to case as OPC requires. */
  find(partName: string): ZipEntry | undefined {
    const name = partName.startsWith("/") ? partName.slice(1) : partName;
    return this.byLower.get(name.toLowerCase());
  }

  /**
   * The uncompressed bytes of an entry, checked against its declared size and CRC and counted against the budget.
   * Throws ZipError: "too-large" past the budget, "corrupt" when the data does not match its header.
   */
  inflate(entry: ZipEntry): Uint8Array {
    const { name } = entry;
    if (entry.flags & 0x1) throw new ZipError("encrypted", `${name} is encrypted`, name);
    if (entry.size > this.budget.maxEntryBytes) {
      throw new ZipError("too-large", `${name} declares ${entry.size} bytes, more than ${this.budget.maxEntryBytes}`, name);
    }
    if (this.inflated + entry.size > this.budget.maxTotalBytes) {
      throw new ZipError("too-large", `the parts read would exceed ${this.budget.maxTotalBytes} bytes`, name);
    }
    const raw = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    let data: Uint8Array;
    if (entry.method === 0) {
      data = raw;
    } else if (entry.method === 8) {
      try {
        data = activeCodec().inflate(raw, entry.size + 1);
      } catch (cause) {
        const why = cause instanceof Error ? cause.message : String(cause);
        throw new ZipError("corrupt", `${name} cannot be inflated (${why})`, name);
      }
    } else {
      throw new ZipError("unsupported", `${name} uses compression method ${entry.method}`, name);
    }
    if (data.length !== entry.size) {
      throw new ZipError("corrupt", `${name} holds ${data.length} bytes, not the ${entry.size} its header declares`, name);
    }
    if (crc32(data) !== entry.crc) throw new ZipError("corrupt", `${name} fails its CRC check`, name);
    this.inflated += data.length;
    return data;
  }
}
