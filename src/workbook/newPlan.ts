/**
 * An empty plan of the user's own (DESIGN.md §5 "New plan"): the tables of §2 with its name,
 * period and pillars in Settings, the other settings at their defaults, and Members and RSP as
 * given (or empty). Set up (`setUpWorkbook`) inserts it; `kpi-tracker new` writes it to a file.
 */
import type { MemberRecord, PlanBundle, RspRecord, SettingRecord } from "./records";

export interface NewPlanOptions {
  name: string;
  /** Plan start and end as Excel serial dates. */
  start: number;
  end: number;
  /** Pillar titles in order: pillar 1 first. */
  pillars: readonly string[];
  members?: readonly MemberRecord[];
  rsp?: readonly RspRecord[];
  /** Month the fiscal year starts (1-12); July when not given. */
  fiscalYearStartMonth?: number;
}

export function newPlanSettings(options: NewPlanOptions): SettingRecord[] {
  return [
    { key: "Plan name", value: options.name },
    ...options.pillars.map((title, i) => ({ key: `Pillar ${i + 1}`, value: title })),
    { key: "Plan start", value: options.start },
    { key: "Plan end", value: options.end },
    { key: "As of", value: null },
    { key: "Fiscal year starts", value: options.fiscalYearStartMonth ?? 7 },
    { key: "On track at", value: 1 },
    { key: "At risk at", value: 0.8 },
    { key: "Stale after days", value: 90 },
  ];
}

export function newPlanBundle(options: NewPlanOptions): PlanBundle {
  return {
    settings: newPlanSettings(options),
    members: [...(options.members ?? [])],
    rsp: [...(options.rsp ?? [])],
    plan: [],
    workPlan: [],
    updates: [],
  };
}
