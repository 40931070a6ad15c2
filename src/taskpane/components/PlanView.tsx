import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CellTarget } from "../../workbook/addinApi";
import type { EvaluatedKpi, PlanEvaluation } from "../../workbook/model";
import { countOf } from "../format";
import { NO_FILTER, filterKpis, type PlanFilter } from "../planFilter";
import { KpiButton } from "./KpiButton";
import { PlanFilters } from "./PlanFilters";
import { usePlainListStyles } from "../listStyles";

export interface PlanViewProps {
  evaluation: PlanEvaluation;
  selectCell: (target: CellTarget) => Promise<void>;
  onError: (error: unknown) => void;
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  summary: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  groups: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** The KPIs by pillar, in plan order, so sixty KPIs read as four labelled blocks. */
function byPillar(kpis: readonly EvaluatedKpi[]): Array<[number, EvaluatedKpi[]]> {
  const groups = new Map<number, EvaluatedKpi[]>();
  for (const kpi of kpis) groups.set(kpi.pillar, [...(groups.get(kpi.pillar) ?? []), kpi]);
  return [...groups.entries()];
}

/** The Plan's KPIs, filterable; activating one selects its row in the Plan table. */
export function PlanView({ evaluation, selectCell, onError }: PlanViewProps): React.JSX.Element {
  const styles = useStyles();
  const listStyles = usePlainListStyles();
  const [filter, setFilter] = React.useState<PlanFilter>(NO_FILTER);
  const shown = filterKpis(evaluation.kpis, filter);
  const pillarTitles = new Map(evaluation.pillars.map((summary) => [summary.pillar, summary.title]));
  const filtered = shown.length !== evaluation.kpis.length;
  const selectRow = (kpi: EvaluatedKpi) => void selectCell({ table: "Plan", row: kpi.row, column: null }).catch(onError);
  return (
    <section className={styles.view} aria-labelledby="plan-heading">
      <h2 id="plan-heading" className={styles.heading}>
        Plan
      </h2>
      <PlanFilters evaluation={evaluation} filter={filter} onChange={setFilter} />
      <div className={styles.summary}>
        <Text role="status">
          {filtered
            ? `Showing ${shown.length} of ${countOf(evaluation.kpis.length, "KPI")}`
            : `${countOf(shown.length, "KPI")}`}
        </Text>
        {filtered ? <Button onClick={() => setFilter(NO_FILTER)}>Clear filters</Button> : null}
      </div>
      {shown.length === 0 ? (
        <Text>No KPI matches these filters.</Text>
      ) : (
        <ul className={styles.groups} aria-label="KPIs">
          {byPillar(shown).map(([pillar, group]) => {
            const title = pillarTitles.get(pillar);
            return (
              <li key={pillar} className={styles.group}>
                <h3 className={styles.groupHeading}>
                  Pillar {pillar}
                  {title ? `: ${title}` : ""} ({countOf(group.length, "KPI")})
                </h3>
                <ul className={listStyles.list} aria-label={`Pillar ${pillar}`}>
                  {group.map((kpi) => (
                    <li key={kpi.row}>
                      <KpiButton kpi={kpi} onActivate={selectRow} />
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
