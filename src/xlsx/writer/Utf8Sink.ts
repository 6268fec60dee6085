// XML text written straight into UTF-8 bytes, for the parts a report writes whole (a 5,000-task report writes
// 16 MB of sheet XML). Building one string of every cell first kept millions of small strings alive until the part
// was encoded: the garbage collector copied them from space to space (a third of the run) and the whole text was
// then flattened and encoded again. Here the pieces are joined a few kilobytes at a time and encoded into one
// growing buffer, so each piece dies young. Browser-safe: TextEncoder.encodeInto is in every host.

const encoder = new TextEncoder();
/** Characters gathered before they are encoded: large enough that encodeInto's per-call cost does not count. */
const CHUNK = 16384;

export class Utf8Sink {
  private buf: Uint8Array;
  private len = 0;
  private pending = "";

  constructor(capacity = 65536) {
    this.buf = new Uint8Array(Math.max(16, capacity));
  }

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= CHUNK) this.flush();
  }

  /** The bytes written so far (a view of the sink's buffer: the sink is not written to afterwards). */
  bytes(): Uint8Array {
    this.flush(true);
    return this.buf.subarray(0, this.len);
  }

  private flush(final = false): void {
    let text = this.pending;
    if (text === "") return;
    this.pending = "";
    // A surrogate pair split between two chunks would be encoded as two replacement characters: the high half
    // waits for the next chunk.
    const last = text.charCodeAt(text.length - 1);
    if (!final && last >= 0xd800 && last <= 0xdbff) {
      this.pending = text.slice(-1);
      text = text.slice(0, -1);
    }
    // A UTF-16 unit never takes more than 3 bytes in UTF-8 (a surrogate pair, two units, takes 4).
    const need = this.len + text.length * 3;
    if (need > this.buf.length) {
      let size = this.buf.length * 2;
      while (size < need) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.buf.subarray(0, this.len));
      this.buf = grown;
    }
    const { written } = encoder.encodeInto(text, this.buf.subarray(this.len));
    this.len += written;
  }
}
