/** @jest-environment jsdom */
import * as React from "react";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RspMap } from "../../src/taskpane/components/RspMap";
import { makeEvaluation } from "./fixtures";
import { renderInProvider } from "./renderInProvider";

describe("RspMap", () => {
  it("lists milestones without actions, with their descriptions", () => {
    const onOpenKpi = jest.fn();
    renderInProvider(<RspMap evaluation={makeEvaluation()} onOpenKpi={onOpenKpi} />);
    expect(screen.getByRole("heading", { name: "Milestones without actions (1)" })).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "Milestones without actions" });
    expect(within(list).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "1.2.1-M2: Action plan adopted",
    ]);
  });

  it("lists actions without milestones and opens their KPI's detail", async () => {
    const onOpenKpi = jest.fn();
    renderInProvider(<RspMap evaluation={makeEvaluation()} onOpenKpi={onOpenKpi} />);
    const list = screen.getByRole("list", { name: "Actions without milestones" });
    expect(within(list).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "2-b: Action 2-b",
      "3-b: Action 3-b",
    ]);
    await userEvent.click(within(list).getByRole("button", { name: "3-b: Action 3-b" }));
    expect(onOpenKpi).toHaveBeenCalledWith(expect.objectContaining({ ref: "3-b", row: 6 }));
  });

  it("groups milestones by objective, collapsed until opened", async () => {
    const onOpenKpi = jest.fn();
    renderInProvider(<RspMap evaluation={makeEvaluation()} onOpenKpi={onOpenKpi} />);
    expect(screen.queryByRole("list", { name: "Actions for 1.1.3-M1" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Objective 1.1.3: 1 milestone" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Objective 1.2.1: 2 milestones, 1 without actions" }));
    expect(screen.getByRole("list", { name: "Milestones of objective 1.2.1" })).toBeInTheDocument();
  });

  it("shows each milestone with the actions mapped to it", async () => {
    const onOpenKpi = jest.fn();
    renderInProvider(<RspMap evaluation={makeEvaluation()} onOpenKpi={onOpenKpi} />);
    await userEvent.click(screen.getByRole("button", { name: "Objective 1.1.3: 1 milestone" }));
    await userEvent.click(screen.getByRole("button", { name: /^Objective 1\.2\.1/ }));
    const actions = screen.getByRole("list", { name: "Actions for 1.1.3-M1" });
    expect(within(actions).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "1-a: Action 1-a",
      "4-a: Action 4-a",
    ]);
    await userEvent.click(within(actions).getByRole("button", { name: "4-a: Action 4-a" }));
    expect(onOpenKpi).toHaveBeenCalledWith(expect.objectContaining({ ref: "4-a", row: 7 }));
    expect(screen.getByRole("heading", { name: "1.2.1-M2: Action plan adopted" })).toBeInTheDocument();
    expect(screen.getByText("No action is mapped to this milestone.")).toBeInTheDocument();
  });

  it("says when there are no gaps", () => {
    const onOpenKpi = jest.fn();
    const evaluation = makeEvaluation({ milestonesWithoutActions: [], actionsWithoutMilestones: [] });
    renderInProvider(<RspMap evaluation={evaluation} onOpenKpi={onOpenKpi} />);
    expect(screen.getByText("Every RSP milestone has at least one action.")).toBeInTheDocument();
    expect(screen.getByText("Every action refers to at least one RSP milestone.")).toBeInTheDocument();
  });

  it("never says every milestone has an action when there are no milestones or actions", () => {
    const onOpenKpi = jest.fn();
    const evaluation = makeEvaluation({ kpis: [], milestones: [], milestonesWithoutActions: [], actionsWithoutMilestones: [] });
    renderInProvider(<RspMap evaluation={evaluation} onOpenKpi={onOpenKpi} />);
    expect(screen.queryByText(/Every/)).not.toBeInTheDocument();
    expect(screen.getByText(/The RSP table has no milestones yet/)).toBeInTheDocument();
    expect(screen.getByText("The plan has no actions yet.")).toBeInTheDocument();
  });
});
