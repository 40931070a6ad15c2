/**
 * The plan the add-in sets up a workbook with: the ROCB A/P Strategic Action Plan 2022-2024,
 * the RSP milestones it refers to, the Annual Work Plan 2022-2023, the 33 Members and the
 * default settings, all taken from the seed document (Annual Report 2021-2022, Annexes II-III).
 */
import type { PlanBundle } from "../records";
import { AWP_2022_WORK_PLAN } from "./awp2022";
import { MEMBERS } from "./members";
import { RSP_MILESTONES } from "./rspMilestones";
import { SAP_2022_PLAN } from "./sap2022";
import { SETTINGS } from "./settings";

export const BUNDLED_PLAN: PlanBundle = {
  settings: SETTINGS,
  members: MEMBERS,
  rsp: RSP_MILESTONES,
  plan: SAP_2022_PLAN,
  workPlan: AWP_2022_WORK_PLAN,
  updates: [],
};

export { MEMBERS, MEMBER_ALIASES, SUBREGIONS, findMembers, resolveMember } from "./members";
export { PILLAR_TITLES, PLAN_END, PLAN_START } from "./settings";
