import * as React from "react";
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RecalcReport, StatusSheetReport } from "../../workbook/addinApi";
import { useAsyncAction } from "../hooks/useAsyncAction";
import { countOf, formatDuration } from "../format";

export interface OverviewActionsProps {
  recalculating: boolean;
  lastRecalc: RecalcReport | null;
  onRecalculate: () => void;
  generateStatusSheet: () => Promise<StatusSheetReport>;
  onError: (error: unknown) => void;
}

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Recalculate (with its progress and duration) and Generate status sheet. */
export function OverviewActions(props: OverviewActionsProps): React.JSX.Element {
  const styles = useStyles();
  const statusSheet = useAsyncAction(props.generateStatusSheet, props.onError);
  const sheet = statusSheet.result;
  return (
    <div className={styles.column}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={props.onRecalculate} disabled={props.recalculating}>
          Recalculate
        </Button>
        <Button onClick={() => void statusSheet.run()} disabled={statusSheet.running}>
          Generate status sheet
        </Button>
      </div>
      <div role="status" aria-live="polite" className={styles.column}>
        {props.recalculating ? (
          <Spinner size="tiny" labelPosition="after" label="Recalculating…" />
        ) : props.lastRecalc ? (
          <Text>
            Recalculated {countOf(props.lastRecalc.evaluation.kpis.length, "KPI")} in{" "}
            {formatDuration(props.lastRecalc.durationMs)}.
          </Text>
        ) : null}
        {statusSheet.running ? (
          <Spinner size="tiny" labelPosition="after" label="Generating the status sheet…" />
        ) : sheet ? (
          <Text>
            Added the sheet “{sheet.sheetName}” with {countOf(sheet.kpis, "KPI")}; appended{" "}
            {countOf(sheet.historyRows, "row")} to History.
          </Text>
        ) : null}
      </div>
    </div>
  );
}
