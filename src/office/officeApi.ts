/**
 * AddinApi over Excel.run: every method is one Excel.run with an OfficeGateway and the shared
 * workbook operations. Failures reach the pane as WorkbookErrors in plain words.
 *
 * Only what Overview needs (evaluate, recalculate, validate, live changes) is imported here;
 * Set up with the bundled plan, Import, thresholds, the status sheet, a new plan, a KPI's
 * records and the forms that write them, and the self test are loaded on first use
 * (lazyPart.ts), each before its Excel.run starts.
 */
import type { ActivityInput, ActualInput, AddinApi, NewPlanOptions, RecalcReport, UpdateInput } from "../workbook/addinApi";
import type { Thresholds } from "../core/types";
import type { LiveRecalculation } from "../workbook/live/liveRecalculation";
import type { TableChange } from "../workbook/live/changes";
import { PLAN_INPUT_TABLES } from "../workbook/inputTables";
import { evaluateWorkbook, validateWorkbook } from "../workbook/evaluate";
import { backgroundRun, type Batch, type ExcelRun } from "./backgroundRun";
import { DEFAULT_DEBOUNCE_MS, watchDataChanges, type DataWatch } from "./changeWatcher";
import { toUserError } from "./errors";
import { loadPart } from "./lazyPart";
import type { CreateWorkbook } from "./newWorkbookWindow";
import { OfficeGateway, type OfficeGatewayOptions } from "./officeGateway";
import type { HostInfo, SelfTestOptions } from "./selfTest";

// webpackChunkName: the file names the browser tests route to 404 to check a failed load.
const setupPart = () => loadPart(() => import(/* webpackChunkName: "setup" */ "../workbook/setup"));
const importPart = () => loadPart(() => import(/* webpackChunkName: "import" */ "../workbook/importOperation"));
const startPlanPart = () => loadPart(() => import(/* webpackChunkName: "start-plan" */ "../workbook/startPlan"));
const thresholdsPart = () => loadPart(() => import(/* webpackChunkName: "thresholds" */ "../workbook/thresholdsOperation"));
const statusSheetPart = () => loadPart(() => import(/* webpackChunkName: "status-sheet" */ "../workbook/statusSheet"));
const kpiRecordsPart = () => loadPart(() => import(/* webpackChunkName: "kpi-records" */ "../workbook/kpiRecords"));
const recordPart = () => loadPart(() => import(/* webpackChunkName: "record" */ "../workbook/recordOperations"));
const livePart = () => loadPart(() => import(/* webpackChunkName: "live" */ "../workbook/live/liveRecalculation"));
const selfTestPart = () => loadPart(() => import(/* webpackChunkName: "self-test" */ "./selfTest"));

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
  // Its code loads with the first recalculation, after Overview is on screen; until then there
  // is no snapshot, so every change needs a round, as for a session that has none.
  let live: LiveRecalculation | null = null;
  let loadingLive: Promise<LiveRecalculation> | null = null;
  const liveSession = (): Promise<LiveRecalculation> => {
    if (live) return Promise.resolve(live);
    // One load for rounds asked for meanwhile; a failed load is tried again next time.
    loadingLive ??= livePart().then(
      (part) => (live = new part.LiveRecalculation()),
      (error: unknown) => {
        loadingLive = null;
        throw error;
      }
    );
    return loadingLive;
  };
  let pending: TableChange[] = [];
  const collect = (change: TableChange): void => void pending.push(change);
  const liveGatewayOptions: OfficeGatewayOptions = { ...options, oneSyncCellWrites: true };
  const inBackground = using(background, liveGatewayOptions);
  const liveRound = async (changes: readonly TableChange[] | "full"): Promise<RecalcReport> => {
    const session = await liveSession();
    return inBackground((gateway) => session.round(gateway, changes));
  };
  const writing =
    <A extends unknown[], T>(operation: (...args: A) => Promise<T>) =>
    async (...args: A): Promise<T> => {
      try {
        return await operation(...args);
      } finally {
        live?.invalidate();
      }
    };

  // The next cycle and a new plan from text, loaded on first use (newWorkbookApi.ts).
  const newWorkbooks = async () => {
    const { newWorkbookMethods } = await loadPart(() => import(/* webpackChunkName: "new-workbooks" */ "./newWorkbookApi"));
    return newWorkbookMethods(withGateway, options.createWorkbook);
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
      const { setUpWorkbook } = await setupPart();
      const report = await withGateway((gateway) => setUpWorkbook(gateway));
      if (report.created.length > 0) await rearmWatches();
      return report;
    }),
    importPlanText: writing(async (text: string) => {
      const { importPlanIntoWorkbook } = await importPart();
      return withGateway((gateway) => importPlanIntoWorkbook(gateway, text));
    }),
    setThresholds: writing(async (thresholds: Thresholds) => {
      const { setThresholds } = await thresholdsPart();
      return withGateway((gateway) => setThresholds(gateway, thresholds));
    }),
    generateStatusSheet: async () => {
      const { generateStatusSheet } = await statusSheetPart();
      return withGateway((gateway) => generateStatusSheet(gateway));
    },
    checkExcel: async () => {
      const { officeHostInfo, runSelfTest } = await selfTestPart();
      return runSelfTest(run, (options.hostInfo ?? officeHostInfo)(), options.selfTest);
    },
    startNewPlan: writing(async (options: NewPlanOptions) => {
      const { startNewPlan } = await startPlanPart();
      const report = await withGateway((gateway) => startNewPlan(gateway, options));
      if (report.created.length > 0) await rearmWatches();
      return report;
    }),
    importNewPlan: writing(async (options: NewPlanOptions, text: string) => {
      const { importNewPlan } = await startPlanPart();
      const report = await withGateway((gateway) => importNewPlan(gateway, options, text));
      if (report.setup.created.length > 0) await rearmWatches();
      return report;
    }),
    draftNextCycle: async () => (await newWorkbooks()).draftNextCycle(),
    createNextCycle: async (next) => (await newWorkbooks()).createNextCycle(next),
    createPlanFromText: async (text, choices) => (await newWorkbooks()).createPlanFromText(text, choices),
    kpiRecords: async (ref, part) => {
      const { readKpiRecords } = await kpiRecordsPart();
      return withGateway((gateway) => readKpiRecords(gateway, ref, part));
    },
    logUpdate: writing(async (input: UpdateInput) => {
      const { logUpdate } = await recordPart();
      return withGateway((gateway) => logUpdate(gateway, input));
    }),
    setActual: writing(async (input: ActualInput) => {
      const { setManualActual } = await recordPart();
      return withGateway((gateway) => setManualActual(gateway, input));
    }),
    recordActivity: writing(async (input: ActivityInput) => {
      const { recordActivity } = await recordPart();
      return withGateway((gateway) => recordActivity(gateway, input));
    }),
    onDataChanged: async (handler) => {
      let watch: DataWatch;
      try {
        // The echo of a live round's own write (changes in computed columns only) starts no round.
        const onEdits = (): void => {
          if (live ? live.needsRound(pending) : pending.length > 0) handler();
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
