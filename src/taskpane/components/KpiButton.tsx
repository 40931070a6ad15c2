import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCardStyles } from "../listStyles";
import type { EvaluatedKpi } from "../../workbook/model";
import { formatPercent } from "../format";
import { StatusBadge } from "./StatusBadge";

export interface KpiButtonProps {
  kpi: EvaluatedKpi;
  onActivate: (kpi: EvaluatedKpi) => void;
  /** Extra text after the status, e.g. why the KPI needs attention. */
  detail?: string;
}

const useStyles = makeStyles({
  ref: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  meta: {
    gridColumn: "1 / -1",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
});

/** A KPI as one button: Ref/Part, KPI text, status and progress; activating it selects its row. */
export function KpiButton({ kpi, onActivate, detail }: KpiButtonProps): React.JSX.Element {
  const styles = useStyles();
  const cards = useCardStyles();
  return (
    <button type="button" className={mergeClasses(cards.card, cards.clickable)} onClick={() => onActivate(kpi)}>
      <span className={styles.ref}>
        {kpi.ref}, part {kpi.part}
      </span>{" "}
      <span>{kpi.kpi || kpi.action}</span>{" "}
      <span className={styles.meta}>
        <StatusBadge status={kpi.status} />
        {kpi.stale ? <span> Stale</span> : null}
        {kpi.progress === null ? null : <span> Progress {formatPercent(kpi.progress)}</span>}
        {detail ? <span> {detail}</span> : null}
      </span>
    </button>
  );
}
