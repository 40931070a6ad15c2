/** Issue 10 §3: actuals their unit rules out are flagged and not scored, whatever the target's comparator. */
import { isoToSerial } from "../../../src/core/dates";
import { evaluateKpi } from "../../../src/core/progress";
import { impossibleActual } from "../../../src/core/progress/actualUnits";
import { parseTarget, targetPartFor } from "../../../src/core/targets";
import type { TargetPart } from "../../../src/core/types";
import { isFailure } from "../../../src/core/types";

const START = isoToSerial("2022-07-01") as number;
const END = isoToSerial("2024-06-30") as number;
const HALFWAY = isoToSerial("2023-07-01") as number;

function part(target: string): TargetPart {
  const parsed = parseTarget(target);
  if (isFailure(parsed)) throw new Error(parsed.error);
  const first = targetPartFor(parsed, 1);
  if (isFailure(first)) throw new Error(first.error);
  return first;
}

const evaluate = (target: string, actual: number) => evaluateKpi({ target: part(target), actual, planStart: START, deadline: END, asOf: HALFWAY });

describe("impossibleActual", () => {
  it.each([
    ["Meet at least 75% of the ROCB requests", 70, "70 looks like a percentage typed as a whole number: type 70% or 0.7"],
    ["Meet at least 75% of the ROCB requests", 100, "100 looks like a percentage typed as a whole number: type 100% or 1"],
    ["Meet at least 75% of the ROCB requests", 250, "250 is not a share: a share is between 0% and 100%"],
    ["Meet at least 75% of the ROCB requests", -0.1, "-0.1 is negative, and a share is between 0% and 100%"],
    ["At least average of 4 out of 5", 7, 'An average of 7 is above the scale\'s top of 5 ("4 out of 5")'],
    ["At least average of 4 out of 5", -1, "An average of -1 is below the scale of 0 to 5"],
    ["At least 27/33 Members", 40, 'An actual of 40 is more than the 33 Members there are ("27/33 Members")'],
    ["At least 28 MRA", -2, "-2 is negative, and a count cannot be"],
    ["At least twice per year", -1, "-1 is negative, and a count cannot be"],
  ])('"%s" with %p: %s', (target, actual, message) => {
    expect(impossibleActual(part(target), actual)).toBe(message.replace(/^An actual of /, ""));
    const result = evaluate(target, actual);
    expect(result).toMatchObject({ status: "Invalid", progress: null, performance: null, note: message.replace(/^An actual of /, "") });
  });

  it.each([
    ["Meet at least 75% of the ROCB requests", 0.7],
    ["Meet at least 75% of the ROCB requests", 1],
    ["Meet at least 75% of the ROCB requests", 0],
    ["At least average of 4 out of 5", 5],
    ["At least 27/33 Members", 33],
    ["At least 28 MRA", 400],
    ["At least 20% annual growth of female Head of delegation", 3],
    ["At least 20% annual growth of female Head of delegation", -0.5],
  ])('"%s" with %p is scored', (target, actual) => {
    expect(impossibleActual(part(target), actual)).toBeNull();
    expect(evaluate(target, actual).status).not.toBe("Invalid");
  });

  it("never shows a share typed as 70 On track at 9333%", () => {
    const result = evaluate("Meet at least 75% of the ROCB requests", 70);
    expect(result.status).toBe("Invalid");
    expect(result.progress).toBeNull();
    expect(result.note).not.toMatch(/%\)|9333/);
  });
});
