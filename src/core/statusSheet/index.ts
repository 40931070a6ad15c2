export { buildStatusSheetModel, STATUS_ORDER, ATTENTION_ORDER, NO_COMMENT_FLAG } from "./model";
export { workPlanDelivery, isHeld } from "./delivery";
export { reportingPeriod, periodActivities, periodUpdates } from "./period";
export { indexHistory, kpiKey, trendText, formatPercent, deltaPoints } from "./history";
export type * from "./types";
