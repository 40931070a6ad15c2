/**
 * Same answers as the engine: every KPI of the bundled plan, at several as-of dates, through the
 * registered functions (Settings read on the fake workbook) and through evaluateWorkbook.
 */
import fc from "fast-check";
import { isoToSerial } from "../../src/core/dates";
import { evaluateKpi } from "../../src/core/progress";
import { targetPartFor } from "../../src/core/targets";
import type { EvaluatedKpi } from "../../src/core/evaluation";
import { parseTarget } from "../../src/core/targets";
import { isFailure, type TargetPart } from "../../src/core/types";
import { BUNDLED_PLAN } from "../../src/workbook/bundled";
import { evaluateWorkbook } from "../../src/workbook/evaluate";
import { recalculateWorkbook } from "../../src/workbook/recalculate";
import { bundleToTableSpecs } from "../../src/workbook/setup";
import { FakeCustomFunctionsError } from "../support/customFunctionsFake";
import { MemoryGateway } from "../support/memoryGateway";
import { planWorkbook } from "../office/fixtures";
import { registerFunctions, type RegisteredFunctions } from "./registration";

const d = (iso: string): number => isoToSerial(iso) as number;
const AS_OF_DATES = ["2022-06-30", "2022-07-01", "2022-12-31", "2023-07-01", "2024-03-15", "2024-06-30", "2024-07-01"].map(d);
const FRACTIONS = [null, 0, 0.2, 0.5, 0.75, 0.9, 1, 1.4];
const TABLES = ["Settings", "Members", "RSP", "Plan", "WorkPlan", "Updates"];

const g = globalThis as Record<string, unknown>;
let registered: RegisteredFunctions;

beforeAll(async () => {
  g.Excel = { run: planWorkbook().run };
  registered = await registerFunctions();
});
afterAll(() => {
  registered.uninstall();
  delete g.Excel;
});

type Outcome = { value: unknown } | { error: string };
async function outcome(id: string, args: unknown[]): Promise<Outcome> {
  try {
    return { value: await (registered.registry.get(id) as (...a: unknown[]) => unknown)(...args) };
  } catch (error) {
    if (error instanceof FakeCustomFunctionsError) return { error: error.code };
    throw error;
  }
}

/** The bundled plan with actuals typed in (a spread of fractions of each target) and a few baselines. */
async function bundledWithActuals(): Promise<MemoryGateway> {
  const gateway = new MemoryGateway();
  await gateway.createTables(bundleToTableSpecs(BUNDLED_PLAN));
  await recalculateWorkbook(gateway, { asOf: d("2023-07-01") });
  const plan = gateway.table("Plan");
  const column = (name: string): number => plan.headers.indexOf(name);
  const totals = gateway.column("Plan", "Target value");
  plan.rows.forEach((row, i) => {
    const fraction = FRACTIONS[i % FRACTIONS.length];
    row[column("Actual")] = fraction === null ? null : Math.round(fraction * Number(totals[i]) * 100) / 100;
    if (i % 9 === 4) row[column("Deadline")] = d("2023-12-31");
  });
  return gateway;
}

function functionArguments(kpi: EvaluatedKpi, asOf: number, planEnd: number): unknown[] {
  // start and (when it is the plan end) end are left to the workbook's Settings, as a user would.
  return [kpi.target, [[kpi.actual]], asOf, null, kpi.deadline === planEnd ? null : kpi.deadline, kpi.baseline, kpi.part];
}

describe("the functions give the engine's answers", () => {
  test("every KPI of the bundled plan at seven as-of dates: status, progress, expected", async () => {
    const gateway = await bundledWithActuals();
    let compared = 0;
    const statuses = new Set<string>();
    for (const asOf of AS_OF_DATES) {
      const evaluation = evaluateWorkbook(await gateway.read(TABLES), { asOf });
      expect(evaluation.kpis.length).toBeGreaterThanOrEqual(54);
      for (const kpi of evaluation.kpis) {
        const args = functionArguments(kpi, asOf, evaluation.settings.planEnd);
        const where = `${kpi.ref} part ${kpi.part} at ${asOf}`;
        expect([where, await outcome("STATUS", args)]).toEqual([where, kpi.status === "Invalid" ? { error: "#VALUE!" } : { value: kpi.status }]);
        expect([where, await outcome("PROGRESS", args)]).toEqual([where, kpi.progress === null ? { error: kpi.status === "Invalid" ? "#VALUE!" : "#N/A" } : { value: kpi.progress }]);
        expect([where, await outcome("EXPECTED", args)]).toEqual([where, kpi.expected === null ? { error: "#VALUE!" } : { value: kpi.expected }]);
        statuses.add(kpi.status);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(54 * AS_OF_DATES.length);
    // The comparison covered the verdicts, not only "No data".
    for (const status of ["Not started", "No data", "On track", "At risk", "Off track", "Achieved", "Missed"]) expect(statuses).toContain(status);
  });
});

const TARGET_TEXTS = fc.oneof(
  fc.tuple(fc.constantFrom("At least", "At most", "≥", "No more than"), fc.integer({ min: 1, max: 500 })).map(([word, n]) => `${word} ${n}`),
  fc.tuple(fc.integer({ min: 1, max: 33 }), fc.integer({ min: 0, max: 10 })).map(([n, extra]) => `At least ${n}/${n + extra} Members`),
  fc.tuple(fc.constantFrom("once", "twice", "3 times", "4 times"), fc.constantFrom("per year", "per quarter", "every 2 years")).map(([n, p]) => `${n} ${p}`),
  fc.integer({ min: 1, max: 100 }).map((p) => `At least ${p}% of requests`),
  fc.string({ maxLength: 12 })
);

describe("property: the functions and evaluateKpi agree on generated targets and actuals", () => {
  test("STATUS, PROGRESS and EXPECTED equal the engine, or both say the input is unusable", async () => {
    const start = d("2022-07-01");
    await fc.assert(
      fc.asyncProperty(
        TARGET_TEXTS,
        fc.option(fc.double({ min: -10, max: 1000, noNaN: true }), { nil: null }),
        fc.integer({ min: -400, max: 1200 }),
        fc.integer({ min: 1, max: 1500 }),
        fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
        async (target, actual, asOfOffset, length, baseline) => {
          const [asOf, end] = [start + asOfOffset, start + length];
          const parsed = parseTarget(target);
          const part: TargetPart | { error: string } = targetPartFor(parsed, 1);
          const args = [target, [[actual]], asOf, start, end, baseline, 1];
          const status = await outcome("STATUS", args);
          if (isFailure(part)) {
            expect(status).toEqual({ error: "#VALUE!" });
            return;
          }
          const engine = evaluateKpi({ target: part, actual, baseline: baseline ?? 0, planStart: start, deadline: end, asOf, thresholds: { onTrackAt: 1, atRiskAt: 0.8 } });
          expect(status).toEqual(engine.status === "Invalid" ? { error: "#VALUE!" } : { value: engine.status });
          const progress = await outcome("PROGRESS", args);
          if (engine.progress === null) expect(progress).toHaveProperty("error");
          else expect(progress).toEqual({ value: engine.progress });
          const expected = await outcome("EXPECTED", args);
          if (engine.expected === null) expect(expected).toEqual({ error: "#VALUE!" });
          else expect(expected).toEqual({ value: engine.expected });
        }
      ),
      { numRuns: 300 }
    );
  });
});
