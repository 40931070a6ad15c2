import type { TargetPart } from "../../types";

/** Above this a number is a typo or an overflow, not a target. */
const LARGEST_VALUE = 1e12;

function show(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

/**
 * Values that cannot be right even though they read cleanly ("40/33 Members", "150% of requests",
 * "2.5 workshops"). Returns why, or null when the part is in range.
 * A growth above 100% is allowed (doubling is a 100% growth); a share above 100% is not.
 */
export function rangeProblem(part: TargetPart): string | null {
  const { value, of, perMonths } = part;
  if (!Number.isFinite(value) || value > LARGEST_VALUE) return "the number is too large to be a target";
  if (value < 0) return "a target cannot be negative";
  if (of !== undefined) {
    if (!Number.isFinite(of) || of > LARGEST_VALUE) return "the number it is counted out of is too large";
    if (of <= 0) return `nothing can be counted out of ${show(of)}`;
    if (value > of) return `${show(value)} is more than the ${show(of)} it is counted out of`;
  }
  if (part.kind === "count" && !Number.isInteger(value)) return `a count must be a whole number, not ${show(value)}`;
  if (part.kind === "count" && of !== undefined && !Number.isInteger(of)) {
    return `a count must be out of a whole number, not ${show(of)}`;
  }
  if (part.kind === "share" && value > 1) return `a share cannot be more than 100% (it says ${show(value * 100)}%)`;
  if (perMonths !== undefined && !(perMonths > 0 && Number.isFinite(perMonths))) {
    return "a period must be longer than zero";
  }
  return null;
}
