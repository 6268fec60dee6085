// Writes queued for Office.js, billed by an estimate of their request JSON and sent in parts. Excel on the web
// rejects a request over 5 MB; a 5,000-task patch carries about 6 MB (the task titles alone, copied to the report
// and timeline sheets, are over 4 MB), so one request cannot carry every plan. Every write is therefore sent in
// at least MIN_PARTS requests of about equal size, and in more only past MIN_PARTS × the budget: the number of
// round trips is the same for a 10-task plan and a 5,000-task one, and the progress bar gets a true midpoint.

/** The 5 MB limit less a margin for the request's own framing and the estimate's error. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

export const MIN_PARTS = 2;

/** Fixed cost of one queued operation (object path, action, ids) in the request JSON. */
const OPERATION_BYTES = 120;

/** UTF-8 length of a JSON text: Vietnamese letters take 2–3 bytes. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export interface QueuedWrite {
  /** What the write belongs to (a sheet's name, "names"), for the written / not written report. */
  step: string;
  bytes: number;
  run: () => void;
}

export class WriteQueue {
  readonly writes: QueuedWrite[] = [];

  /** Queues `run` under `step`, billed for `args` (the data it sends). */
  add(step: string, args: unknown, run: () => void): void {
    this.writes.push({
      step,
      bytes: OPERATION_BYTES + (args === null || args === undefined ? 0 : jsonBytes(args)),
      run,
    });
  }

  get bytes(): number {
    return this.writes.reduce((sum, w) => sum + w.bytes, 0);
  }

  /**
   * Consecutive parts, each under `budget`, of about equal size: max(MIN_PARTS, ⌈total / budget⌉) parts (one
   * more when a large write does not split evenly). Order is kept: a part never runs before the one above it.
   */
  parts(budget = REQUEST_BUDGET_BYTES, minParts = MIN_PARTS): QueuedWrite[][] {
    const total = this.bytes;
    const count = Math.max(minParts, Math.ceil(total / budget));
    const target = total / count;
    const parts: QueuedWrite[][] = [];
    let current: QueuedWrite[] = [];
    let size = 0;
    for (const write of this.writes) {
      const full = size + write.bytes > budget || (size >= target && parts.length < count - 1);
      if (current.length > 0 && full) {
        parts.push(current);
        current = [];
        size = 0;
      }
      current.push(write);
      size += write.bytes;
    }
    parts.push(current);
    while (parts.length < minParts) parts.push([]);
    return parts;
  }
}
