// What kind of container a file is, from its first bytes.

export type ContainerKind = "zip" | "cfb-encrypted" | "cfb-xls" | "cfb-other" | "other";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when `name` occurs in `bytes` as UTF-16LE, the encoding of CFB directory entry names. */
function containsUtf16Le(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const last = bytes.length - name.length * 2;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * A zip starts with a local file header "PK\3\4" (or "PK\5\6" when empty). Excel saves a workbook with a
 * password to open as an OLE compound file (CFB) holding an "EncryptionInfo" stream next to the encrypted
 * package; an old binary .xls is a CFB holding a "Workbook" (BIFF8) or "Book" (BIFF5) stream. Stream names
 * sit in the directory as UTF-16LE, so a byte search finds them without parsing the sector chains.
 */
export function sniffContainer(bytes: Uint8Array): ContainerKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const b2 = bytes[2];
    const b3 = bytes[3];
    if ((b2 === 3 && b3 === 4) || (b2 === 5 && b3 === 6) || (b2 === 7 && b3 === 8)) return "zip";
  }
  if (bytes.length >= 512 && CFB_MAGIC.every((b, i) => bytes[i] === b)) {
    if (containsUtf16Le(bytes, "EncryptionInfo")) return "cfb-encrypted";
    if (containsUtf16Le(bytes, "Workbook") || containsUtf16Le(bytes, "Book")) return "cfb-xls";
    return "cfb-other";
  }
  return "other";
}
