import * as React from "react";
import { Card, Field, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PillarSummary } from "../../workbook/model";
import { countOf, formatPercent } from "../format";
import { StatusCounts } from "./StatusCounts";

export interface PillarCardProps {
  summary: PillarSummary;
}

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** One pillar: its title, mean progress and how many KPIs are in each status. */
export function PillarCard({ summary }: PillarCardProps): React.JSX.Element {
  const styles = useStyles();
  const { rollup } = summary;
  const name = `Pillar ${summary.pillar}`;
  const progress = rollup.meanProgress;
  return (
    <Card className={styles.card} role="group" aria-label={name}>
      <h3 className={styles.heading}>
        {name}
        {summary.title ? `: ${summary.title}` : ""}
      </h3>
      <Field
        label={`Mean progress: ${formatPercent(progress)}`}
        hint={`${countOf(rollup.total, "KPI")}, ${rollup.withData} with data`}
      >
        <ProgressBar value={progress === null ? 0 : Math.min(progress, 1)} max={1} thickness="large" />
      </Field>
      {rollup.total === 0 ? (
        <Text>No KPIs in this pillar.</Text>
      ) : (
        <StatusCounts counts={rollup.counts} label={`${name} status counts`} />
      )}
    </Card>
  );
}
