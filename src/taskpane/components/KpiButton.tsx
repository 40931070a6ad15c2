import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
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
  button: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
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
  return (
    <button type="button" className={styles.button} onClick={() => onActivate(kpi)}>
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
