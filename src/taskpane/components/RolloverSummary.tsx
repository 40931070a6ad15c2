import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { RolloverReport } from "../../workbook/addinApi";

export interface RolloverSummaryProps {
  report: RolloverReport;
  /** "What carries over" (before) or "What carried over" (after). */
  label: string;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The next cycle's carry-over in the CLI's words: rows, baselines, rates started afresh, Members, RSP, History. */
export function rolloverLines(report: RolloverReport): string[] {
  const lines = [
    `Plan: ${count(report.planRows, "row")} copied without actuals; ${count(report.baselinesFromActual, "Baseline")} set from the old Actual.`,
    `Kept: ${count(report.members, "Member")}, ${count(report.rsp, "RSP milestone")}, ${count(report.historyRows, "History row")} for reference. WorkPlan and Updates start empty.`,
  ];
  if (report.ratesStartedAfresh.length > 0) {
    lines.push(`Start afresh (a per-year rate, or a count of Updates or WorkPlan rows): ${report.ratesStartedAfresh.join(", ")}.`);
  }
  if (report.deadlinesCleared > 0) lines.push(`${count(report.deadlinesCleared, "Deadline")} outside the new period cleared (an empty Deadline means Plan end).`);
  if (report.userColumns.length > 0) lines.push(`Your own columns carried over: ${report.userColumns.join(", ")}.`);
  return lines;
}

export function RolloverSummary({ report, label }: RolloverSummaryProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {rolloverLines(report).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
