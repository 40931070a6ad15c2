/**
 * The name and period every new plan needs, checked the same way wherever one is made (an empty
 * plan of your own, the next cycle). Kept apart from the operations so a form can check its
 * fields without loading them.
 */

export type PlanPeriodErrors = Partial<Record<"name" | "start" | "end", string>>;

const isDate = (value: number | null): value is number => value !== null && Number.isFinite(value);

/** Messages naming `subject` ("the plan", "the next plan"); empty when name and period are fine. */
export function planPeriodErrors(name: string, start: number | null, end: number | null, subject = "the plan"): PlanPeriodErrors {
  const errors: PlanPeriodErrors = {};
  if (name.trim() === "") errors.name = `Enter ${subject}'s name.`;
  if (!isDate(start)) errors.start = `Enter the date ${subject} starts.`;
  if (!isDate(end)) errors.end = `Enter the date ${subject} ends.`;
  else if (isDate(start) && end <= start) errors.end = `${subject.charAt(0).toUpperCase()}${subject.slice(1)} must end after it starts.`;
  return errors;
}
