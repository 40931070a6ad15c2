/**
 * The forms that make a new workbook (Start the next cycle; Import → Start a new plan from this
 * text), loaded the first time Set up shows them: they are used once a cycle, so neither they
 * nor the Fluent parts only they use weigh on the pane's first chunk.
 */
import * as React from "react";

export const LazyNextCyclePanel = React.lazy(() =>
  import(/* webpackChunkName: "new-workbook-forms" */ "./NextCyclePanel").then((module) => ({ default: module.NextCyclePanel }))
);

export const LazyPlanFromTextForm = React.lazy(() =>
  import(/* webpackChunkName: "new-workbook-forms" */ "./PlanFromTextForm").then((module) => ({ default: module.PlanFromTextForm }))
);
