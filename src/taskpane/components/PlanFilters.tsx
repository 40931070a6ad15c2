import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { STATUSES, type Status } from "../../core/types";
import type { EvaluatedKpi, PlanEvaluation } from "../../workbook/model";
import { distinctValues, type PlanFilter } from "../planFilter";
import { FilterSelect } from "./FilterSelect";

export interface PlanFiltersProps {
  evaluation: PlanEvaluation;
  filter: PlanFilter;
  onChange: (filter: PlanFilter) => void;
}

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
});

function optionsOf(values: string[]) {
  return values.map((value) => ({ value, text: value }));
}

export function PlanFilters({ evaluation, filter, onChange }: PlanFiltersProps): React.JSX.Element {
  const styles = useStyles();
  const kpis: EvaluatedKpi[] = evaluation.kpis;
  const pillars = distinctValues(kpis.map((kpi) => String(kpi.pillar))).map((value) => ({
    value,
    text: `Pillar ${value}`,
  }));
  const statuses = STATUSES.filter((status) => kpis.some((kpi) => kpi.status === status));
  const owners = distinctValues(kpis.map((kpi) => kpi.owner));
  const objectives = distinctValues(kpis.flatMap((kpi) => kpi.objectives));
  return (
    <div className={styles.grid} role="group" aria-label="Filter KPIs">
      <FilterSelect
        label="Pillar"
        value={filter.pillar}
        options={pillars}
        onChange={(pillar) => onChange({ ...filter, pillar })}
      />
      <FilterSelect
        label="Status"
        value={filter.status}
        options={optionsOf([...statuses])}
        onChange={(status) => onChange({ ...filter, status: status as Status | "" })}
      />
      <FilterSelect
        label="Owner"
        value={filter.owner}
        options={optionsOf(owners)}
        onChange={(owner) => onChange({ ...filter, owner })}
      />
      <FilterSelect
        label="RSP objective"
        value={filter.objective}
        options={optionsOf(objectives)}
        onChange={(objective) => onChange({ ...filter, objective })}
      />
    </div>
  );
}
