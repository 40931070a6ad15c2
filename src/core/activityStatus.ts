/**
 * When a work-plan activity counts as held (DESIGN.md §2 "Activity status"): the one rule every
 * measure, rollup and status-sheet table uses. Cancelled and Postponed never count, whatever
 * their dates; otherwise a Held on date on or before as-of counts (data dated after as-of is
 * ignored), and an undated activity counts when its Status says Held.
 */

const NEVER_HELD = new Set(["cancelled", "canceled", "postponed"]);

export function normalizedActivityStatus(status: string): string {
  return status.trim().toLowerCase();
}

/** Cancelled or Postponed: an activity that must never count as held. */
export function isActivityCalledOff(status: string): boolean {
  return NEVER_HELD.has(normalizedActivityStatus(status));
}

export function isActivityHeld(status: string, heldOn: number | null, asOf: number): boolean {
  if (isActivityCalledOff(status)) return false;
  if (heldOn !== null) return heldOn <= asOf;
  return normalizedActivityStatus(status) === "held";
}
