// Where the seed text lives: next to the repository in ../shared, or at /work/shared on the build machine.
import * as fs from "fs";
import * as path from "path";

export const SEED_FILE_NAME = "000_31b3bf059ba1da7a.txt";

/** The seed paths tried, in order, for a repository checked out at repoRoot. */
export function seedFileCandidates(repoRoot: string): string[] {
  return [
    path.resolve(repoRoot, "..", "shared", "seed", SEED_FILE_NAME),
    path.resolve("/work/shared/seed", SEED_FILE_NAME),
  ];
}

/** The first existing seed file, or null when no copy of the seed is around (e.g. a fresh clone). */
export function findSeedFile(repoRoot: string): string | null {
  for (const candidate of seedFileCandidates(repoRoot)) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}
