import type { Status } from "./types";

/** Fill and font colours per status, shared by the task pane, Set up and status sheets. */
export const STATUS_COLORS: Record<Status, { fill: string; font: string }> = {
  Invalid: { fill: "#E7E6E6", font: "#7F1D1D" },
  "No data": { fill: "#F2F2F2", font: "#404040" },
  "Not started": { fill: "#DDEBF7", font: "#1F3864" },
  Achieved: { fill: "#C6EFCE", font: "#006100" },
  Missed: { fill: "#C00000", font: "#FFFFFF" },
  "On track": { fill: "#E2EFDA", font: "#375623" },
  "At risk": { fill: "#FFEB9C", font: "#9C5700" },
  "Off track": { fill: "#FFC7CE", font: "#9C0006" },
};
