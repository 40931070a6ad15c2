/**
 * The AddinApi methods that make a NEW workbook (the next cycle, a new plan from text), loaded
 * on first use so neither they nor the .xlsx writer weigh on the pane's first chunk or the
 * ribbon's. The open workbook is read in one Excel.run and never written; the new one is built
 * and opened outside it.
 */
import type { AddinApi } from "../workbook/addinApi";
import type { WorkbookGateway } from "../workbook/gateway";
import { draftNextCycle, nextCycleWorkbook, planFromTextWorkbook } from "../workbook/newWorkbookPlans";
import { toUserError } from "./errors";
import { hostCreateWorkbook, openNewWorkbook, type CreateWorkbook } from "./newWorkbookWindow";

export type WithGateway = <T>(operation: (gateway: WorkbookGateway) => Promise<T>) => Promise<T>;

export type NewWorkbookMethods = Pick<AddinApi, "draftNextCycle" | "createNextCycle" | "createPlanFromText">;

/** `create`: Excel.createWorkbook to use; undefined means the host's (where supported), null never (always a download). */
export function newWorkbookMethods(withGateway: WithGateway, create: CreateWorkbook | null | undefined): NewWorkbookMethods {
  const open = async (specs: Parameters<typeof openNewWorkbook>[0], name: string) => {
    try {
      return await openNewWorkbook(specs, name, create === undefined ? hostCreateWorkbook() : create);
    } catch (error) {
      throw toUserError(error);
    }
  };
  return {
    draftNextCycle: () => withGateway((gateway) => draftNextCycle(gateway)),
    createNextCycle: async (options) => {
      const { specs, report } = await withGateway((gateway) => nextCycleWorkbook(gateway, options));
      return { report, file: await open(specs, report.name) };
    },
    createPlanFromText: async (text, choices) => {
      const { specs, ...plan } = await withGateway((gateway) => planFromTextWorkbook(gateway, text, choices));
      return { ...plan, file: specs ? await open(specs, plan.name) : null };
    },
  };
}
