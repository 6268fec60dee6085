import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { WriteFileError, writeFailure, writeFileAtomic } from "../../../src/xlsx/node/writeFileAtomic";

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), "pt-atomic-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test("writes a new file and replaces an existing one whole, leaving no temporary file", async () => {
  const target = path.join(dir, "kết quả.xlsx");
  await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
  expect([...readFileSync(target)]).toEqual([1, 2, 3]);
  writeFileSync(target, "old content that is longer");
  await writeFileAtomic(target, new Uint8Array([9]));
  expect([...readFileSync(target)]).toEqual([9]);
  expect(readdirSync(dir)).toEqual(["kết quả.xlsx"]);
});

test("a target inside a file (not a folder) fails as unwritable and leaves nothing", async () => {
  writeFileSync(path.join(dir, "file"), "x");
  const attempt = writeFileAtomic(path.join(dir, "file", "out.xlsx"), new Uint8Array([1]));
  await expect(attempt).rejects.toBeInstanceOf(WriteFileError);
  await expect(writeFileAtomic(path.join(dir, "file", "out.xlsx"), new Uint8Array([1]))).rejects.toMatchObject({ reason: "unwritable" });
  expect(readdirSync(dir)).toEqual(["file"]);
});

test("a target that is a folder: the rename fails, the temporary file is removed", async () => {
  const target = path.join(dir, "folder.xlsx");
  mkdirSync(target);
  writeFileSync(path.join(target, "inside"), "x");
  await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toBeInstanceOf(WriteFileError);
  expect(readdirSync(dir)).toEqual(["folder.xlsx"]);
});

test.each([
  ["EACCES", "unwritable"],
  ["EPERM", "unwritable"],
  ["EROFS", "unwritable"],
  ["EBUSY", "locked"],
  ["ETXTBSY", "locked"],
  ["UNKNOWN", "locked"],
  ["ENOSPC", "no-space"],
  ["EDQUOT", "no-space"],
  ["EIO", "failed"],
  [undefined, "failed"],
])("error code %p → %p", (code, reason) => {
  expect(writeFailure(code)).toBe(reason);
});
