/**
 * AddinApi over Excel.run: every method is one Excel.run with an OfficeGateway and the shared
 * workbook operations. Failures reach the pane as WorkbookErrors in plain words.
 */
import type { ActivityInput, ActualInput, AddinApi, NewPlanOptions, RecalcReport, UpdateInput } from "../workbook/addinApi";
import type { Thresholds } from "../core/types";
import { LiveRecalculation } from "../workbook/live/liveRecalculation";
import type { TableChange } from "../workbook/live/changes";
import {
  evaluateWorkbook,
  importPlanIntoWorkbook,
  PLAN_INPUT_TABLES,
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
}

export function createOfficeApi(run: ExcelRun, options: OfficeApiOptions = {}): AddinApi {
  const foreground: Batch = (batch) => run(batch);
  // Recalculation is what live recalculation runs on every edit: it waits for the user to
  // leave the cell instead of failing (backgroundRun).
  const background = backgroundRun(run, { retryMs: options.cellEditRetryMs });
  const using =
    (runner: Batch, gatewayOptions: OfficeGatewayOptions = options) =>
    async <T>(operation: (gateway: OfficeGateway) => Promise<T>): Promise<T> => {
      try {
        return await runner((context) => operation(new OfficeGateway(context, gatewayOptions)));
      } catch (error) {
        throw toUserError(error);
      }
    };
  const withGateway = using(foreground);

  // Live recalculation (src/workbook/live): the session keeps the last snapshot; the watchers
  // collect every table change for its next round. The add-in's other writes run with events
  // off, so after any of them the session reads everything again.
  const live = new LiveRecalculation();
  let pending: TableChange[] = [];
  const collect = (change: TableChange): void => void pending.push(change);
  const liveGatewayOptions: OfficeGatewayOptions = { ...options, oneSyncCellWrites: true };
  const inBackground = using(background, liveGatewayOptions);
  const liveRound = (changes: readonly TableChange[] | "full"): Promise<RecalcReport> => inBackground((gateway) => live.round(gateway, changes));
  const writing =
    <A extends unknown[], T>(operation: (...args: A) => Promise<T>) =>
    async (...args: A): Promise<T> => {
      try {
        return await operation(...args);
      } finally {
        live.invalidate();
      }
    };

  // Live subscriptions, re-armed after Set up: a pane that subscribed to an empty workbook
  // would otherwise never hear of the tables Set up inserts.
  const watches = new Set<DataWatch>();
  const rearmWatches = (): Promise<unknown> => Promise.all([...watches].map((watch) => watch.rearm().catch(() => undefined)));

  return {
    evaluate: () => withGateway(async (gateway) => evaluateWorkbook(await gateway.read(PLAN_INPUT_TABLES))),
    recalculate: () => {
      pending = [];
      return liveRound("full");
    },
    recalculateLive: () => {
      const changes = pending;
      pending = [];
      return liveRound(changes);
    },
    validate: () => withGateway(async (gateway) => validateWorkbook(await gateway.read(PLAN_INPUT_TABLES))),
    selectCell: (target) => withGateway((gateway) => gateway.selectCell(target)),
    setUp: writing(async () => {
      const report = await withGateway((gateway) => setUpWorkbook(gateway));
      if (report.created.length > 0) await rearmWatches();
      return report;
    }),
    importPlanText: writing((text: string) => withGateway((gateway) => importPlanIntoWorkbook(gateway, text))),
    setThresholds: writing((thresholds: Thresholds) => withGateway((gateway) => setThresholds(gateway, thresholds))),
    generateStatusSheet: () => withGateway((gateway) => generateStatusSheet(gateway)),
    checkExcel: () => runSelfTest(run, (options.hostInfo ?? officeHostInfo)(), options.selfTest),
    startNewPlan: writing(async (options: NewPlanOptions) => {
      const report = await withGateway((gateway) => startNewPlan(gateway, options));
      if (report.created.length > 0) await rearmWatches();
      return report;
    }),
    importNewPlan: writing(async (options: NewPlanOptions, text: string) => {
      const report = await withGateway((gateway) => importNewPlan(gateway, options, text));
      if (report.setup.created.length > 0) await rearmWatches();
      return report;
    }),
    kpiRecords: (ref, part) => withGateway((gateway) => readKpiRecords(gateway, ref, part)),
    logUpdate: writing((input: UpdateInput) => withGateway((gateway) => logUpdate(gateway, input))),
    setActual: writing((input: ActualInput) => withGateway((gateway) => setManualActual(gateway, input))),
    recordActivity: writing((input: ActivityInput) => withGateway((gateway) => recordActivity(gateway, input))),
    onDataChanged: async (handler) => {
      let watch: DataWatch;
      try {
        // The echo of a live round's own write (changes in computed columns only) starts no round.
        const onEdits = (): void => {
          if (live.needsRound(pending)) handler();
        };
        watch = await watchDataChanges(background, onEdits, options.debounceMs ?? DEFAULT_DEBOUNCE_MS, collect);
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
