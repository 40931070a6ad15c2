/**
 * The engine section of the benchmark alone, for profiling and quick before/after numbers:
 * `npx tsc -p tsconfig.bench.json && node --expose-gc [--cpu-prof] dist/bench/bench/profile-engine.js [kpis…] [--runs=N] [--loop=N]`.
 * With --loop=N it only runs the recalculation N times (for a CPU profile without the baselines);
 * --gc forces a garbage collection before each, as the benchmark does.
 */
import { generatePlan } from "./generate";
import { benchEngine } from "./engine";
import { evaluateWorkbook } from "../src/workbook/evaluate";
import { computedColumnWrites } from "../src/workbook/recalculate";

const args = process.argv.slice(2);
const option = (name: string): number | null => {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split("=")[1]) : null;
};
const sizes = args.filter((a) => !a.startsWith("--")).map(Number);
const runs = option("runs") ?? 5;
const loop = option("loop");

for (const kpis of sizes.length > 0 ? sizes : [500, 5_000]) {
  const snapshot = generatePlan({ label: `${kpis} KPIs`, kpis, workPlan: kpis * 10, updates: kpis * 40 });
  if (loop !== null) {
    const times: number[] = [];
    for (let i = 0; i < loop; i++) {
      if (args.includes("--gc")) (globalThis as { gc?: () => void }).gc?.();
      const start = process.hrtime.bigint();
      computedColumnWrites(snapshot, evaluateWorkbook(snapshot, { today: 45108 }));
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    console.log(`${kpis} KPIs: ${loop} recalculations, min ${times[0].toFixed(1)} ms, median ${times[Math.floor(loop / 2)].toFixed(1)} ms`);
  } else {
    console.table([benchEngine(`${kpis} KPIs`, snapshot, runs)]);
  }
}
