/** Live recalculation alone at a chosen size: `node dist/bench/bench/liveOnly.js 5000`. */
import { generatePlan } from "./generate";
import { benchLive } from "./live";

async function main(): Promise<void> {
  const kpis = Number(process.argv[2] ?? 5000);
  const snapshot = generatePlan({ label: `${kpis} KPIs`, kpis, workPlan: kpis * 10, updates: kpis * 40 });
  console.table([await benchLive(`${kpis} KPIs`, snapshot, 7)]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
