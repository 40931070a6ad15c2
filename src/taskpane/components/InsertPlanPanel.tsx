import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SetupReport } from "../../workbook/addinApi";
import { useAsyncAction } from "../hooks/useAsyncAction";

export interface InsertPlanPanelProps {
  setUp: () => Promise<SetupReport>;
  /** Called after tables were created, so the pane can recalculate. */
  onChanged: () => void;
  onError: (error: unknown) => void;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** Insert the bundled SAP 2022-2024; the report says what was created or why it declined. */
export function InsertPlanPanel({ setUp, onChanged, onError }: InsertPlanPanelProps): React.JSX.Element {
  const styles = useStyles();
  const insert = useAsyncAction(async () => {
    const report = await setUp();
    if (report.created.length > 0) onChanged();
    return report;
  }, onError);
  const report = insert.result;
  return (
    <section className={styles.panel} aria-labelledby="setup-insert-heading">
      <h3 id="setup-insert-heading" className={styles.heading}>
        Bundled plan
      </h3>
      <Text>
        Inserts the Strategic Action Plan 2022-2024, its RSP milestones, the Annual Work Plan 2022-2023 and the 33
        Members as tables. Existing tables are never overwritten.
      </Text>
      <Button appearance="primary" onClick={() => void insert.run()} disabled={insert.running}>
        Insert the bundled plan
      </Button>
      <div role="status" aria-live="polite">
        {insert.running ? <Spinner size="tiny" labelPosition="after" label="Inserting tables…" /> : null}
        {report ? (
          <MessageBar layout="multiline" intent={report.created.length > 0 ? "success" : "warning"}>
            <MessageBarBody>{report.message}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </section>
  );
}
