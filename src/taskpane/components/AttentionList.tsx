import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { EvaluatedKpi } from "../../workbook/model";
import { kpisNeedingAttention } from "../attention";
import { formatDate } from "../format";
import { KpiButton } from "./KpiButton";

export interface AttentionListProps {
  kpis: readonly EvaluatedKpi[];
  onSelect: (kpi: EvaluatedKpi) => void;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

function staleDetail(kpi: EvaluatedKpi): string | undefined {
  if (!kpi.stale) return undefined;
  return kpi.lastUpdate === null ? "No dated update" : `Last update ${formatDate(kpi.lastUpdate)}`;
}

/** KPIs off track, missed or at risk, then stale ones; each selects its Status cell. */
export function AttentionList({ kpis, onSelect }: AttentionListProps): React.JSX.Element {
  const styles = useStyles();
  const needing = kpisNeedingAttention(kpis);
  if (needing.length === 0) return <Text>No KPI is off track, missed, at risk or stale.</Text>;
  return (
    <ul className={styles.list} aria-label="KPIs that need attention">
      {needing.map((kpi) => (
        <li key={kpi.row}>
          <KpiButton kpi={kpi} onActivate={onSelect} detail={staleDetail(kpi)} />
        </li>
      ))}
    </ul>
  );
}
