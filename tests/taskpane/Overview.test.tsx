/** @jest-environment jsdom */
import * as React from "react";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Overview } from "../../src/taskpane/components/Overview";
import { kpi, makeEvaluation, overviewProps, recalcReport } from "./fixtures";
import { renderInProvider } from "./renderInProvider";

// Several user-event clicks per test on a shared, busy machine: more than the default 5 s.
jest.setTimeout(30_000);

describe("Overview", () => {
  it("shows the as-of date as a readable date", () => {
    renderInProvider(<Overview {...overviewProps()} />);
    expect(screen.getByText("As of 30 Jun 2024")).toBeInTheDocument();
  });

  it("renders one card per pillar with its progress and status counts as text", () => {
    renderInProvider(<Overview {...overviewProps()} />);
    const cards = screen.getAllByRole("group", { name: /^Pillar \d$/ });
    expect(cards).toHaveLength(4);
    const first = cards[0];
    expect(within(first).getByRole("heading", { name: "Pillar 1: Conventions" })).toBeInTheDocument();
    expect(within(first).getByText("Progress: 67% across all 3 KPIs")).toBeInTheDocument();
    expect(within(first).getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0.67");
    const counts = within(first).getByRole("list", { name: "Pillar 1 status counts" });
    expect(within(counts).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Achieved: 1",
      "On track: 1",
      "At risk: 1",
    ]);
    expect(within(cards[1]).getByText("Off track: 1")).toBeInTheDocument();
    expect(within(cards[1]).getByText("No data: 1")).toBeInTheDocument();
  });

  it("lists Off track, Missed, At risk, then stale KPIs first", () => {
    renderInProvider(<Overview {...overviewProps()} />);
    const list = screen.getByRole("list", { name: "KPIs that need attention" });
    const refs = within(list)
      .getAllByRole("button")
      .map((button) => button.textContent?.split(/[ ,]/)[0]);
    expect(refs).toEqual(["2-a", "4-a", "3-a", "1-b", "2-b", "3-b"]);
  });

  it("puts what needs attention, with its count, before the pillars", () => {
    renderInProvider(<Overview {...overviewProps()} />);
    const headings = screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(["ROCB A/P Strategic Action Plan 2022-2024", "Needs attention (6)", "Pillars"]);
  });

  it("shows the first eight KPIs needing attention and a toggle for the rest", async () => {
    const many = Array.from({ length: 11 }, (_, index) =>
      kpi({ row: index, ref: `1-${String.fromCharCode(97 + index)}`, status: "Off track" })
    );
    renderInProvider(<Overview {...overviewProps({ evaluation: makeEvaluation({ kpis: many }) })} />);
    const shown = () => within(screen.getByRole("list", { name: "KPIs that need attention" })).getAllByRole("button");
    expect(screen.getByRole("heading", { name: "Needs attention (11)" })).toBeInTheDocument();
    expect(shown()).toHaveLength(8);
    await userEvent.click(screen.getByRole("button", { name: "Show all 11" }));
    expect(shown()).toHaveLength(11);
    const toggle = screen.getByRole("button", { name: "Show the first 8" });
    expect(toggle).toHaveFocus();
    await userEvent.click(toggle);
    expect(shown()).toHaveLength(8);
  });

  it("opens an attention KPI's detail, and shows its target beside the KPI, with a part only where there are parts", async () => {
    const overview = overviewProps();
    renderInProvider(<Overview {...overview} />);
    const list = screen.getByRole("list", { name: "KPIs that need attention" });
    const button = within(list).getByRole("button", { name: /^3-a/ });
    expect(button).toHaveTextContent("3-a KPI of 3-a — At least 10 workshops");
    expect(button).not.toHaveTextContent("part");
    expect(within(list).getByRole("button", { name: /^1-b, part 1/ })).toBeInTheDocument();
    await userEvent.click(button);
    expect(overview.onOpenKpi).toHaveBeenCalledWith(expect.objectContaining({ ref: "3-a", row: 5 }));
  });

  it("says what a pillar's progress covers, so partial data never reads as done", () => {
    const evaluation = makeEvaluation();
    evaluation.pillars[1] = { ...evaluation.pillars[1], rollup: { ...evaluation.pillars[1].rollup, meanProgress: 1, withData: 1, total: 3 } };
    renderInProvider(<Overview {...overviewProps({ evaluation })} />);
    const card = screen.getByRole("group", { name: "Pillar 2" });
    expect(within(card).getByText("Progress: 100% across the 1 of 3 KPIs with data")).toBeInTheDocument();
    expect(Number(within(card).getByRole("progressbar").getAttribute("aria-valuenow"))).toBeCloseTo(1 / 3);
  });

  it("opens Plan on a pillar from its card", async () => {
    const overview = overviewProps();
    renderInProvider(<Overview {...overview} />);
    await userEvent.click(screen.getByRole("button", { name: "Pillar 3: Partnership" }));
    expect(overview.onOpenPillar).toHaveBeenCalledWith(3);
    await userEvent.click(within(screen.getByRole("group", { name: "Pillar 4" })).getByText("Off track: 1"));
    expect(overview.onOpenPillar).toHaveBeenLastCalledWith(4);
  });

  it("never says all is well for a plan without KPIs", () => {
    renderInProvider(<Overview {...overviewProps({ evaluation: makeEvaluation({ kpis: [] }) })} />);
    expect(screen.getByRole("heading", { name: "No KPIs yet" })).toBeInTheDocument();
    expect(screen.queryByText(/No KPI (with data )?is off track/)).not.toBeInTheDocument();
  });

  it("shows a spinner while recalculating, then the KPI count and the time it took", () => {
    const overview = overviewProps({ recalculating: true });
    const { rerender } = renderInProvider(<Overview {...overview} />);
    expect(screen.getByText("Recalculating…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Recalculate" })).toBeDisabled();
    rerender(<Overview {...overview} recalculating={false} lastRecalc={recalcReport(makeEvaluation(), 420)} />);
    expect(screen.queryByText("Recalculating…")).not.toBeInTheDocument();
    expect(screen.getByText("Recalculated 8 KPIs in 0.4 s.")).toBeInTheDocument();
  });

  it("generates a status sheet and names the new sheet", async () => {
    const overview = overviewProps();
    renderInProvider(<Overview {...overview} />);
    await userEvent.click(screen.getByRole("button", { name: "Generate status sheet" }));
    expect(overview.generateStatusSheet).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Added the sheet “Status 2024-06-30” with 8 KPIs/)).toBeInTheDocument();
  });

  it("passes a failed status sheet to onError", async () => {
    const failure = new Error("busy");
    const overview = overviewProps({ generateStatusSheet: jest.fn(async () => Promise.reject(failure)) });
    renderInProvider(<Overview {...overview} />);
    await userEvent.click(screen.getByRole("button", { name: "Generate status sheet" }));
    await waitFor(() => expect(overview.onError).toHaveBeenCalledWith(failure));
  });

  it("does not call a plan whose KPIs have no data all well", () => {
    const none = [kpi({ row: 0, ref: "1-a", status: "No data", actual: null, progress: null, lastUpdate: null })];
    renderInProvider(<Overview {...overviewProps({ evaluation: makeEvaluation({ kpis: none }) })} />);
    expect(screen.getByText("None of the 1 KPIs has data yet, so none can be judged.")).toBeInTheDocument();
    const some = [...none, kpi({ row: 1, ref: "1-b", status: "On track" })];
    renderInProvider(<Overview {...overviewProps({ evaluation: makeEvaluation({ kpis: some }) })} />);
    expect(screen.getByText("No KPI with data is off track, missed, at risk or stale. 1 of 2 KPIs have no data yet.")).toBeInTheDocument();
  });
});
