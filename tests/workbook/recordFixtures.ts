/** A small plan in a MemoryGateway, as Set up would insert it, for the record and detail operations. */
import { MemoryGateway } from "../support/memoryGateway";
import { setUpWorkbook } from "../../src/workbook/setup";
import type { PlanBundle, PlanRecord } from "../../src/workbook/records";
import { d } from "./fixtures";

function planRow(ref: string, measure: string, target: string, part = 1): PlanRecord {
  return {
    pillar: 1, ref, part, action: `Action ${ref}`, rspReference: "", kpi: `KPI ${ref}`, target,
    deadline: null, baseline: null, actual: null, measure, weight: 1, owner: "ROCB", comment: "",
  };
}

export const SMALL_PLAN: PlanBundle = {
  settings: [
    { key: "Plan name", value: "Small plan" },
    { key: "Pillar 1", value: "Conventions" },
    { key: "Plan start", value: d("2022-07-01") },
    { key: "Plan end", value: d("2024-06-30") },
    { key: "As of", value: d("2023-07-01") },
  ],
  members: [
    { code: "ID", name: "Indonesia", subregion: "SEA" },
    { code: "MN", name: "Mongolia", subregion: "ECWA" },
    { code: "FJ", name: "Fiji", subregion: "PI" },
    { code: "TH", name: "Thailand", subregion: "SEA" },
  ],
  rsp: [],
  plan: [
    planRow("1-a", "manual", "At least 10 workshops"),
    planRow("1-b", "updates:members", "At least 3/4 Members"),
    planRow("1-c", "activities", "At least twice per year"),
    planRow("1-d", "updates:sum", "At least 100 officers"),
  ],
  workPlan: [
    { id: "AWP-001", fiscalYear: "2022/23", activity: "Workshop A", refs: ["1-c"], members: ["Indonesia", "MN"], type: "Workshop",
      planned: d("2022-10-01"), status: "Held", heldOn: d("2022-10-03"), participants: 20, women: 8, score: 4.2 },
    { id: "AWP-002", fiscalYear: "2022/23", activity: "Workshop B", refs: ["1-c"], members: ["FJ"], type: "Workshop",
      planned: d("2023-03-01"), status: "Planned", heldOn: null, participants: null, women: null, score: null },
  ],
  updates: [
    { date: d("2022-12-01"), ref: "1-b", part: 1, value: null, member: "ID", evidence: "Letter", by: "CBM" },
    { date: d("2023-02-01"), ref: "1-b", part: 1, value: null, member: "Mongolia", evidence: "", by: "CBM" },
    { date: d("2023-09-01"), ref: "1-b", part: 1, value: null, member: "FJ", evidence: "after as-of", by: "CBM" },
  ],
};

export async function smallPlanGateway(): Promise<MemoryGateway> {
  const gateway = new MemoryGateway();
  await setUpWorkbook(gateway, SMALL_PLAN);
  return gateway;
}
