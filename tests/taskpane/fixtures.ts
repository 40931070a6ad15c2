/** A hand-made PlanEvaluation and a fake AddinApi for the task pane's tests. */
import { STATUSES, type Rollup, type Status, type Thresholds } from "../../src/core/types";
import type { AddinApi, CellTarget, ImportReport, KpiRecords, NewWorkbookFile, RecalcReport, RolloverReport } from "../../src/workbook/addinApi";
import type { EvaluatedKpi, PlanEvaluation, Problem } from "../../src/workbook/model";
import type { OverviewProps } from "../../src/taskpane/components/Overview";

export const AS_OF = 45473; // 2024-06-30

export function rollupOf(statuses: Status[], meanProgress: number | null): Rollup {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const status of statuses) counts[status] += 1;
  const withData = statuses.filter((status) => status !== "No data" && status !== "Invalid").length;
  return { counts, total: statuses.length, withData, meanProgress };
}

export function kpi(overrides: Partial<EvaluatedKpi> & Pick<EvaluatedKpi, "row" | "ref" | "status">): EvaluatedKpi {
  return {
    pillar: Number(overrides.ref.split("-")[0]),
    part: 1,
    action: `Action ${overrides.ref}`,
    kpi: `KPI of ${overrides.ref}`,
    target: "At least 10 workshops",
    owner: "CBM",
    comment: "",
    weight: 1,
    rspKeys: [],
    specificAction: false,
    objectives: [],
    measure: "manual",
    actual: 5,
    baseline: 0,
    deadline: AS_OF,
    targetValue: 10,
    expected: 10,
    progress: 0.5,
    performance: 0.5,
    lastUpdate: 45400,
    stale: false,
    note: "",
    ...overrides,
  };
}

export const KPIS: EvaluatedKpi[] = [
  kpi({ row: 0, ref: "1-a", status: "On track", owner: "CBM", objectives: ["1.1.3"], rspKeys: ["1.1.3-M1"] }),
  kpi({ row: 1, ref: "1-b", status: "At risk", owner: "Head", objectives: ["1.2.1"], rspKeys: ["1.2.1-M1"] }),
  kpi({ row: 2, ref: "1-b", part: 2, status: "Achieved", owner: "Head", objectives: ["1.2.1"], kpi: "Second part" }),
  kpi({ row: 3, ref: "2-a", status: "Off track", owner: "CBM", objectives: ["2.1.1"], stale: true, lastUpdate: 45000 }),
  kpi({ row: 4, ref: "2-b", status: "No data", owner: "Vice Chair", progress: null, actual: null, stale: true, lastUpdate: null }),
  kpi({ row: 5, ref: "3-a", status: "Missed", owner: "CBM", objectives: ["3.1.1"] }),
  kpi({ row: 6, ref: "3-b", status: "On track", owner: "Head", stale: true, specificAction: true }),
  kpi({ row: 7, ref: "4-a", status: "Off track", owner: "Vice Chair", objectives: ["1.1.3"] }),
];

export const PROBLEMS: Problem[] = [
  {
    severity: "error",
    table: "Plan",
    row: 4,
    column: "Target",
    message: 'Target "lots": expected a number such as "At least 10"',
    address: "Plan!G6",
  },
  { severity: "warning", table: "WorkPlan", row: 2, column: "Refs", message: 'Unknown Ref "9-z"' },
  { severity: "error", table: "Members", row: null, column: null, message: "The Members table is missing" },
];

export function makeEvaluation(overrides: Partial<PlanEvaluation> = {}): PlanEvaluation {
  return {
    settings: {
      planName: "ROCB A/P Strategic Action Plan 2022-2024",
      pillars: { 1: "Conventions", 2: "Capacity", 3: "Partnership", 4: "Governance" },
      planStart: 44743,
      planEnd: AS_OF,
      asOf: AS_OF,
      fiscalYearStartMonth: 7,
      thresholds: { onTrackAt: 1, atRiskAt: 0.8 },
      staleAfterDays: 90,
    },
    asOf: AS_OF,
    kpis: KPIS,
    pillars: [
      { pillar: 1, title: "Conventions", rollup: rollupOf(["On track", "At risk", "Achieved"], 0.67) },
      { pillar: 2, title: "Capacity", rollup: rollupOf(["Off track", "No data"], 0.5) },
      { pillar: 3, title: "Partnership", rollup: rollupOf(["Missed", "On track"], 0.5) },
      { pillar: 4, title: "Governance", rollup: rollupOf(["Off track"], 0.5) },
    ],
    milestones: [
      {
        key: "1.1.3-M1",
        objective: "1.1.3",
        milestone: 1,
        description: "Regional workshop held",
        actions: ["1-a", "4-a"],
        rollup: rollupOf(["On track", "Off track"], 0.5),
      },
      {
        key: "1.2.1-M1",
        objective: "1.2.1",
        milestone: 1,
        description: "Diagnostic done",
        actions: ["1-b"],
        rollup: rollupOf(["At risk", "Achieved"], 0.75),
      },
      {
        key: "1.2.1-M2",
        objective: "1.2.1",
        milestone: 2,
        description: "Action plan adopted",
        actions: [],
        rollup: rollupOf([], null),
      },
    ],
    objectives: [],
    milestonesWithoutActions: ["1.2.1-M2"],
    actionsWithoutMilestones: ["2-b", "3-b"],
    problems: PROBLEMS,
    ...overrides,
  };
}

export function recalcReport(evaluation: PlanEvaluation = makeEvaluation(), durationMs = 420): RecalcReport {
  return { evaluation, rowsWritten: evaluation.kpis.length, durationMs };
}

export interface FakeApi extends AddinApi {
  evaluate: jest.Mock<Promise<PlanEvaluation>, []>;
  recalculate: jest.Mock<ReturnType<AddinApi["recalculate"]>, []>;
  validate: jest.Mock<ReturnType<AddinApi["validate"]>, []>;
  selectCell: jest.Mock<Promise<void>, Parameters<AddinApi["selectCell"]>>;
  setUp: jest.Mock<ReturnType<AddinApi["setUp"]>, []>;
  importPlanText: jest.Mock<ReturnType<AddinApi["importPlanText"]>, [string]>;
  setThresholds: jest.Mock<Promise<void>, Parameters<AddinApi["setThresholds"]>>;
  generateStatusSheet: jest.Mock<ReturnType<AddinApi["generateStatusSheet"]>, []>;
  onDataChanged: jest.Mock<Promise<() => void>, [() => void]>;
  startNewPlan: jest.Mock<ReturnType<AddinApi["startNewPlan"]>, Parameters<AddinApi["startNewPlan"]>>;
  importNewPlan: jest.Mock<ReturnType<AddinApi["importNewPlan"]>, Parameters<AddinApi["importNewPlan"]>>;
  kpiRecords: jest.Mock<ReturnType<AddinApi["kpiRecords"]>, Parameters<AddinApi["kpiRecords"]>>;
  logUpdate: jest.Mock<ReturnType<AddinApi["logUpdate"]>, Parameters<AddinApi["logUpdate"]>>;
  setActual: jest.Mock<ReturnType<AddinApi["setActual"]>, Parameters<AddinApi["setActual"]>>;
  recordActivity: jest.Mock<ReturnType<AddinApi["recordActivity"]>, Parameters<AddinApi["recordActivity"]>>;
  draftNextCycle: jest.Mock<ReturnType<AddinApi["draftNextCycle"]>, []>;
  createNextCycle: jest.Mock<ReturnType<AddinApi["createNextCycle"]>, Parameters<AddinApi["createNextCycle"]>>;
  createPlanFromText: jest.Mock<ReturnType<AddinApi["createPlanFromText"]>, Parameters<AddinApi["createPlanFromText"]>>;
  /** The handler App registered with onDataChanged, to simulate an edit. */
  changeHandler(): () => void;
  unsubscribe: jest.Mock<void, []>;
}

export const ROLLOVER_REPORT: RolloverReport = {
  name: "Plan 2024-2026",
  planRows: 60,
  baselinesFromActual: 12,
  ratesStartedAfresh: ["1-c", "2-d"],
  deadlinesCleared: 2,
  members: 33,
  rsp: 40,
  historyRows: 120,
  userColumns: [],
};

export function newWorkbookFile(fileName: string, opened = true): NewWorkbookFile {
  return { fileName, bytes: new Uint8Array([80, 75, 3, 4]), opened, note: opened ? "Opened the new workbook in a new Excel window." : "This Excel cannot open a new workbook." };
}

export function fakeApi(evaluation: PlanEvaluation = makeEvaluation()): FakeApi {
  const unsubscribe = jest.fn<void, []>();
  const api: FakeApi = {
    evaluate: jest.fn(async () => evaluation),
    recalculate: jest.fn(async () => recalcReport(evaluation)),
    validate: jest.fn(async () => PROBLEMS),
    selectCell: jest.fn(async (_target: CellTarget) => undefined),
    setUp: jest.fn(async () => ({ created: ["Settings"], existing: [], message: "Created 1 table." })),
    importPlanText: jest.fn(async (_text: string): Promise<ImportReport> => ({ rowsImported: 0, unplaced: [], message: "Nothing imported." })),
    setThresholds: jest.fn(async (_thresholds: Thresholds) => undefined),
    generateStatusSheet: jest.fn(async () => ({ sheetName: "Status 2024-06-30", kpis: 8, historyRows: 8 })),
    onDataChanged: jest.fn(async (_handler: () => void) => unsubscribe),
    startNewPlan: jest.fn(async (..._args: Parameters<AddinApi["startNewPlan"]>) => ({ created: ["Settings", "Plan"], existing: [], message: "Set up inserted 7 tables." })),
    importNewPlan: jest.fn(async (..._args: Parameters<AddinApi["importNewPlan"]>) => ({
      setup: { created: ["Plan"], existing: [], message: "Set up inserted 7 tables." },
      imported: { rowsImported: 3, unplaced: [], message: "Imported 3 rows into Plan." },
    })),
    kpiRecords: jest.fn(async (ref: string, part: number) => kpiRecords(ref, part)),
    logUpdate: jest.fn(async (..._args: Parameters<AddinApi["logUpdate"]>) => ({ message: "Logged an update for 1-b part 1 in Updates.", target: { table: "Updates", row: 3, column: null } })),
    setActual: jest.fn(async (..._args: Parameters<AddinApi["setActual"]>) => ({ message: "Set the actual of 1-a part 1 to 7.", target: { table: "Plan", row: 0, column: "Actual" } })),
    recordActivity: jest.fn(async (..._args: Parameters<AddinApi["recordActivity"]>) => ({ message: "Marked AWP-002 held.", target: { table: "WorkPlan", row: 1, column: null } })),
    draftNextCycle: jest.fn(async () => ({
      current: { name: "Plan 2022-2024", start: 44743, end: 45473 },
      start: 45474,
      end: 46203,
      name: "Plan 2024-2026",
      report: ROLLOVER_REPORT,
    })),
    createNextCycle: jest.fn(async (options: Parameters<AddinApi["createNextCycle"]>[0]) => ({
      report: { ...ROLLOVER_REPORT, name: options.name ?? ROLLOVER_REPORT.name },
      file: newWorkbookFile(`${options.name ?? ROLLOVER_REPORT.name}.xlsx`),
    })),
    createPlanFromText: jest.fn(async (..._args: Parameters<AddinApi["createPlanFromText"]>) => ({
      name: "Pacific Plan 2026-2028",
      settings: [],
      settingLines: ['Plan start = 2026-07-01 (from line 2 ("Period: July 2026 – June 2028"))'],
      missing: [],
      rowsImported: 3,
      unplaced: [],
      userColumns: [],
      members: 0,
      rsp: 0,
      message: 'New plan "Pacific Plan 2026-2028": 3 rows into Plan.',
      file: newWorkbookFile("Pacific Plan 2026-2028.xlsx"),
    })),
    unsubscribe,
    changeHandler() {
      const calls = api.onDataChanged.mock.calls;
      if (calls.length === 0) throw new Error("onDataChanged was never called");
      return calls[calls.length - 1][0];
    },
  };
  return api;
}

export const MEMBERS = [
  { code: "ID", name: "Indonesia", subregion: "SEA" },
  { code: "MN", name: "Mongolia", subregion: "ECWA" },
  { code: "FJ", name: "Fiji", subregion: "PI" },
];

/** A KPI's records: two updates, an activity held and one planned, History, and who is missing. */
export function kpiRecords(ref = "1-b", part = 1, overrides: Partial<KpiRecords> = {}): KpiRecords {
  return {
    ref,
    part,
    updates: [
      { row: 1, date: 45400, value: 3, member: "Mongolia", evidence: "https://example.org/report", by: "Ana" },
      { row: 0, date: 45300, value: 2, member: "ID", evidence: "", by: "" },
    ],
    activities: [
      { row: 1, id: "AWP-002", activity: "Workshop B", status: "Planned", planned: 45450, heldOn: null, participants: null, women: null, score: null, members: ["FJ"], held: false },
      { row: 0, id: "AWP-001", activity: "Workshop A", status: "Held", planned: 45000, heldOn: 45010, participants: 20, women: 8, score: 4.2, members: ["ID"], held: true },
    ],
    history: [
      { asOf: 45000, actual: 1, progress: 0.1, status: "Off track" },
      { asOf: 45200, actual: 2, progress: 0.2, status: "At risk" },
    ],
    members: MEMBERS,
    coverage: {
      source: "updates",
      counted: 2,
      total: 3,
      unknown: [],
      subregions: [
        { subregion: "ECWA", counted: [MEMBERS[1]], missing: [] },
        { subregion: "PI", counted: [], missing: [MEMBERS[2]] },
        { subregion: "SEA", counted: [MEMBERS[0]], missing: [] },
      ],
    },
    ...overrides,
  };
}

/** Overview's props over the fixture evaluation, every callback a mock. */
export function overviewProps(overrides: Partial<OverviewProps> = {}): OverviewProps {
  return {
    evaluation: makeEvaluation(),
    recalculating: false,
    lastRecalc: null,
    onRecalculate: jest.fn(),
    onOpenKpi: jest.fn(),
    onOpenPillar: jest.fn(),
    generateStatusSheet: fakeApi().generateStatusSheet,
    onError: jest.fn(),
    ...overrides,
  };
}
