import * as React from "react";
import { Field, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PillarSummary } from "../../workbook/model";
import { formatPercent } from "../format";
import { StatusCounts } from "./StatusCounts";

export interface PillarCardProps {
  summary: PillarSummary;
  /** Opens Plan filtered to this pillar. */
  onOpen: (pillar: number) => void;
}

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  open: {
    padding: 0,
    border: "none",
    background: "none",
    color: tokens.colorBrandForegroundLink,
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    textDecorationLine: "underline",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** "34% across the 2 of 40 KPIs with data": the mean never reads as done when most KPIs have none. */
export function coverageLabel(withData: number, total: number, meanProgress: number | null): string {
  if (total === 0) return "No KPIs in this pillar";
  if (withData === 0 || meanProgress === null) return `No data yet for its ${total} KPI${total === 1 ? "" : "s"}`;
  if (withData === total) return `${formatPercent(meanProgress)} across all ${total} KPI${total === 1 ? "" : "s"}`;
  return `${formatPercent(meanProgress)} across the ${withData} of ${total} KPIs with data`;
}

/** One pillar: its title, progress and what it covers, and its status counts; opens Plan on it. */
export function PillarCard({ summary, onOpen }: PillarCardProps): React.JSX.Element {
  const styles = useStyles();
  const { rollup } = summary;
  const name = `Pillar ${summary.pillar}`;
  const progress = rollup.meanProgress;
  const label = coverageLabel(rollup.withData, rollup.total, progress);
  return (
    // The heading's button is the keyboard way in; a click anywhere on the card does the same.
    <div className={styles.card} role="group" aria-label={name} onClick={() => onOpen(summary.pillar)}>
      <h3 className={styles.heading}>
        <button
          type="button"
          className={styles.open}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(summary.pillar);
          }}
        >
          {name}
          {summary.title ? `: ${summary.title}` : ""}
        </button>
      </h3>
      <Field label={`Progress: ${label}`}>
        <ProgressBar value={progress === null ? 0 : Math.min(progress, 1) * (rollup.total ? rollup.withData / rollup.total : 0)} max={1} thickness="large" />
      </Field>
      {rollup.total === 0 ? null : <StatusCounts counts={rollup.counts} label={`${name} status counts`} />}
      {rollup.total === 0 ? <Text>Add its KPIs to the Plan table with Pillar {summary.pillar}.</Text> : null}
    </div>
  );
}
