/** The Plan view's filters: pillar, status, owner and RSP objective ("" = any). */
import type { Status } from "../core/types";
import type { EvaluatedKpi } from "../workbook/model";

export interface PlanFilter {
  pillar: string;
  status: Status | "";
  owner: string;
  objective: string;
  /** Free text searched in Ref, KPI, action and target. */
  query: string;
}

export const NO_FILTER: PlanFilter = { pillar: "", status: "", owner: "", objective: "", query: "" };

function normalized(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Every word of the query appears in the KPI's Ref, KPI, action or target. */
export function matchesQuery(kpi: EvaluatedKpi, query: string): boolean {
  const words = normalized(query).split(" ").filter((w) => w !== "");
  if (words.length === 0) return true;
  const haystack = normalized(`${kpi.ref} ${kpi.kpi} ${kpi.action} ${kpi.target}`);
  return words.every((word) => haystack.includes(word));
}

export function filterKpis(kpis: readonly EvaluatedKpi[], filter: PlanFilter): EvaluatedKpi[] {
  return kpis.filter(
    (kpi) =>
      (filter.pillar === "" || String(kpi.pillar) === filter.pillar) &&
      (filter.status === "" || kpi.status === filter.status) &&
      (filter.owner === "" || kpi.owner.trim() === filter.owner) &&
      (filter.objective === "" || kpi.objectives.includes(filter.objective)) &&
      matchesQuery(kpi, filter.query)
  );
}

/** Distinct non-empty values, sorted naturally ("1.1.10" after "1.1.9"). */
export function distinctValues(values: Iterable<string>): string[] {
  const unique = new Set([...values].map((value) => value.trim()).filter((value) => value !== ""));
  return [...unique].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}
