/** The tables every plan operation reads (History is written only by status sheets). */
export const PLAN_INPUT_TABLES = ["Settings", "Members", "RSP", "Plan", "WorkPlan", "Updates"] as const;
