import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { KpiHistoryPoint } from "../../workbook/addinApi";
import { formatDate, formatPercent } from "../format";

export interface HistoryTrendProps {
  /** Oldest first. */
  points: readonly KpiHistoryPoint[];
}

const useStyles = makeStyles({
  chart: { width: "100%", maxWidth: "240px", height: "48px", display: "block" },
  line: { fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: "2px" },
  dot: { fill: tokens.colorBrandForeground1 },
  base: { stroke: tokens.colorNeutralStroke2, strokeWidth: "1px" },
});

const WIDTH = 240;
const HEIGHT = 48;

/** Progress at each status sheet, as a small line, with the same points in words for screen readers. */
export function HistoryTrend({ points }: HistoryTrendProps): React.JSX.Element {
  const styles = useStyles();
  const shown = points.filter((p) => p.progress !== null);
  if (shown.length === 0) return <Text>No history yet: each status sheet adds a point.</Text>;
  const top = Math.max(1, ...shown.map((p) => p.progress as number));
  const x = (i: number) => (shown.length === 1 ? WIDTH / 2 : 4 + (i * (WIDTH - 8)) / (shown.length - 1));
  const y = (p: number) => HEIGHT - 4 - (Math.max(0, p) / top) * (HEIGHT - 8);
  const words = shown.map((p) => `${formatDate(p.asOf)}: ${formatPercent(p.progress)} (${p.status})`).join("; ");
  return (
    <figure style={{ margin: 0 }}>
      <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Progress over time: ${words}`}>
        <line className={styles.base} x1={0} x2={WIDTH} y1={y(0)} y2={y(0)} />
        <polyline className={styles.line} points={shown.map((p, i) => `${x(i)},${y(p.progress as number)}`).join(" ")} />
        {shown.map((p, i) => (
          <circle key={p.asOf} className={styles.dot} cx={x(i)} cy={y(p.progress as number)} r={3} />
        ))}
      </svg>
      <figcaption>
        <Text size={200}>
          {shown.length === 1 ? words : `${formatPercent(shown[0].progress)} on ${formatDate(shown[0].asOf)} → ${formatPercent(shown[shown.length - 1].progress)} on ${formatDate(shown[shown.length - 1].asOf)}`}
        </Text>
      </figcaption>
    </figure>
  );
}
