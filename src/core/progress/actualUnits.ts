/**
 * Actuals that cannot be right for their target's unit (issue 10 §3): scoring them would print a
 * confident wrong number ("On track at 9333%" for a share typed as 70), so the engine flags them
 * instead. Pure: the workbook layer adds the cell.
 */
import type { TargetPart } from "../types";
import { formatNumber } from "./numbers";

/** Why `actual` cannot be a value of `part`'s unit, in plain words; null when it can. */
export function impossibleActual(part: TargetPart, actual: number): string | null {
  if (!Number.isFinite(actual)) return null;
  const a = formatNumber(actual);
  switch (part.kind) {
    case "share":
      if (actual < 0) return `${a} is negative, and a share is between 0% and 100%`;
      if (actual > 1 && actual <= 100) return `${a} looks like a percentage typed as a whole number: type ${a}% or ${formatNumber(actual / 100)}`;
      if (actual > 100) return `${a} is not a share: a share is between 0% and 100%`;
      return null;
    case "average":
      if (part.of === undefined) return null;
      if (actual < 0) return `An average of ${a} is below the scale of 0 to ${formatNumber(part.of)}`;
      if (actual > part.of) return `An average of ${a} is above the scale's top of ${formatNumber(part.of)} ("${formatNumber(part.value)} out of ${formatNumber(part.of)}")`;
      return null;
    case "count": {
      if (actual < 0) return `${a} is negative, and a count cannot be`;
      if (part.of !== undefined && actual > part.of) {
        const unit = part.unit ? ` ${part.unit}` : "";
        return `${a} is more than the ${formatNumber(part.of)}${unit} there are ("${formatNumber(part.value)}/${formatNumber(part.of)}${unit}")`;
      }
      return null;
    }
    case "growth":
      // Growth can be negative, and above 100%: no unit rule tells a slip from a fact.
      return null;
  }
}
