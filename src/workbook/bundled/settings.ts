/**
 * Settings defaults (DESIGN.md §2). Pillar titles are the list in section 3 of the seed's
 * Annex II; the table headings below it word pillar 2 differently ("Further develop
 * partnerships with development partners"), the list is the plan's own statement of its pillars.
 */
import { isoToSerial } from "../../core/dates";
import type { SettingRecord } from "../records";

export const PILLAR_TITLES: Readonly<Record<number, string>> = {
  1: "Support the implementation of WCO conventions, instruments and tools",
  2: "Further enhance collaboration with development partners",
  3: "Improve needs analysis, planning, delivery and management of regional capacity building activities",
  4: "Enhance communication and information sharing among members",
};

export const PLAN_START = isoToSerial("2022-07-01") as number;
export const PLAN_END = isoToSerial("2024-06-30") as number;

export const SETTINGS: SettingRecord[] = [
  { key: "Plan name", value: "ROCB A/P Strategic Action Plan 2022-2024" },
  ...[1, 2, 3, 4].map((pillar) => ({ key: `Pillar ${pillar}`, value: PILLAR_TITLES[pillar] })),
  { key: "Plan start", value: PLAN_START },
  { key: "Plan end", value: PLAN_END },
  { key: "As of", value: null },
  { key: "Fiscal year starts", value: 7 },
  { key: "On track at", value: 1 },
  { key: "At risk at", value: 0.8 },
  { key: "Stale after days", value: 90 },
];
