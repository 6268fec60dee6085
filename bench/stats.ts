// Small timing helpers for `npm run bench`: medians of repeated runs, printed as figures (never asserted).
import { performance } from "perf_hooks";

export async function medianMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<{ median: number; min: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? NaN, min: times[0] ?? NaN, max: times[times.length - 1] ?? NaN };
}

export function fmt(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}
