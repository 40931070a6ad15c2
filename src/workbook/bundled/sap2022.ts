/**
 * The ROCB A/P Strategic Action Plan 2022-2024, Annex II of the seed: 54 actions in four
 * pillars, cells as written there. Repairs of the PDF extraction: rows split across page
 * breaks joined (1-s, 1-dd), "I)" read as "l)" (1-l, 3-l), the letter of 1-i restored (the
 * text prints none), "cc" without its parenthesis, and markers glued to the action ("aa) Work…").
 * Multi-part KPIs list one target per part; `kpiParts` only where the KPI cell splits the same way.
 */
import { isoToSerial } from "../../core/dates";
import type { PlanRecord } from "../records";
import { PLAN_ROW_DEFAULTS } from "../../core/planRowDefaults";

export interface SapAction {
  ref: string;
  action: string;
  rspReference: string;
  /** The KPI cell as written (all parts). */
  kpi: string;
  /** Each part's KPI, when the KPI cell is split into as many parts as the target. */
  kpiParts?: string[];
  /** One entry per part, without its "(1)" numbering. */
  targets: string[];
}

/** Every action's "Deliverables" date is 30 June 2024 (1-m writes it "30 Jun 2024"). */
export const SAP_DELIVERABLES_DATE = isoToSerial("2024-06-30") as number;

export const SAP_2022_ACTIONS: SapAction[] = [
  {
    ref: "1-a",
    action: "Upon request, assist Member's effort in implementing risk management tools like the WCO Risk Management Compendium",
    rspReference: "1.1.1 – 1 st milestone",
    kpi: "Number of implementing Members",
    targets: ["At least 33/33 Members"],
  },
  {
    ref: "1-b",
    action: "Upon request, assist Member's effort in developing national risk management database (e.g. nCEN)",
    rspReference: "1.1.1 – 2 nd milestone",
    kpi: "Number of Members",
    targets: ["At least 27/33 Members"],
  },
  {
    ref: "1-c",
    action: "Upon request, assist Member's effort in developing and using national valuation database or the like as a risk management tool",
    rspReference: "1.1.1 – 3 rd milestone",
    kpi: "Number of Members",
    targets: ["33/33 Members"],
  },
  {
    ref: "1-d",
    action: "Upon request, assist Member's efforts to develop Authorized Economic Operators (AEO) program and sign up to SAFE FOS",
    rspReference: "1.1.2 – 1 st , 2 nd milestone",
    kpi: "Number of Members",
    targets: ["33/33 Members"],
  },
  {
    ref: "1-e",
    action: "Upon request, assist Member's efforts in increasing AEO MRA among Members",
    rspReference: "1.1.2 – 3 rd milestone",
    kpi: "Number of MRA",
    targets: ["At least 28 MRA"],
  },
  {
    ref: "1-f",
    action: "Upon request, assist Member's efforts in implementing trade recovery activities",
    rspReference: "1.1.2 – 4 th milestone",
    kpi: "Number of implementing Members",
    targets: ["At least 20/33 Members"],
  },
  {
    ref: "1-g",
    action: "Upon request, assist Member's effort to accede to and implement the Revised Kyoto Convention (RKC)",
    rspReference: "1.1.3 – 1 st milestone",
    kpi: "Number of contracting Members",
    targets: ["33/33 Members"],
  },
  {
    ref: "1-h",
    action: "Upon request, assist Member's effort in implementing the WTO Trade Facilitation Agreement (TFA)",
    rspReference: "1.1.3 – 2 nd milestone",
    kpi: "Number of implementing Members",
    targets: ["At least 28/33 Members"],
  },
  {
    ref: "1-i",
    action: "Upon request, assist Member's effort for: 1) smooth implementation of HS 2022 (for CPs) 2) adoption of the HS (for non-CPs)",
    rspReference: "1.1.3 – 3 rd milestone",
    kpi: "(1) Number of implementing Members(2) Number of new contracting Members",
    kpiParts: ["Number of implementing Members", "Number of new contracting Members"],
    targets: ["At least 27 Members", "6 new contracting parties"],
  },
  {
    ref: "1-j",
    action: "Upon request, assist Member's effort in introducing Advance Ruling System for tariff classification decision, origin of goods and Customs Valuation",
    rspReference: "1.1.3 – 4 th milestone",
    kpi: "Number of implementing Members",
    targets: ["At least 28/33 Members"],
  },
  {
    ref: "1-k",
    action: "Upon request, assist Member's effort in undertaking Time Release Study (TRS) in accordance with the WCO TRS Guidelines",
    rspReference: "1.1.3 – 5 th milestone",
    kpi: "Number of Members",
    targets: ["33/33 Members"],
  },
  {
    ref: "1-l",
    action: "Upon request, assist Member's effort in introducing self-certification for Rules of Origin (ROO)",
    rspReference: "1.1.3 - 6 th milestone",
    kpi: "Number of Members",
    targets: ["33/33 Members"],
  },
  {
    ref: "1-m",
    action: "Upon request, assist Member's effort in implementing WCO Data Model",
    rspReference: "1.1.3 – 7 th milestone",
    kpi: "Number of implementing Members",
    targets: ["33/33 Members"],
  },
  {
    ref: "1-n",
    action: "Upon request, assist Member in creating Special Economic Zones (SEZ) / Free Zones / Special Customs Zones (SCZ)",
    rspReference: "1.1.3 – 8 th milestone",
    kpi: "Number of implementing Members",
    targets: ["At least 5 Members per year"],
  },
  {
    ref: "1-o",
    action: "Upon request, assist Member's effort in implementing the resolution on Natural Disaster Relief",
    rspReference: "1.1.3 – 9 th milestone",
    kpi: "Number of implementing Members",
    targets: ["At least 20/33 Members"],
  },
  {
    ref: "1-p",
    action: "Upon request, assist Member's effort in implementing the WTO Valuation Agreement",
    rspReference: "1.1.3 – 10 th milestone",
    kpi: "Number of contracting Members",
    targets: ["33/33 Members"],
  },
  {
    ref: "1-q",
    action: "Upon request, assist Member's effort in introducing a Post Clearance Audit (PCA) scheme",
    rspReference: "1.1.3 – 11 th milestone",
    kpi: "Number of Members",
    targets: ["33/33 Members"],
  },
  {
    ref: "1-r",
    action: "Work with Vice Chair and Members to promote E-commerce tools and adoption of E-commerce FoS",
    rspReference: "1.1.3 – 12 th milestone",
    kpi: "Number of Members",
    targets: ["At least 20/33 Members"],
  },
  {
    ref: "1-s",
    action: "Upon request, assist Member's effort in promoting cooperation and coordination for Coordinated Border Management (CBM)",
    rspReference: "1.2.1 – 1 st , 3 rd to 4 th milestones",
    kpi: "Number of Members",
    targets: ["33/33 Members"],
  },
  {
    ref: "1-t",
    action: "Upon request, assist Members' effort in implementing Single Window",
    rspReference: "1.2.1 – 2 nd milestones",
    kpi: "Number of operating SW",
    targets: ["33/33 Members"],
  },
  {
    ref: "1-u",
    action: "Work with Vice Chair and Members to enhance Customs-Customs, and if appropriate, Customs- to-Business interconnectivities in various aspects",
    rspReference: "1.2.2 – 1 st milestones",
    kpi: "Number of experiences sharing",
    targets: ["At least 11/33 Members"],
  },
  {
    ref: "1-v",
    action: "Work with RILO A/P to evaluate seizures data on CEN",
    rspReference: "2.1.1 – 1 st milestone",
    kpi: "Publish evaluation report",
    targets: ["Once a year"],
  },
  {
    ref: "1-w",
    action: "Upon request, assist Members to increase seizure data inputs into CEN",
    rspReference: "2.1.1 – 2 nd milestone",
    kpi: "Number of members who have participating in inputting CEN data",
    targets: ["25/33 Members"],
  },
  {
    ref: "1-x",
    action: "Upon request, assist Members to establish information exchange arrangement",
    rspReference: "2.1.1 – 3 rd milestone",
    kpi: "Number of Members who have entered into info exchange arrangement",
    targets: ["23/33 Members"],
  },
  {
    ref: "1-y",
    action: "Upon request, assist Member's effort in utilizing Advance Passenger Information (API) / Passenger Name Record (PNR) for the risk assessment of travelers",
    rspReference: "2.1.1 – 4th milestone",
    kpi: "Number of Members who accepted WCO Recommendation concerning the use of API and PNR",
    targets: ["At least 27/33 Members"],
  },
  {
    ref: "1-z",
    action: "Upon request, assist Members to raise awareness of PFCWG",
    rspReference: "2.1.1 – 5 th milestone",
    kpi: "Number of Cruise Ships activities in AP region",
    targets: ["Once per year"],
  },
  {
    ref: "1-aa",
    action: "Work with RILO A/P to identify Members' intelligence and enforcement needs",
    rspReference: "2.2.1- 1 st milestone",
    kpi: "Number of survey conducted",
    targets: ["Once per year"],
  },
  {
    ref: "1-bb",
    action: "Work with Vice Chair, RILO A/P and Members to promote activities to raise awareness of IPR issues",
    rspReference: "2.2.2 – 4 th milestone",
    kpi: "Number of discussions in meetings in A/P region",
    targets: ["At least once per year"],
  },
  {
    ref: "1-cc",
    action: "Work with Vice Chair, RILO A/P and Members to promote activities to raise awareness on environment issue (e.g. hazardous waste and wildlife)",
    rspReference: "2.2.2 – 5 th milestone",
    kpi: "Number of activities conducted in A/P region",
    targets: ["At least twice per year"],
  },
  {
    ref: "1-dd",
    action: "Work with Vice Chair, RILO A/P and Member to enhance border security in order to tackle with terrorists' threats",
    rspReference: "2.2.2 – 3 rd , 6 th milestone",
    kpi: "Number of activities conducted in A/P region",
    targets: ["At least once per year"],
  },
  {
    ref: "1-ee",
    action: "Work with Vice Chair, RILO A/P and Members to promote the application of sustainable anti-drug initiatives (e.g. WCO Compliance and Enforcement Package (CEP))",
    rspReference: "2.2.2 – 1 st - 2 nd milestone",
    kpi: "Number of discussions in meetings conducted in A/P region",
    targets: ["At least once per year"],
  },
  {
    ref: "1-ff",
    action: "Work with Vice Chair, RILO A/P and Members to promote the use of NII",
    rspReference: "2.2.3 – 1 st - 3 rd milestone",
    kpi: "Number of Members publish evaluation report Number of Members sharing",
    targets: ["25/33 Members", "once per year", "At least 5 Members per year"],
  },
  {
    ref: "1-gg",
    action: "Upon request, assist Members in promoting the information sharing on data analytic tools such as machine learning",
    rspReference: "3.1.2 – 4 th milestone",
    kpi: "Number of sharing experience",
    targets: ["At least 2 Members"],
  },
  {
    ref: "1-hh",
    action: "Undertake capacity building activities to promote trade security and facilitation in the region (e.g. SAFE FoS, RM and WTO TFA)",
    rspReference: "3.2.2 – 1 st milestone",
    kpi: "Number of CB activities undertaken",
    targets: ["At least 3 times per year"],
  },
  {
    ref: "1-ii",
    action: "Work with RILO A/P to undertake capacity building activities to enhance capacity of compliance and enforcement in the region (e.g. IPR, Commercial Fraud, drugs and precursors, environmental crime and digital crime)",
    rspReference: "3.2.2 – 2 nd milestone",
    kpi: "Number of CB activities undertaken",
    targets: ["At least 3 times per year"],
  },
  {
    ref: "1-jj",
    action: "Upon request, undertake leadership and management training programs",
    rspReference: "3.2.3 – 1 st milestone",
    kpi: "Number of activities",
    targets: ["At least once per year"],
  },
  {
    ref: "1-kk",
    action: "Upon request, assist Member's effort in devising and implementing integrity action plan utilizing integrity development tools",
    rspReference: "3.2.3 - 2 nd milestones",
    kpi: "Number of implementing Members",
    targets: ["33/33 Members"],
  },
  {
    ref: "2-a",
    action: "Work with Vice Chair to enhance cooperation, coordination and mutual understanding with the development partners",
    rspReference: "1.2.3 – 1 st milestone",
    kpi: "Number of reports/exchanges of information",
    targets: ["At least twice per year"],
  },
  {
    ref: "2-b",
    action: "Promote joint activities with international and regional development partners",
    rspReference: "3.1.1 – 3 rd milestone",
    kpi: "Number of activities",
    targets: ["At least twice per year"],
  },
  {
    ref: "3-a",
    action: "Encourage and provide Members with platform to exchange knowledge and training materials amongst national training centers",
    rspReference: "3.1.1 – 2 nd milestone",
    kpi: "Number of exchanging knowledge and materials",
    targets: ["At least twice per year"],
  },
  {
    ref: "3-b",
    action: "Pool, utilize, support and increase accredited experts in the region based on the framework",
    rspReference: "3.1.2 – 1 st milestone",
    kpi: "Number of experts utilized",
    targets: ["Use of accredited experts for at least one half of the requested missions"],
  },
  {
    ref: "3-c",
    action: "Upon request, assist Members to promote the WCO e-learning programs in cooperation with Regional Training Centers (RTCs) and accredited experts",
    rspReference: "3.1.2 – 2 nd milestone",
    kpi: "Number of implementing Members",
    targets: ["At least 20/33 Members"],
  },
  {
    ref: "3-d",
    action: "Work with developed Members to ensure their contribution to the regional capacity building activities",
    rspReference: "3.1.2 – 3 rd milestone",
    kpi: "Number of contributions",
    targets: ["Meet at least 75% of the ROCB requests"],
  },
  {
    ref: "3-e",
    action: "Work with Vice Chair and Members to promote full and effective participation of women in international fora and trainings",
    rspReference: "3.1.3 – 1 st and 2 nd milestone",
    kpi: "Number of women participations for workshops Women participation for international fora",
    kpiParts: ["Number of women participations for workshops", "Women participation for international fora"],
    targets: ["At least 25% of the participations", "At least 20% annual growth of female Head of delegation at international forums."],
  },
  {
    ref: "3-f",
    action: "Work with regional training coordinator to identify and review Members' capacity building needs and priorities through conducting a needs assessment via a survey and ongoing consultation",
    rspReference: "3.2.1 - 1 st milestone",
    kpi: "Number of surveys conducted",
    targets: ["At least once per year"],
  },
  {
    ref: "3-g",
    action: "Develop and conduct capacity building activities paying due attention to the needs and priorities identified",
    rspReference: "3.2.1 – 2 nd milestone",
    kpi: "Number of CB activities",
    targets: ["At least once per year"],
  },
  {
    ref: "3-h",
    action: "Work with the WCO Secretariat and Members to evaluate the regional capacity building program",
    rspReference: "3.2.1 – 3 rd milestone",
    kpi: "Results of participants' evaluation",
    targets: ["At least average of 4 out of 5"],
  },
  {
    ref: "3-i",
    action: "Work with regional training coordinator to feed results back into planning for regional capacity building activities",
    rspReference: "3.2.1 – 4 th milestone",
    kpi: "Number of post action undertaken",
    targets: ["At least once per year"],
  },
  {
    ref: "3-j",
    action: "Work with Members to evaluate the impact of capacity building activities through follow-up surveys",
    rspReference: "3.2.1 – 5 th milestone",
    kpi: "Number of tangible results realized by Members",
    targets: ["At least 10 success stories"],
  },
  {
    ref: "3-k",
    action: "Work with Vice Chair and Members to support Customs Administrations of SIEs to meet their development goals, capacity building needs and international obligations",
    rspReference: "3.3.1 – 1 st to 3 rd milestones",
    kpi: "Number of expert exchanges Number of Members sharing their experiences Workshops conducted",
    kpiParts: ["Number of expert exchanges", "Number of Members sharing their experiences", "Workshops conducted"],
    targets: ["At least once per year", "At least 5 Members per year", "At least twice per year"],
  },
  {
    ref: "3-l",
    action: "Further strengthen cooperation among the Regional Entities (ex. RTCs) and ROCB A/P paying due attention to establishing /supporting regional experts for more sustainable capacity building delivery in the region",
    rspReference: "ROCB A/P specific action (not mentioned in the RSP)",
    kpi: "Number of activities",
    targets: ["At least once per year"],
  },
  {
    ref: "4-a",
    action: "Work with Vice Chair, RILO A/P and Members to share experiences on capacity building activities on regular basis via regional communication tools (e.g. WCO A/P Website and Newsletter, ROCB A/P Website and E-Newsletters)",
    rspReference: "3.1.1 – 1 st milestone",
    kpi: "Number of sharing experiences",
    targets: ["At least twice per year"],
  },
  {
    ref: "4-b",
    action: "Work with Vice Chair, RILO A/O and Members to raise awareness of the importance of high- level commitment in the pertinent strategic issues",
    rspReference: "3.4.1 – 1 st milestone",
    kpi: "Number of high-level dialogues",
    targets: ["At least once every 2 years"],
  },
  {
    ref: "4-c",
    action: "Work with Vice Chair, Members and RTCs to share good practices and forward-thinking work via regional communication tools",
    rspReference: "ROCB A/P specific action (not mentioned in the RSP)",
    kpi: "Number of items shared",
    targets: ["At least once per quarter"],
  },
];

export function sapActionRows(action: SapAction): PlanRecord[] {
  const pillar = Number(action.ref.split("-")[0]);
  return action.targets.map((target, index) => ({
    pillar,
    ref: action.ref,
    part: index + 1,
    action: action.action,
    rspReference: action.rspReference,
    kpi: action.kpiParts?.[index] ?? action.kpi,
    target,
    deadline: SAP_DELIVERABLES_DATE,
    ...PLAN_ROW_DEFAULTS,
  }));
}

/** The Plan table: one row per KPI part, in plan order. */
export const SAP_2022_PLAN: PlanRecord[] = SAP_2022_ACTIONS.flatMap(sapActionRows);
