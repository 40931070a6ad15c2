/**
 * Typed rows of the workbook tables, as the bundled plan, the importer and Set up produce
 * them. Dates are Excel serial numbers; empty cells are null.
 */

export interface SettingRecord {
  key: string;
  value: string | number | null;
}

export interface MemberRecord {
  /** Two-letter code, e.g. "ID" for Indonesia. */
  code: string;
  name: string;
  /** "ECWA" | "PI" | "SA" | "SEA". */
  subregion: string;
}

export interface RspRecord {
  /** "1.1.3" */
  objective: string;
  /** 1, 2, 3 … */
  milestone: number;
  description: string;
}

export interface PlanRecord {
  pillar: number;
  /** "1-a", "1-aa", "3-k" */
  ref: string;
  /** 1 for single-part KPIs; 1, 2, 3 for multi-part KPIs (one row per part). */
  part: number;
  action: string;
  /** As written: "1.2.1 – 1 st , 3 rd to 4 th milestones". */
  rspReference: string;
  kpi: string;
  /** As written, this part only: "At least 27 Members". */
  target: string;
  deadline: number | null;
  baseline: number | null;
  actual: number | null;
  measure: string;
  weight: number;
  owner: string;
  comment: string;
}

export interface WorkPlanRecord {
  /** "AWP-001" */
  id: string;
  /** "2022/23" */
  fiscalYear: string;
  activity: string;
  /** Every action the activity serves: ["1-a", "1-b", "1-dd"]. */
  refs: string[];
  /** Member codes: ["ID", "MN"]. */
  members: string[];
  type: string;
  planned: number | null;
  status: string;
  heldOn: number | null;
  participants: number | null;
  women: number | null;
  score: number | null;
}

export interface UpdateRecord {
  date: number;
  ref: string;
  part: number | null;
  value: number | null;
  member: string;
  evidence: string;
  by: string;
}

export interface PlanBundle {
  settings: SettingRecord[];
  members: MemberRecord[];
  rsp: RspRecord[];
  plan: PlanRecord[];
  workPlan: WorkPlanRecord[];
  updates: UpdateRecord[];
}
