import * as React from "react";
import { Button, Field, SearchBox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { EvaluatedKpi, PlanEvaluation } from "../../workbook/model";
import { countOf } from "../format";
import { refsWithParts } from "../kpiExplain";
import { NO_FILTER, filterKpis, type PlanFilter } from "../planFilter";
import { KpiButton } from "./KpiButton";
import { PlanFilters } from "./PlanFilters";
import { usePlainListStyles } from "../listStyles";

export interface PlanViewProps {
  evaluation: PlanEvaluation;
  filter: PlanFilter;
  onFilterChange: (filter: PlanFilter) => void;
  /** Opens a KPI's detail. */
  onOpenKpi: (kpi: EvaluatedKpi) => void;
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  search: { width: "100%", maxWidth: "100%" },
  summary: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
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

/** The Plan's KPIs, searchable and filterable; activating one opens its detail. */
export function PlanView({ evaluation, filter, onFilterChange, onOpenKpi }: PlanViewProps): React.JSX.Element {
  const styles = useStyles();
  const listStyles = usePlainListStyles();
  const shown = filterKpis(evaluation.kpis, filter);
  const partsOf = refsWithParts(evaluation.kpis);
  const pillarTitles = new Map(evaluation.pillars.map((summary) => [summary.pillar, summary.title]));
  const filtered = shown.length !== evaluation.kpis.length;
  if (evaluation.kpis.length === 0) {
    return (
      <section className={styles.view} aria-labelledby="plan-heading">
        <h2 id="plan-heading" className={styles.heading}>
          Plan
        </h2>
        <Text>The plan has no KPIs yet: import plan text in Set up, or add rows to the Plan table.</Text>
      </section>
    );
  }
  return (
    <section className={styles.view} aria-labelledby="plan-heading">
      <h2 id="plan-heading" className={styles.heading}>
        Plan
      </h2>
      <Field label="Search Ref, KPI, action or target">
        <SearchBox
          className={styles.search}
          value={filter.query}
          onChange={(_event, data) => onFilterChange({ ...filter, query: data.value })}
        />
      </Field>
      <PlanFilters evaluation={evaluation} filter={filter} onChange={onFilterChange} />
      <div className={styles.summary}>
        <Text role="status">
          {filtered
            ? `Showing ${shown.length} of ${countOf(evaluation.kpis.length, "KPI")}`
            : `${countOf(shown.length, "KPI")}`}
        </Text>
        {filtered ? <Button onClick={() => onFilterChange(NO_FILTER)}>Clear filters</Button> : null}
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
                      <KpiButton kpi={kpi} onActivate={onOpenKpi} showPart={partsOf.has(kpi.ref)} />
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
