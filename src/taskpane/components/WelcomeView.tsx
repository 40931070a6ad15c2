import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { NewPlanImportReport, NewPlanOptions, SetupReport } from "../../workbook/addinApi";
import { InsertPlanPanel } from "./InsertPlanPanel";
import { NewPlanForm } from "./NewPlanForm";

export interface WelcomeViewProps {
  setUp: () => Promise<SetupReport>;
  startNewPlan: (options: NewPlanOptions) => Promise<SetupReport>;
  importNewPlan: (options: NewPlanOptions, text: string) => Promise<NewPlanImportReport>;
  /** Called once a plan is in, with what was done (shown after the pane leaves this view). */
  onWorkbookChanged: (message: string) => void;
  onError: (error: unknown) => void;
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  way: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  wayHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** An import's outcome in one line: the tables created, then what came in. */
export function describeNewPlanImport(report: NewPlanImportReport): { message: string; created: boolean } {
  if (!report.imported) return { message: report.setup.message, created: false };
  return { message: `${report.setup.message.replace(/ Run Recalculate.*$/, "")} ${report.imported.message}`, created: true };
}

/** First run: a workbook without a plan, and the three ways to get one. */
export function WelcomeView(props: WelcomeViewProps): React.JSX.Element {
  const styles = useStyles();
  const { onWorkbookChanged, onError } = props;
  const done = React.useRef("");
  return (
    <section className={styles.view} aria-labelledby="welcome-heading">
      <h2 id="welcome-heading" className={styles.heading}>
        Start with a plan
      </h2>
      <Text>
        This workbook has no plan yet (no table named Plan). Choose one of three ways in; each adds the plan&apos;s tables
        and never changes your own sheets.
      </Text>
      <div className={styles.way}>
        <InsertPlanPanel
          setUp={async () => {
            const report = await props.setUp();
            done.current = report.message;
            return report;
          }}
          onChanged={() => onWorkbookChanged(done.current)}
          onError={onError}
        />
      </div>
      <section className={styles.way} aria-labelledby="welcome-new-heading">
        <h3 id="welcome-new-heading" className={styles.wayHeading}>
          Start a plan of your own
        </h3>
        <NewPlanForm
          mode="empty"
          submit={async (options) => {
            const report = await props.startNewPlan(options);
            done.current = report.message;
            return { message: report.message, created: report.created.length > 0 };
          }}
          onChanged={() => onWorkbookChanged(done.current)}
          onError={onError}
        />
      </section>
      <section className={styles.way} aria-labelledby="welcome-import-heading">
        <h3 id="welcome-import-heading" className={styles.wayHeading}>
          Import a plan from pasted text
        </h3>
        <NewPlanForm
          mode="import"
          submit={async (options, text) => {
            const outcome = describeNewPlanImport(await props.importNewPlan(options, text));
            done.current = outcome.message;
            return outcome;
          }}
          onChanged={() => onWorkbookChanged(done.current)}
          onError={onError}
        />
      </section>
    </section>
  );
}
