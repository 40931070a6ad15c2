import * as React from "react";
import { Button, Text, makeStyles } from "@fluentui/react-components";
import type { EvaluatedKpi } from "../../workbook/model";
import { formatDate } from "../format";
import { KpiButton } from "./KpiButton";
import { usePlainListStyles } from "../listStyles";

export interface AttentionListProps {
  /** The KPIs needing attention, most urgent first (see kpisNeedingAttention). */
  kpis: readonly EvaluatedKpi[];
  onSelect: (kpi: EvaluatedKpi) => void;
  /** Refs whose action has several parts (see refsWithParts). */
  partsOf: ReadonlySet<string>;
  /** KPIs without data and all KPIs, so an empty list never reads as "all is well" when nothing is known. */
  noData?: number;
  total?: number;
}

/** How many KPIs show before "Show all": enough for the urgent ones, short enough to reach the pillars. */
export const ATTENTION_SHOWN_FIRST = 8;

const useStyles = makeStyles({
  more: { alignSelf: "flex-start" },
});

function staleDetail(kpi: EvaluatedKpi): string | undefined {
  if (!kpi.stale) return undefined;
  return kpi.lastUpdate === null ? "No dated update" : `Last update ${formatDate(kpi.lastUpdate)}`;
}

/** KPIs off track, missed or at risk, then stale ones; each opens its detail. */
export function AttentionList({ kpis, onSelect, partsOf, noData = 0, total = 0 }: AttentionListProps): React.JSX.Element {
  const styles = useStyles();
  const listStyles = usePlainListStyles();
  const [showAll, setShowAll] = React.useState(false);
  if (kpis.length === 0) {
    if (noData > 0 && noData === total) return <Text>None of the {total} KPIs has data yet, so none can be judged.</Text>;
    const unknown = noData > 0 ? ` ${noData} of ${total} KPIs have no data yet.` : "";
    return <Text>No KPI with data is off track, missed, at risk or stale.{unknown}</Text>;
  }
  const shown = showAll ? kpis : kpis.slice(0, ATTENTION_SHOWN_FIRST);
  const long = kpis.length > ATTENTION_SHOWN_FIRST;
  return (
    <>
      <ul className={listStyles.list} aria-label="KPIs that need attention">
        {shown.map((kpi) => (
          <li key={kpi.row}>
            <KpiButton kpi={kpi} onActivate={onSelect} showPart={partsOf.has(kpi.ref)} detail={staleDetail(kpi)} />
          </li>
        ))}
      </ul>
      {long ? (
        // A toggle rather than a button that disappears, so keyboard focus stays put.
        <Button className={styles.more} appearance="subtle" onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the first ${ATTENTION_SHOWN_FIRST}` : `Show all ${kpis.length}`}
        </Button>
      ) : null}
    </>
  );
}
