import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { EvaluatedKpi, PlanEvaluation } from "../../workbook/model";
import { formatDate, formatPercent } from "../format";
import { daysSince, describeMeasure, describeTarget, formatKpiValue, kpiTargetPart, statusReason } from "../kpiExplain";
import { StatusBadge } from "./StatusBadge";

export interface KpiFactsProps {
  kpi: EvaluatedKpi;
  evaluation: PlanEvaluation;
}

const useStyles = makeStyles({
  list: { margin: 0, display: "grid", gridTemplateColumns: "minmax(80px, max-content) 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, minWidth: 0, overflowWrap: "anywhere" },
  flag: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Everything the Plan row and the engine say about one KPI, in words. */
export function KpiFacts({ kpi, evaluation }: KpiFactsProps): React.JSX.Element {
  const styles = useStyles();
  const part = kpiTargetPart(kpi);
  const understood = describeTarget(kpi, evaluation.settings);
  const age = daysSince(kpi.lastUpdate, evaluation.asOf);
  const red = kpi.status === "Off track" || kpi.status === "Missed";
  const rows: Array<[string, React.ReactNode]> = [
    ["Action", kpi.action || "—"],
    ["RSP", kpi.specificAction ? "ROCB specific action (no RSP milestone)" : kpi.rspKeys.join(", ") || "—"],
    ["KPI", kpi.kpi || "—"],
    ["Target", kpi.target || "—"],
    ["Understood as", understood ?? "Not readable: see Problems"],
    ["Expected now", formatKpiValue(kpi.expected, part)],
    ["Actual", `${formatKpiValue(kpi.actual, part)} — ${describeMeasure(kpi.measure)}`],
    ["Progress", formatPercent(kpi.progress)],
    [
      "Status",
      <>
        <StatusBadge status={kpi.status} /> {statusReason(kpi, evaluation.settings, evaluation.asOf)}
      </>,
    ],
    ["Deadline", formatDate(kpi.deadline)],
    ["Owner", kpi.owner || "—"],
    [
      "Comment",
      kpi.comment ? kpi.comment : red ? <span className={styles.flag}>Missing: an explanation is needed when {kpi.status.toLowerCase()}</span> : "—",
    ],
    [
      "Last update",
      kpi.lastUpdate === null
        ? "None yet"
        : `${formatDate(kpi.lastUpdate)} (${age} day${age === 1 ? "" : "s"} ago${kpi.stale ? `; stale after ${evaluation.settings.staleAfterDays} days` : ""})`,
    ],
  ];
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <React.Fragment key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </React.Fragment>
      ))}
    </dl>
  );
}
