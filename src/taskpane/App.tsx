import * as React from "react";
import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { AddinApi, RecalcReport } from "../workbook/addinApi";
import type { PlanEvaluation, Problem } from "../workbook/model";
import { useLiveRecalculation } from "./hooks/useLiveRecalculation";
import { useRecalculation } from "./hooks/useRecalculation";
import { NoticeBar, type Notice } from "./components/NoticeBar";
import { Overview } from "./components/Overview";
import { PlanView } from "./components/PlanView";
import { ProblemsView } from "./components/ProblemsView";
import { RspMap } from "./components/RspMap";
import { SetupView } from "./components/SetupView";

export interface AppProps {
  api: AddinApi;
  /** Turns any error an api call threw into plain words naming what to do. */
  describeError: (error: unknown) => string;
  theme?: Theme;
  /** Quiet time after the last edit before live recalculation runs (ms). */
  liveRecalcDelayMs?: number;
}

export type TabName = "overview" | "plan" | "rsp" | "problems" | "setup";

const TABS: ReadonlyArray<{ value: TabName; label: string }> = [
  { value: "overview", label: "Overview" },
  { value: "plan", label: "Plan" },
  { value: "rsp", label: "RSP map" },
  { value: "problems", label: "Problems" },
  { value: "setup", label: "Set up" },
];

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  shell: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tabs: { flexWrap: "wrap" },
});

export function App({ api, describeError, theme, liveRecalcDelayMs }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabName>("overview");
  const [evaluation, setEvaluation] = React.useState<PlanEvaluation | null>(null);
  const [problems, setProblems] = React.useState<Problem[]>([]);
  const [loading, setLoading] = React.useState(true);
  const [notice, setNotice] = React.useState<Notice | null>(null);

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
    React.useCallback(() => api.recalculate(), [api]),
    React.useCallback((report: RecalcReport) => showEvaluation(report.evaluation), [showEvaluation]),
    showError
  );
  const subscribe = React.useCallback((handler: () => void) => api.onDataChanged(handler), [api]);
  useLiveRecalculation(subscribe, recalculation.run, showError, liveRecalcDelayMs);

  const selectCell = React.useCallback((target: Parameters<AddinApi["selectCell"]>[0]) => api.selectCell(target), [api]);
  const recalculate = () => void recalculation.run();

  const noPlan = (
    <Text>
      No plan could be read from this workbook. Use Set up to insert the bundled plan or import plan text.
    </Text>
  );

  let view: React.ReactNode;
  if (tab === "setup") {
    view = (
      <SetupView
        currentThresholds={evaluation?.settings.thresholds ?? null}
        setUp={() => api.setUp()}
        importPlanText={(text) => api.importPlanText(text)}
        setThresholds={(thresholds) => api.setThresholds(thresholds)}
        onWorkbookChanged={recalculate}
        onError={showError}
        checkExcel={api.checkExcel?.bind(api)}
      />
    );
  } else if (loading) {
    view = <Spinner label="Reading the workbook…" />;
  } else if (tab === "problems") {
    view = (
      <ProblemsView
        problems={problems}
        validate={() => api.validate()}
        onValidated={setProblems}
        selectCell={selectCell}
        onError={showError}
      />
    );
  } else if (!evaluation) {
    view = noPlan;
  } else if (tab === "plan") {
    view = <PlanView evaluation={evaluation} selectCell={selectCell} onError={showError} />;
  } else if (tab === "rsp") {
    view = <RspMap evaluation={evaluation} selectCell={selectCell} onError={showError} />;
  } else {
    view = (
      <Overview
        evaluation={evaluation}
        recalculating={recalculation.running}
        lastRecalc={recalculation.report}
        onRecalculate={recalculate}
        selectCell={selectCell}
        generateStatusSheet={() => api.generateStatusSheet()}
        onError={showError}
      />
    );
  }

  return (
    <FluentProvider theme={theme ?? webLightTheme} className={styles.provider}>
      <main className={styles.shell}>
        <h1 className={styles.title}>KPI Tracker</h1>
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_event, data) => setTab(data.value as TabName)}
          aria-label="Views"
          size="small"
        >
          {TABS.map((entry) => (
            <Tab key={entry.value} value={entry.value} id={`tab-${entry.value}`} aria-controls="view-panel">
              {entry.label}
            </Tab>
          ))}
        </TabList>
        <NoticeBar notice={notice} onDismiss={() => setNotice(null)} />
        <div role="tabpanel" id="view-panel" aria-labelledby={`tab-${tab}`} tabIndex={-1}>
          {view}
        </div>
      </main>
    </FluentProvider>
  );
}
