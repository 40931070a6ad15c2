/**
 * Settings defaults (DESIGN.md §2). Pillar titles are the list in section 3 of the seed's
 * Annex II; the table headings below it word pillar 2 differently ("Further develop
 * partnerships with development partners"), the list is the plan's own statement of its pillars.
 */
import { isoToSerial } from "../../core/dates";
import type { SettingRecord } from "../records";
import { newPlanSettings } from "../newPlan";

export const PILLAR_TITLES: Readonly<Record<number, string>> = {
  1: "Support the implementation of WCO conventions, instruments and tools",
  2: "Further enhance collaboration with development partners",
  3: "Improve needs analysis, planning, delivery and management of regional capacity building activities",
  4: "Enhance communication and information sharing among members",
};

export const PLAN_START = isoToSerial("2022-07-01") as number;
export const PLAN_END = isoToSerial("2024-06-30") as number;

/** The same defaults builder as a new plan's, so the list of keys and defaults lives once. */
export const SETTINGS: SettingRecord[] = newPlanSettings({
  name: "ROCB A/P Strategic Action Plan 2022-2024",
  start: PLAN_START,
  end: PLAN_END,
  pillars: [1, 2, 3, 4].map((pillar) => PILLAR_TITLES[pillar]),
});
