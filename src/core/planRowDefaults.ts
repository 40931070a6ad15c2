/** What a new Plan row holds before anyone reports on it: no data yet, measured by hand, weight 1. */
export const PLAN_ROW_DEFAULTS = {
  baseline: null,
  actual: null,
  measure: "manual",
  weight: 1,
  owner: "",
  comment: "",
} as const;
