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
import { backgroundRun, type Batch, type ExcelRun } from "./backgroundRun";
import { DEFAULT_DEBOUNCE_MS, watchDataChanges, type DataWatch } from "./changeWatcher";
import { importNewPlan, startNewPlan } from "../workbook/startPlan";
import { readKpiRecords } from "../workbook/kpiRecords";
import { logUpdate, recordActivity, setManualActual } from "../workbook/recordOperations";
import { toUserError } from "./errors";
import type { CreateWorkbook } from "./newWorkbookWindow";
import { OfficeGateway, type OfficeGatewayOptions } from "./officeGateway";
import { officeHostInfo, runSelfTest, type HostInfo, type SelfTestOptions } from "./selfTest";

export type { ExcelRun } from "./backgroundRun";

export interface OfficeApiOptions extends OfficeGatewayOptions {
  /** Quiet time after the last edit before live recalculation fires. */
  debounceMs?: number;
  /** Wait between tries of a background batch while the user is still editing a cell. */
  cellEditRetryMs?: number;
  /** The host "Check this Excel" reports on (default: Office.context). */
  hostInfo?: () => HostInfo;
  selfTest?: SelfTestOptions;
  /** Excel.createWorkbook (default: the host's, where ExcelApi 1.8 is supported; null: never open, always download). */
  createWorkbook?: CreateWorkbook | null;
}

export function createOfficeApi(run: ExcelRun, options: OfficeApiOptions = {}): AddinApi {
  const foreground: Batch = (batch) => run(batch);
  // Recalculation is what live recalculation runs on every edit: it waits for the user to
  // leave the cell instead of failing (backgroundRun).
  const background = backgroundRun(run, { retryMs: options.cellEditRetryMs });
  const using =
    (runner: Batch) =>
    async <T>(operation: (gateway: OfficeGateway) => Promise<T>): Promise<T> => {
      try {
        return await runner((context) => operation(new OfficeGateway(context, options)));
      } catch (error) {
        throw toUserError(error);
      }
    };
  const withGateway = using(foreground);
  const inBackground = using(background);

  // The next cycle and a new plan from text, loaded on first use (newWorkbookApi.ts).
  const newWorkbooks = async () => {
    try {
      const { newWorkbookMethods } = await import(/* webpackChunkName: "new-workbooks" */ "./newWorkbookApi");
      return newWorkbookMethods(withGateway, options.createWorkbook);
    } catch (error) {
      throw toUserError(error);
    }
  };

  // Live subscriptions, re-armed after Set up: a pane that subscribed to an empty workbook
  // would otherwise never hear of the tables Set up inserts.
  const watches = new Set<DataWatch>();
  const rearmWatches = (): Promise<unknown> => Promise.all([...watches].map((watch) => watch.rearm().catch(() => undefined)));

  return {
    evaluate: () => withGateway(async (gateway) => evaluateWorkbook(await gateway.read(PLAN_INPUT_TABLES))),
    recalculate: () => inBackground((gateway) => recalculateWorkbook(gateway)),
    validate: () => withGateway(async (gateway) => validateWorkbook(await gateway.read(PLAN_INPUT_TABLES))),
    selectCell: (target) => withGateway((gateway) => gateway.selectCell(target)),
    setUp: async () => {
      const report = await withGateway((gateway) => setUpWorkbook(gateway));
      if (report.created.length > 0) await rearmWatches();
      return report;
    },
    importPlanText: (text) => withGateway((gateway) => importPlanIntoWorkbook(gateway, text)),
    setThresholds: (thresholds) => withGateway((gateway) => setThresholds(gateway, thresholds)),
    generateStatusSheet: () => withGateway((gateway) => generateStatusSheet(gateway)),
    checkExcel: () => runSelfTest(run, (options.hostInfo ?? officeHostInfo)(), options.selfTest),
    startNewPlan: async (options) => {
      const report = await withGateway((gateway) => startNewPlan(gateway, options));
      if (report.created.length > 0) await rearmWatches();
      return report;
    },
    importNewPlan: async (options, text) => {
      const report = await withGateway((gateway) => importNewPlan(gateway, options, text));
      if (report.setup.created.length > 0) await rearmWatches();
      return report;
    },
    draftNextCycle: async () => (await newWorkbooks()).draftNextCycle(),
    createNextCycle: async (next) => (await newWorkbooks()).createNextCycle(next),
    createPlanFromText: async (text, choices) => (await newWorkbooks()).createPlanFromText(text, choices),
    kpiRecords: (ref, part) => withGateway((gateway) => readKpiRecords(gateway, ref, part)),
    logUpdate: (input) => withGateway((gateway) => logUpdate(gateway, input)),
    setActual: (input) => withGateway((gateway) => setManualActual(gateway, input)),
    recordActivity: (input) => withGateway((gateway) => recordActivity(gateway, input)),
    onDataChanged: async (handler) => {
      let watch: DataWatch;
      try {
        watch = await watchDataChanges(background, handler, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
      } catch (error) {
        throw toUserError(error);
      }
      watches.add(watch);
      return () => {
        watches.delete(watch);
        watch.stop();
      };
    },
  };
}
