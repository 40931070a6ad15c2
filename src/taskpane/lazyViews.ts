/**
 * The views the pane loads on first use, each its own chunk (file names the browser tests
 * route to 404). Overview and what it needs stay in the first chunk.
 */
import { lazyPart } from "./lazyPart";

export const SetupView = lazyPart(() =>
  import(/* webpackChunkName: "setup-view" */ "./components/SetupView").then((module) => module.SetupView)
);

export const WelcomeView = lazyPart(() =>
  import(/* webpackChunkName: "welcome-view" */ "./components/WelcomeView").then((module) => module.WelcomeView)
);

export const KpiDetail = lazyPart(() =>
  import(/* webpackChunkName: "kpi-detail" */ "./components/KpiDetail").then((module) => module.KpiDetail)
);

export const PlanView = lazyPart(() =>
  import(/* webpackChunkName: "plan-view" */ "./components/PlanView").then((module) => module.PlanView)
);

export const ProblemsView = lazyPart(() =>
  import(/* webpackChunkName: "problems-view" */ "./components/ProblemsView").then((module) => module.ProblemsView)
);

export const RspMap = lazyPart(() =>
  import(/* webpackChunkName: "rsp-map" */ "./components/RspMap").then((module) => module.RspMap)
);
