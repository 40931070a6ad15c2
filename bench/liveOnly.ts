/** Live recalculation alone at a chosen size (after `npm run bench -- --smoke` compiled it): `node --expose-gc dist/bench/bench/liveOnly.js 5000 21`. */
import { generatePlan } from "./generate";
import { benchLive } from "./live";

async function main(): Promise<void> {
  const kpis = Number(process.argv[2] ?? 5000);
  const snapshot = generatePlan({ label: `${kpis} KPIs`, kpis, workPlan: kpis * 10, updates: kpis * 40 });
  console.table([await benchLive(`${kpis} KPIs`, snapshot, Number(process.argv[3] ?? 21))]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
