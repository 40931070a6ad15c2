/** What the pane decides from an evaluation before choosing a view. */
import type { PlanEvaluation, Problem } from "../workbook/model";

/** False when the workbook has no Plan table: the pane then opens on the welcome view. */
export function hasPlan(evaluation: PlanEvaluation | null): evaluation is PlanEvaluation {
  if (!evaluation) return false;
  return !evaluation.problems.some(
    (p) => p.severity === "error" && p.table.toLowerCase() === "plan" && p.row === null && p.column === null
  );
}

/** The Problems tab's count: errors when there are any (they stop KPIs being scored), else warnings. */
export function problemCount(problems: readonly Problem[]): { count: number; errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  return { count: errors > 0 ? errors : warnings, errors, warnings };
}
