// Writes a file so that readers see the old content or the whole new one, never half of it: a temporary file in
// the target's folder (same file system, so the rename is atomic), flushed to disk, then renamed over the target.
import { promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";

export type WriteFailure = "unwritable" | "locked" | "no-space" | "failed";

export class WriteFileError extends Error {
  constructor(
    readonly reason: WriteFailure,
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot write ${path} (${reason})`, options);
    this.name = "WriteFileError";
  }
}

/** Node's error code → why the write failed. UNKNOWN and EBUSY are what Windows reports for a file open in Excel. */
export function writeFailure(code: string | undefined): WriteFailure {
  switch (code) {
    case "EACCES":
    case "EPERM":
    case "EROFS":
    case "ENOENT":
    case "ENOTDIR":
    case "EISDIR":
      return "unwritable";
    case "EBUSY":
    case "ETXTBSY":
    case "UNKNOWN":
      return "locked";
    case "ENOSPC":
    case "EDQUOT":
      return "no-space";
    default:
      return "failed";
  }
}

let counter = 0;

/** Throws WriteFileError; on failure the temporary file is removed and the target is as it was. */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  // The process id and a counter keep two writers in one folder apart; the name starts with "." and "~$" is
  // avoided so Excel and sync clients do not take it for an owner file.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, "wx");
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, path);
  } catch (cause) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new WriteFileError(writeFailure((cause as NodeJS.ErrnoException).code), path, { cause });
  }
}
