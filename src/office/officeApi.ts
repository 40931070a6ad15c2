/**
 * AddinApi over Excel.run: every method is one Excel.run with an OfficeGateway and the shared
 * workbook operations. Failures reach the pane as WorkbookErrors in plain words.
 */
import type { AddinApi } from "../workbook/addinApi";
import {
  evaluateWorkbook,
  importPlanIntoWorkbook,
  PLAN_INPUT_TABLES,
  recalculateWorkbook,
  setThresholds,
  setUpWorkbook,
  validateWorkbook,
} from "../workbook/operations";
import { generateStatusSheet } from "../workbook/statusSheet";
import { DEFAULT_DEBOUNCE_MS, watchDataChanges, type ExcelRun } from "./changeWatcher";
import { toUserError } from "./errors";
import { OfficeGateway, type OfficeGatewayOptions } from "./officeGateway";

export type { ExcelRun } from "./changeWatcher";

export interface OfficeApiOptions extends OfficeGatewayOptions {
  /** Quiet time after the last edit before live recalculation fires. */
  debounceMs?: number;
}

export function createOfficeApi(run: ExcelRun, options: OfficeApiOptions = {}): AddinApi {
  const withGateway = async <T>(operation: (gateway: OfficeGateway) => Promise<T>): Promise<T> => {
    try {
      return await run((context) => operation(new OfficeGateway(context, options)));
    } catch (error) {
      throw toUserError(error);
    }
  };

  return {
    evaluate: () => withGateway(async (gateway) => evaluateWorkbook(await gateway.read(PLAN_INPUT_TABLES))),
    recalculate: () => withGateway((gateway) => recalculateWorkbook(gateway)),
    validate: () => withGateway(async (gateway) => validateWorkbook(await gateway.read(PLAN_INPUT_TABLES))),
    selectCell: (target) => withGateway((gateway) => gateway.selectCell(target)),
    setUp: () => withGateway((gateway) => setUpWorkbook(gateway)),
    importPlanText: (text) => withGateway((gateway) => importPlanIntoWorkbook(gateway, text)),
    setThresholds: (thresholds) => withGateway((gateway) => setThresholds(gateway, thresholds)),
    generateStatusSheet: () => withGateway((gateway) => generateStatusSheet(gateway)),
    onDataChanged: async (handler) => {
      try {
        return await watchDataChanges(run, handler, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
      } catch (error) {
        throw toUserError(error);
      }
    },
  };
}
