/** Recalculate at the benchmark's scale: 5,000 KPIs, 200,000 Updates, 50,000 WorkPlan rows. */
import { MemoryGateway } from "../support/memoryGateway";
import { recalculateWorkbook } from "../../src/workbook/recalculate";
import { HALFWAY, PLAN_HEADERS, memoryTable, sampleTables } from "./fixtures";

const MEASURES = ["manual", "updates:latest", "updates:sum", "updates:members", "activities", "activities:women-share", "activities:score"];
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Distinct canonical refs: pillars 1-99, letters a … z then aa … zz. */
function ref(i: number): string {
  const n = Math.floor(i / 99) % 52;
  const letter = LETTERS[n % 26];
  return `${(i % 99) + 1}-${n < 26 ? letter : letter + letter}`;
}

it("recalculates 5,000 KPIs over 200,000 Updates and 50,000 activities in one read and one write", async () => {
  const base = sampleTables();
  const [settings, members, rsp] = base;
  const kpis = 5000;
  const plan = memoryTable(
    "Plan",
    PLAN_HEADERS,
    Array.from({ length: kpis }, (_, i) => ({
      Ref: ref(Math.floor(i / 2)),
      part: (i % 2) + 1,
      "rsp  REFERENCE": "1.1.1 – 1st, 2nd milestones",
      // Count targets only: the counts below (0-9, Members, activities) would be impossible actuals for a share.
      TARGET: i % 2 === 0 ? "(1) At least 27 Members(2) 6 new contracting parties" : "(1) At least twice per year (2) At least 40 requests per year",
      Measure: MEASURES[i % MEASURES.length],
      Actual: i % 10,
    }))
  );
  const workPlan = memoryTable(
    "WorkPlan",
    base[4].headers,
    Array.from({ length: 50_000 }, (_, i) => ({
      ID: `A${i}`,
      Refs: `${ref(i % 2500)}, ${ref((i * 7) % 2500)}`,
      Members: "ID, Mongolia",
      Status: "Held",
      "Held on": 44800 + (i % 300),
      Participants: 20,
      Women: i % 20,
      Score: (i % 5) + 1,
    }))
  );
  const updates = memoryTable(
    "Updates",
    base[5].headers,
    Array.from({ length: 200_000 }, (_, i) => ({ Ref: ref(i % 2500), Part: (Math.floor(i / 2500) % 2) + 1, Date: 44800 + (i % 300), Value: i % 9, Member: i % 3 ? "ID" : "Fiji" }))
  );
  const gateway = new MemoryGateway([settings, members, rsp, plan, workPlan, updates]);

  const report = await recalculateWorkbook(gateway, { asOf: HALFWAY });

  expect(gateway.calls).toEqual({ read: 1, write: 1, createTables: 0 });
  expect(report.evaluation.kpis).toHaveLength(kpis);
  expect(report.evaluation.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(gateway.column("Plan", "Status").filter((s) => s === "No data" || s === "Invalid")).toEqual([]);
  // Linear work takes well under a second on a quiet machine; one scan per KPI would take minutes.
  expect(report.durationMs).toBeLessThan(20_000);
}, 60_000);
