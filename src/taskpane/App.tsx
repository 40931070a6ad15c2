import * as React from "react";
import { FluentProvider, Spinner, makeStyles, tokens, webLightTheme, type Theme } from "@fluentui/react-components";
import type { AddinApi, RecalcReport, RecordReport } from "../workbook/addinApi";
import type { EvaluatedKpi, PlanEvaluation, Problem } from "../workbook/model";
import { useLiveRecalculation } from "./hooks/useLiveRecalculation";
import { useRecalculation, type RecalcMode } from "./hooks/useRecalculation";
import { refsWithParts } from "./kpiExplain";
import { NO_FILTER, type PlanFilter } from "./planFilter";
import { hasPlan, problemCount } from "./planState";
import { NoticeBar, type Notice } from "./components/NoticeBar";
import { Overview } from "./components/Overview";
import { PartBoundary } from "./components/PartBoundary";
import { ViewTabs, type TabName } from "./components/ViewTabs";
import { KpiDetail, PlanView, ProblemsView, RspMap, SetupView, WelcomeView } from "./lazyViews";

export type { TabName } from "./components/ViewTabs";

export interface AppProps {
  api: AddinApi;
  /** Turns any error an api call threw into plain words naming what to do. */
  describeError: (error: unknown) => string;
  theme?: Theme;
  /** Quiet time after the last edit before live recalculation runs (ms). */
  liveRecalcDelayMs?: number;
}

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  shell: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  panel: { minWidth: 0 },
});

interface OpenKpi {
  ref: string;
  part: number;
}

export function App({ api, describeError, theme, liveRecalcDelayMs }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabName>("overview");
  const [evaluation, setEvaluation] = React.useState<PlanEvaluation | null>(null);
  const [problems, setProblems] = React.useState<Problem[]>([]);
  const [loading, setLoading] = React.useState(true);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [openKpi, setOpenKpi] = React.useState<OpenKpi | null>(null);
  const [planFilter, setPlanFilter] = React.useState<PlanFilter>(NO_FILTER);
  const [recordsVersion, setRecordsVersion] = React.useState(0);

  const showError = React.useCallback(
    (error: unknown) => setNotice({ intent: "error", text: describeError(error) }),
    [describeError]
  );
  const showEvaluation = React.useCallback((next: PlanEvaluation) => {
    setEvaluation(next);
    setProblems(next.problems);
  }, []);

  React.useEffect(() => {
    let active = true;
    setLoading(true);
    api.evaluate().then(
      (loaded) => active && showEvaluation(loaded),
      (error: unknown) => active && showError(error)
    ).finally(() => active && setLoading(false));
    return () => {
      active = false;
    };
  }, [api, showEvaluation, showError]);

  const recalculation = useRecalculation(
    React.useCallback((mode: RecalcMode) => (mode === "live" && api.recalculateLive ? api.recalculateLive() : api.recalculate()), [api]),
    React.useCallback((report: RecalcReport) => showEvaluation(report.evaluation), [showEvaluation]),
    showError
  );
  const subscribe = React.useCallback((handler: () => void) => api.onDataChanged(handler), [api]);
  const runRecalculation = recalculation.run;
  // Edits re-read only what they changed; the button and the rounds after a record read everything.
  const recalculateLive = React.useCallback(() => void runRecalculation("live"), [runRecalculation]);
  useLiveRecalculation(subscribe, recalculateLive, showError, liveRecalcDelayMs);

  const selectCell = React.useCallback((target: Parameters<AddinApi["selectCell"]>[0]) => api.selectCell(target), [api]);
  const recalculate = () => void runRecalculation();

  /** After a record: recalculate so status changes on screen and in the sheet, then select the written row. */
  const afterRecord = React.useCallback(
    async (report: RecordReport): Promise<RecordReport> => {
      await runRecalculation();
      setRecordsVersion((v) => v + 1);
      await api.selectCell(report.target).catch(showError);
      return report;
    },
    [api, runRecalculation, showError]
  );
  const loadRecords = React.useCallback((ref: string, part: number) => api.kpiRecords(ref, part), [api]);
  const openDetail = React.useCallback((kpi: EvaluatedKpi) => setOpenKpi({ ref: kpi.ref, part: kpi.part }), []);
  const openPillar = (pillar: number) => {
    setPlanFilter({ ...NO_FILTER, pillar: String(pillar) });
    setOpenKpi(null);
    setTab("plan");
  };
  const chooseTab = (next: TabName) => {
    setOpenKpi(null);
    setTab(next);
  };

  const planLoaded = hasPlan(evaluation);
  const detailKpi =
    planLoaded && openKpi ? evaluation.kpis.find((k) => k.ref === openKpi.ref && k.part === openKpi.part) ?? null : null;

  let view: React.ReactNode;
  // Views other than Overview load on first use; each gets its own boundary (key), so a view
  // that failed to load does not stay in the way of the next one.
  let part: string = tab;
  if (loading) {
    view = <Spinner label="Reading the workbook…" />;
  } else if (!planLoaded) {
    part = "welcome";
    view = (
      <WelcomeView
        setUp={() => api.setUp()}
        startNewPlan={(options) => api.startNewPlan(options)}
        importNewPlan={(options, text) => api.importNewPlan(options, text)}
        onWorkbookChanged={(message) => {
          setNotice({ intent: "success", text: message });
          recalculate();
        }}
        onError={showError}
      />
    );
  } else if (detailKpi) {
    part = "detail";
    view = (
      <KpiDetail
        kpi={detailKpi}
        evaluation={evaluation}
        hasParts={refsWithParts(evaluation.kpis).has(detailKpi.ref)}
        loadRecords={loadRecords}
        version={recordsVersion}
        goToRow={(kpi) => void selectCell({ table: "Plan", row: kpi.row, column: null }).catch(showError)}
        onBack={() => setOpenKpi(null)}
        logUpdate={(input) => api.logUpdate(input).then(afterRecord)}
        setActual={(input) => api.setActual(input).then(afterRecord)}
        recordActivity={(input) => api.recordActivity(input).then(afterRecord)}
        onError={showError}
      />
    );
  } else if (tab === "setup") {
    view = (
      <SetupView
        currentThresholds={evaluation.settings.thresholds}
        setUp={() => api.setUp()}
        importPlanText={(text) => api.importPlanText(text)}
        createPlanFromText={(text, choices) => api.createPlanFromText(text, choices)}
        draftNextCycle={() => api.draftNextCycle()}
        createNextCycle={(options) => api.createNextCycle(options)}
        setThresholds={(thresholds) => api.setThresholds(thresholds)}
        onWorkbookChanged={recalculate}
        onError={showError}
        checkExcel={api.checkExcel?.bind(api)}
      />
    );
  } else if (tab === "problems") {
    view = (
      <ProblemsView
        problems={problems}
        validate={() => api.validate()}
        onValidated={setProblems}
        selectCell={selectCell}
        kpis={evaluation.kpis}
        onOpenKpi={openDetail}
        onError={showError}
      />
    );
  } else if (tab === "plan") {
    view = <PlanView evaluation={evaluation} filter={planFilter} onFilterChange={setPlanFilter} onOpenKpi={openDetail} />;
  } else if (tab === "rsp") {
    view = <RspMap evaluation={evaluation} onOpenKpi={openDetail} />;
  } else {
    view = (
      <Overview
        evaluation={evaluation}
        recalculating={recalculation.running}
        lastRecalc={recalculation.report}
        onRecalculate={recalculate}
        onOpenKpi={openDetail}
        onOpenPillar={openPillar}
        generateStatusSheet={() => api.generateStatusSheet()}
        onError={showError}
      />
    );
  }

  return (
    <FluentProvider theme={theme ?? webLightTheme} className={styles.provider}>
      <main className={styles.shell}>
        <h1 className={styles.title}>KPI Tracker</h1>
        <ViewTabs selected={tab} onSelect={chooseTab} problems={planLoaded ? problemCount(problems) : null} />
        <NoticeBar notice={notice} onDismiss={() => setNotice(null)} />
        <div role="tabpanel" id="view-panel" aria-labelledby={`tab-${tab}`} tabIndex={-1} className={styles.panel}>
          <PartBoundary key={part} loadingLabel="Loading this view…">
            {view}
          </PartBoundary>
        </div>
      </main>
    </FluentProvider>
  );
}
