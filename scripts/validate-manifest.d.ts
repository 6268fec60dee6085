/** Types for scripts/validate-manifest.js (plain Node so it runs without a build). */
export const DEV_URL: string;
export function schemaDirectory(env?: NodeJS.ProcessEnv, repoRoot?: string): string;
export function schemaValidationAvailability(
  schemaDir?: string,
): { available: true } | { available: false; reason: string };
export function validateAgainstSchema(file: string, schemaDir?: string): { ok: boolean; output: string };
export function checkManifest(xml: string, repoRoot?: string): string[];
export function readPngSize(bytes: Buffer): { width: number; height: number } | null;
