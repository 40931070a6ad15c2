import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCardStyles } from "../listStyles";
import type { EvaluatedKpi } from "../../workbook/model";
import { formatPercent } from "../format";
import { kpiLabel } from "../kpiExplain";
import { StatusBadge } from "./StatusBadge";

export interface KpiButtonProps {
  kpi: EvaluatedKpi;
  /** Opens the KPI's detail. */
  onActivate: (kpi: EvaluatedKpi) => void;
  /** True when the KPI's action has several parts: only then "part N" is shown. */
  showPart?: boolean;
  /** Extra text after the status, e.g. why the KPI needs attention. */
  detail?: string;
}

const useStyles = makeStyles({
  ref: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  text: { minWidth: 0, overflowWrap: "anywhere" },
  target: { color: tokens.colorNeutralForeground2 },
  meta: {
    gridColumn: "1 / -1",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
});

/** A KPI as one button: Ref (and part), KPI text with its target, status and progress. */
export function KpiButton({ kpi, onActivate, showPart = false, detail }: KpiButtonProps): React.JSX.Element {
  const styles = useStyles();
  const cards = useCardStyles();
  return (
    <button type="button" className={mergeClasses(cards.card, cards.clickable)} onClick={() => onActivate(kpi)}>
      <span className={styles.ref}>{kpiLabel(kpi, showPart)}</span>{" "}
      <span className={styles.text}>
        {kpi.kpi || kpi.action}
        {kpi.target ? <span className={styles.target}> — {kpi.target}</span> : null}
      </span>{" "}
      <span className={styles.meta}>
        <StatusBadge status={kpi.status} />
        {kpi.stale ? <span> Stale</span> : null}
        {kpi.progress === null ? null : <span> Progress {formatPercent(kpi.progress)}</span>}
        {detail ? <span> {detail}</span> : null}
      </span>
    </button>
  );
}
