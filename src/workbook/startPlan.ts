/**
 * First run (issue 12): a plan of the user's own, from the pane. `startNewPlan` inserts the
 * empty tables of DESIGN.md §2 with the plan's name, period and pillars; `importNewPlan` does
 * the same and then imports pasted plan text into its Plan table, so Import no longer needs a
 * Plan table that only "Insert the bundled plan" used to create.
 */
import type { WorkbookGateway } from "./gateway";
import { WorkbookError } from "./gateway";
import type { ImportReport, SetupReport } from "./addinApi";
import { newPlanBundle, type NewPlanOptions } from "./newPlan";
import { setUpWorkbook } from "./setup";
import { importPlanIntoWorkbook } from "./importOperation";
import { parsePlanText } from "../core/importer";
import { planPeriodErrors } from "./planPeriod";

export type { NewPlanOptions } from "./newPlan";

/** Messages about the plan's name, dates and pillars; empty when the plan can be created. */
export function validateNewPlan(options: NewPlanOptions, pillarsRequired = true): Partial<Record<"name" | "start" | "end" | "pillars", string>> {
  const errors: Partial<Record<"name" | "start" | "end" | "pillars", string>> = planPeriodErrors(options.name, options.start, options.end);
  if (pillarsRequired && options.pillars.filter((title) => title.trim() !== "").length === 0) errors.pillars = "Enter at least one pillar title.";
  return errors;
}

function checked(options: NewPlanOptions, pillarsRequired = true): NewPlanOptions {
  const errors = validateNewPlan(options, pillarsRequired);
  if (Object.keys(errors).length > 0) throw new WorkbookError(`${Object.values(errors).join(" ")} Nothing was changed.`);
  return { ...options, name: options.name.trim(), pillars: options.pillars.map((t) => t.trim()).filter((t) => t !== "") };
}

export async function startNewPlan(gateway: WorkbookGateway, options: NewPlanOptions): Promise<SetupReport> {
  return setUpWorkbook(gateway, newPlanBundle(checked(options)));
}

export interface NewPlanImportReport {
  setup: SetupReport;
  /** Null when Set up declined (the workbook already has a plan), so nothing was imported. */
  imported: ImportReport | null;
}

export async function importNewPlan(gateway: WorkbookGateway, options: NewPlanOptions, text: string): Promise<NewPlanImportReport> {
  let plan = checked(options, false);
  if (text.trim() === "") throw new WorkbookError("Paste the plan text to import. Nothing was changed.");
  if (plan.pillars.length === 0) plan = { ...plan, pillars: pillarsNamedIn(text) };
  const setup = await setUpWorkbook(gateway, newPlanBundle(plan));
  if (setup.created.length === 0) return { setup, imported: null };
  return { setup, imported: await importPlanIntoWorkbook(gateway, text) };
}

/** "Pillar 1" … up to the highest pillar number the text's rows have, when the user named none. */
function pillarsNamedIn(text: string): string[] {
  const highest = Math.max(0, ...parsePlanText(text).rows.map((row) => row.pillar).filter((n) => Number.isInteger(n) && n > 0 && n <= 50));
  return Array.from({ length: highest }, (_, i) => `Pillar ${i + 1}`);
}
