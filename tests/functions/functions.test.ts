/** The functions as Excel calls them: registered through CustomFunctions.associate, Settings read on the fake. */
import { ymdToSerial } from "../../src/core/dates";
import { FakeCustomFunctionsError } from "../support/customFunctionsFake";
import { createFakeExcel } from "../support/fakeExcel";
import { planWorkbook } from "../office/fixtures";
import { registerFunctions, type RegisteredFunctions } from "./registration";

const DATE = (y: number, m: number, d: number): number => ymdToSerial(y, m, d) as number;
const g = globalThis as Record<string, unknown>;
/** Excel raises table events after the edit, asynchronously (the fake: on the next tick). */
const eventsDelivered = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

let registered: RegisteredFunctions;
const call = (id: string, ...args: unknown[]): unknown => (registered.registry.get(id) as (...a: unknown[]) => unknown)(...args);

async function failure(promise: unknown): Promise<FakeCustomFunctionsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FakeCustomFunctionsError) return error;
    throw new Error(`rejected with something other than a CustomFunctions.Error: ${String(error)}`);
  }
  throw new Error("did not fail");
}

afterEach(() => {
  registered?.uninstall();
  delete g.Excel;
});

describe("registered through CustomFunctions.associate", () => {
  test("every function in functions.json is associated, by its id", async () => {
    registered = await registerFunctions();
    expect([...registered.registry.keys()].sort()).toEqual(["EXPECTED", "PROGRESS", "RSPKEYS", "STATUS", "TARGET"]);
  });

  test("Done when: =KPI.STATUS(\"At least 27/33 Members\", 20, DATE(2023,7,1), DATE(2022,7,1), DATE(2024,6,30)) is On track", async () => {
    registered = await registerFunctions();
    // Excel passes a matrix argument's single value as a 1x1 array, and an omitted optional one as null.
    const args = ["At least 27/33 Members", [[20]], DATE(2023, 7, 1), DATE(2022, 7, 1), DATE(2024, 6, 30), null, null];
    await expect(call("STATUS", ...args)).resolves.toBe("On track");
    await expect(call("EXPECTED", ...args)).resolves.toBeCloseTo(13.5, 1);
    await expect(call("PROGRESS", ...args)).resolves.toBeCloseTo(20 / 27, 10);
    await expect(call("TARGET", "At least 27/33 Members", null, null, null, null)).resolves.toEqual([[27]]);
    expect(call("RSPKEYS", "1.2.1 – 1st, 3rd to 4th milestones")).toBe("1.2.1-M1, 1.2.1-M3, 1.2.1-M4");
  });

  test("errors reach Excel as CustomFunctions.Error with the message, never a raw exception", async () => {
    registered = await registerFunctions();
    const unreadable = await failure(call("STATUS", "lots", [[3]], DATE(2023, 7, 1), DATE(2022, 7, 1), DATE(2024, 6, 30)));
    expect(unreadable.code).toBe("#VALUE!");
    expect(unreadable.message).toMatch(/^Could not read target "lots": expected/);
    const noActual = await failure(call("PROGRESS", "At least 4", [[null]], DATE(2023, 7, 1), DATE(2022, 7, 1), DATE(2024, 6, 30)));
    expect(noActual.code).toBe("#N/A");
    expect(noActual.message).toBe("No actual yet");
    expect(() => call("RSPKEYS", "see annex")).toThrow(FakeCustomFunctionsError);
  });

  test("without Office.js (no shared runtime) start and end are required, and the error says so", async () => {
    registered = await registerFunctions();
    const error = await failure(call("STATUS", "At least 4", [[1]], DATE(2023, 7, 1)));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/No Settings table to take Plan start and Plan end from: give start and end as arguments/);
  });
});

describe("defaults from the workbook's Settings (shared runtime)", () => {
  test("start, end and thresholds come from Settings, read once for many cells", async () => {
    const fake = planWorkbook();
    const keys = fake.column("Settings", "Key");
    fake.editCell("Settings", keys.indexOf("On track at"), "Value", 0.8);
    fake.editCell("Settings", keys.indexOf("At risk at"), "Value", 0.5);
    await eventsDelivered();
    g.Excel = { run: fake.run };
    registered = await registerFunctions();
    fake.resetCounters();
    // 11 against 13.5 expected is r = 0.81: At risk at the default 100/80, On track at this workbook's 80/50.
    const results = await Promise.all(
      Array.from({ length: 20 }, () => call("STATUS", "At least 27/33 Members", [[11]], DATE(2023, 7, 1), null, null, null, null))
    );
    expect(new Set(results)).toEqual(new Set(["On track"]));
    const syncs = fake.syncCount;
    expect(syncs).toBeGreaterThan(0);
    expect(syncs).toBeLessThanOrEqual(2); // one read of Settings for all twenty cells
    await call("EXPECTED", "At least 27/33 Members", [[20]], DATE(2023, 7, 1));
    expect(fake.syncCount).toBe(syncs); // cached
  });

  test("a change to Settings is read on the next call", async () => {
    const fake = planWorkbook();
    g.Excel = { run: fake.run };
    registered = await registerFunctions();
    await expect(call("EXPECTED", "At least 24", [[1]], DATE(2023, 7, 1))).resolves.toBeCloseTo(12, 1);
    const keys = fake.column("Settings", "Key");
    fake.editCell("Settings", keys.indexOf("Plan end"), "Value", DATE(2023, 7, 1));
    await eventsDelivered();
    await expect(call("EXPECTED", "At least 24", [[1]], DATE(2023, 7, 1))).resolves.toBe(24);
    fake.editCell("Settings", keys.indexOf("On track at"), "Value", "soon");
    await eventsDelivered();
    const error = await failure(call("STATUS", "At least 24", [[1]], DATE(2023, 7, 1)));
    expect(error.message).toMatch(/^Settings has a problem \(On track at: "soon" is not a threshold/);
  });

  test("an edit of Settings asks Excel for one full recalculation; an edit of another table does not", async () => {
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate"] });
    try {
      const fake = planWorkbook();
      const calculations: unknown[] = [];
      const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
        fake.run((context) => {
          (context.workbook.application as unknown as Record<string, unknown>).calculate = (type: unknown) => calculations.push(type);
          return batch(context);
        });
      g.Excel = { run, CalculationType: { full: "Full" } };
      registered = await registerFunctions();
      await call("STATUS", "At least 24", [[1]], DATE(2023, 7, 1)); // reads Settings, starts watching
      fake.editCell("Plan", 0, "Actual", 3);
      await jest.advanceTimersByTimeAsync(1000);
      expect(calculations).toEqual([]);
      const keys = fake.column("Settings", "Key");
      fake.editCell("Settings", keys.indexOf("Plan end"), "Value", DATE(2023, 7, 1));
      fake.editCell("Settings", keys.indexOf("Plan start"), "Value", DATE(2022, 1, 1));
      await jest.advanceTimersByTimeAsync(1000);
      expect(calculations).toEqual(["Full"]);
      await expect(call("EXPECTED", "At least 24", [[1]], DATE(2023, 7, 1))).resolves.toBe(24);
    } finally {
      jest.useRealTimers();
    }
  });

  test("as_of omitted is Settings \"As of\"", async () => {
    const fake = planWorkbook();
    g.Excel = { run: fake.run };
    registered = await registerFunctions();
    const keys = fake.column("Settings", "Key");
    fake.editCell("Settings", keys.indexOf("As of"), "Value", DATE(2023, 7, 1));
    await eventsDelivered();
    await expect(call("EXPECTED", "At least 27/33 Members", [[20]], null)).resolves.toBeCloseTo(13.5, 1);
  });

  test("a workbook without a Settings table needs start and end", async () => {
    const fake = createFakeExcel();
    g.Excel = { run: fake.run };
    registered = await registerFunctions();
    const error = await failure(call("STATUS", "At least 4", [[1]], DATE(2023, 7, 1)));
    expect(error.message).toMatch(/No Settings table/);
    await expect(call("STATUS", "At least 4", [[1]], DATE(2023, 7, 1), DATE(2022, 7, 1), DATE(2024, 6, 30))).resolves.toBe("Off track");
  });
});
