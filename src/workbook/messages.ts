/** How to create the plan's tables, in words for both the task pane and the command line. */
export const RUN_SET_UP = 'Run Set up in the KPI Tracker pane (or "kpi-tracker template" on the command line)';
