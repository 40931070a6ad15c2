/**
 * Timing that is fair to every contender: each measured run starts after a forced garbage
 * collection (node --expose-gc), and contenders are interleaved run by run, so none of them pays
 * for the garbage another left behind. Min and median are both reported: min is the machine's
 * best case, median what a user sees.
 */

export interface Timing {
  minMs: number;
  medianMs: number;
  runs: number;
}

const collectGarbage = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
};

export const hasForcedGc = (): boolean => typeof (globalThis as { gc?: unknown }).gc === "function";

function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { minMs: sorted[0], medianMs: sorted[Math.floor(sorted.length / 2)], runs: sorted.length };
}

/** Time several functions interleaved (A B C A B C …) after one warm-up each. */
export function timeInterleaved<K extends string>(fns: Record<K, () => unknown>, runs: number): Record<K, Timing> {
  const names = Object.keys(fns) as K[];
  for (const name of names) fns[name]();
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      collectGarbage();
      const start = process.hrtime.bigint();
      fns[name]();
      samples[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarize(samples[name])])) as Record<K, Timing>;
}

/** Median wall time of a function over a few runs (after one warm-up run). */
export function timeMedian(fn: () => unknown, runs = 5): number {
  return timeInterleaved({ fn }, runs).fn.medianMs;
}

export async function timeMedianAsync(fn: () => Promise<unknown>, runs = 3): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarize(times).medianMs;
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));
