/** The KPI functions as pure functions: arguments in, the engine's answer or a plain-words error out. */
import { ymdToSerial } from "../../src/core/dates";
import type { PlanSettings } from "../../src/core/evaluation";
import type { FunctionContext } from "../../src/functions/arguments";
import { KpiFunctionError } from "../../src/functions/functionError";
import { kpiExpected, kpiProgress, kpiRspKeys, kpiStatus, kpiTarget } from "../../src/functions/kpiFunctions";
import { defaultSettings } from "../../src/workbook/settings";

const DATE = (y: number, m: number, d: number): number => ymdToSerial(y, m, d) as number;
const START = DATE(2022, 7, 1);
const END = DATE(2024, 6, 30);
const HALFWAY = DATE(2023, 7, 1);
const TODAY = DATE(2023, 1, 1);

const noSettings: FunctionContext = { settings: null, today: TODAY };
const withSettings = (change: Partial<PlanSettings> = {}): FunctionContext => ({
  settings: { ...defaultSettings(), planStart: DATE(2023, 1, 1), planEnd: DATE(2024, 12, 31), ...change },
  today: TODAY,
});

/** The error a call throws, for asserting its code and message. */
function errorOf(call: () => unknown): KpiFunctionError {
  try {
    call();
  } catch (error) {
    if (error instanceof KpiFunctionError) return error;
    throw new Error(`threw something other than a KpiFunctionError: ${String(error)}`);
  }
  throw new Error("did not throw");
}

describe("KPI.STATUS", () => {
  test('the issue\'s example: "At least 27/33 Members", 20 at half the plan is On track (13.5 expected)', () => {
    const args = { target: "At least 27/33 Members", actual: 20, asOf: HALFWAY, start: START, end: END };
    expect(kpiStatus(args, noSettings)).toBe("On track");
    expect(kpiExpected(args, noSettings)).toBeCloseTo(13.5, 1);
    expect(kpiProgress(args, noSettings)).toBeCloseTo(20 / 27, 10);
  });

  test("walks the statuses of DESIGN.md §4", () => {
    const at = (actual: unknown, asOf: number) => kpiStatus({ target: "At least 27/33 Members", actual, asOf, start: START, end: END }, noSettings);
    expect(at(12, HALFWAY)).toBe("At risk");
    expect(at(5, HALFWAY)).toBe("Off track");
    expect(at(27, HALFWAY)).toBe("Achieved");
    expect(at(20, DATE(2024, 7, 1))).toBe("Missed");
    expect(at(20, DATE(2022, 6, 1))).toBe("Not started");
    expect(at(null, HALFWAY)).toBe("No data");
    expect(at([[""]], HALFWAY)).toBe("No data");
  });

  test("a range of one cell is the same as its value", () => {
    const args = { target: "twice per year", asOf: HALFWAY, start: START, end: END };
    expect(kpiStatus({ ...args, actual: [[2]] }, noSettings)).toBe(kpiStatus({ ...args, actual: 2 }, noSettings));
  });

  test("defaults: start, end, thresholds and As of from Settings; today when Settings have no As of", () => {
    const settings = withSettings();
    // Settings plan 2023-01-01 … 2024-12-31: at 2024-01-01 half of 4 is expected.
    expect(kpiExpected({ target: "At least 4", actual: 1, asOf: DATE(2024, 1, 1) }, settings)).toBeCloseTo(2, 2);
    // as_of omitted: today (2023-01-01) is the plan start, nothing expected yet.
    expect(kpiExpected({ target: "At least 4", actual: 1 }, settings)).toBe(0);
    expect(kpiExpected({ target: "At least 4", actual: 1 }, withSettings({ asOf: DATE(2024, 12, 31) }))).toBe(4);
    // Thresholds 90/75 make r = 0.85 At risk, where 100/80 would also say At risk, and 0.95 On track.
    const strict = withSettings({ thresholds: { onTrackAt: 0.9, atRiskAt: 0.75 } });
    const r95 = { target: "At least 100", actual: 47.5, asOf: DATE(2024, 1, 1) };
    expect(kpiStatus(r95, strict)).toBe("On track");
    expect(kpiStatus(r95, withSettings())).toBe("At risk");
  });

  test("without Settings, start and end are required and the error says so", () => {
    const error = errorOf(() => kpiStatus({ target: "At least 4", actual: 1, asOf: HALFWAY }, noSettings));
    expect(error.code).toBe("invalidValue");
    expect(error.message).toMatch(/No Settings table.*give start and end as arguments/);
    expect(errorOf(() => kpiStatus({ target: "At least 4", actual: 1, start: START }, noSettings)).message).toMatch(/give end as arguments/);
    // With both given, as_of defaults to today.
    expect(kpiExpected({ target: "At least 4", actual: 1, start: START, end: END }, noSettings)).toBeCloseTo((4 * (TODAY - START)) / (END - START), 10);
  });

  test("Settings with a problem in a key the functions use are not used as defaults", () => {
    const broken: FunctionContext = { ...withSettings(), settingsProblem: 'Plan start: "soon" is not a date' };
    expect(errorOf(() => kpiExpected({ target: "At least 4", actual: 1 }, broken)).message).toMatch(/Settings has a problem \(Plan start.*give as_of, start, end/);
    expect(kpiExpected({ target: "At least 4", actual: 1, asOf: HALFWAY, start: START, end: END }, broken)).toBeCloseTo(2, 1);
    expect(errorOf(() => kpiStatus({ target: "At least 4", actual: 1, asOf: HALFWAY, start: START, end: END }, broken)).message).toMatch(/On track at/);
  });

  test("an unreadable target is #VALUE! with the parser's message", () => {
    const error = errorOf(() => kpiStatus({ target: "lots of members", actual: 3, asOf: HALFWAY, start: START, end: END }, noSettings));
    expect(error.code).toBe("invalidValue");
    expect(error.message).toMatch(/^Could not read target "lots of members": expected /);
    expect(errorOf(() => kpiStatus({ target: "", actual: 3, start: START, end: END }, noSettings)).message).toMatch(/^Could not read target "": The target is empty: expected/);
    expect(errorOf(() => kpiStatus({ target: true, actual: 3, start: START, end: END }, noSettings)).message).toMatch(/target must be text/);
  });

  test("bad arguments are #VALUE! naming the argument", () => {
    const base = { target: "At least 4", actual: 1, asOf: HALFWAY, start: START, end: END };
    expect(errorOf(() => kpiStatus({ ...base, actual: "three" }, noSettings)).message).toBe('actual must be a number or an empty cell, not "three"');
    expect(errorOf(() => kpiStatus({ ...base, asOf: "2023-07-01" }, noSettings)).message).toMatch(/^as_of must be a date such as DATE\(2023,7,1\)/);
    expect(errorOf(() => kpiStatus({ ...base, baseline: "x" }, noSettings)).message).toMatch(/^baseline must be a number/);
    expect(errorOf(() => kpiStatus({ ...base, part: 1.5 }, noSettings)).message).toMatch(/^part must be a whole number/);
    expect(errorOf(() => kpiStatus({ ...base, end: true }, noSettings)).message).toBe("end must be a date such as DATE(2023,7,1), not true");
    expect(errorOf(() => kpiStatus({ ...base, end: 0 }, noSettings)).message).toBe("end must be a date such as DATE(2023,7,1), not 0");
  });

  test("PROGRESS is #N/A while there is no actual; EXPECTED still answers", () => {
    const args = { target: "At least 27/33 Members", actual: null, asOf: HALFWAY, start: START, end: END };
    const error = errorOf(() => kpiProgress(args, noSettings));
    expect(error.code).toBe("notAvailable");
    expect(error.message).toBe("No actual yet");
    expect(kpiExpected(args, noSettings)).toBeCloseTo(13.5, 1);
  });
});

describe("multi-part targets", () => {
  const target = "(1) At least 27 Members (2) 6 new contracting parties";
  const base = { target, asOf: HALFWAY, start: START, end: END };

  test("one actual per part: the worst part's status and numbers", () => {
    // Part 1: 20 of 13.5 expected (On track); part 2: 1 of 3 expected (Off track).
    expect(kpiStatus({ ...base, actual: [[20, 1]] }, noSettings)).toBe("Off track");
    expect(kpiProgress({ ...base, actual: [[20], [1]] }, noSettings)).toBeCloseTo(1 / 6, 10);
    expect(kpiExpected({ ...base, actual: [[20, 1]] }, noSettings)).toBeCloseTo(3, 1);
    expect(kpiStatus({ ...base, actual: [[20, 6]] }, noSettings)).toBe("On track");
    expect(kpiStatus({ ...base, actual: [[27, 6]] }, noSettings)).toBe("Achieved");
  });

  test("the part argument scores one part, from one actual or from the actual of that part", () => {
    expect(kpiStatus({ ...base, actual: 20, part: 1 }, noSettings)).toBe("On track");
    expect(kpiStatus({ ...base, actual: 1, part: 2 }, noSettings)).toBe("Off track");
    expect(kpiStatus({ ...base, actual: [[20, 1]], part: 1 }, noSettings)).toBe("On track");
  });

  test("one actual and no part is #VALUE! saying what to give", () => {
    expect(errorOf(() => kpiStatus({ ...base, actual: 20 }, noSettings)).message).toMatch(/This target has 2 parts: give one actual per part .* or the part number/);
    expect(errorOf(() => kpiStatus({ ...base, actual: 20, part: 3 }, noSettings)).message).toMatch(/part must be 1 to 2, not 3/);
    expect(errorOf(() => kpiStatus({ ...base, target: "At least 4", actual: [[1, 2]] }, noSettings)).message).toMatch(/one part: give one actual, not 2/);
  });
});

describe("KPI.TARGET", () => {
  test("the total of a one-part target; a rate over the plan's months", () => {
    expect(kpiTarget({ target: "At least 27/33 Members" }, noSettings)).toBe(27);
    expect(kpiTarget({ target: "twice per year", start: START, end: END }, noSettings)).toBe(4);
    expect(kpiTarget({ target: "twice per year" }, withSettings())).toBe(4);
    expect(errorOf(() => kpiTarget({ target: "twice per year" }, noSettings)).message).toMatch(/give start and end/);
  });

  test("show_parts gives one row per part: kind, comparator, value, of, per months", () => {
    expect(kpiTarget({ target: "At least 27/33 Members", showParts: true }, noSettings)).toEqual([["count", ">=", 27, 33, ""]]);
    expect(kpiTarget({ target: "(1) twice per year (2) At most 10% of requests", showParts: true }, noSettings)).toEqual([
      ["count", ">=", 2, "", 12],
      ["share", "<=", 0.1, "", ""],
    ]);
  });

  test("a multi-part target needs a part for its total", () => {
    const target = "(1) At least 27 Members (2) 6 new contracting parties";
    expect(kpiTarget({ target, part: 2 }, noSettings)).toBe(6);
    expect(errorOf(() => kpiTarget({ target }, noSettings)).message).toMatch(/2 parts: give the part number, or show_parts TRUE/);
    expect(errorOf(() => kpiTarget({ target: "soon" }, noSettings)).message).toMatch(/^Could not read target "soon"/);
  });
});

describe("KPI.RSPKEYS", () => {
  test("milestone keys of a reference, or Specific action", () => {
    expect(kpiRspKeys("1.2.1 – 1st, 3rd to 4th milestones")).toBe("1.2.1-M1, 1.2.1-M3, 1.2.1-M4");
    expect(kpiRspKeys("ROCB A/P specific action")).toBe("Specific action");
  });

  test("an unreadable reference is #VALUE! with the parser's message", () => {
    const error = errorOf(() => kpiRspKeys("see annex"));
    expect(error.code).toBe("invalidValue");
    expect(error.message).toMatch(/^Could not read RSP reference "see annex": could not find an RSP objective/);
    expect(errorOf(() => kpiRspKeys(12 as unknown as string)).message).toMatch(/reference must be text/);
  });
});
