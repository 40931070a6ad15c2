/** @jest-environment jsdom */
import * as React from "react";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RspMap } from "../../src/taskpane/components/RspMap";
import { fakeApi, makeEvaluation } from "./fixtures";
import { renderInProvider } from "./renderInProvider";

describe("RspMap", () => {
  it("lists milestones without actions, with their descriptions", () => {
    const api = fakeApi();
    renderInProvider(<RspMap evaluation={makeEvaluation()} selectCell={api.selectCell} onError={jest.fn()} />);
    expect(screen.getByRole("heading", { name: "Milestones without actions (1)" })).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "Milestones without actions" });
    expect(within(list).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "1.2.1-M2: Action plan adopted",
    ]);
  });

  it("lists actions without milestones and selects their RSP reference cell", async () => {
    const api = fakeApi();
    renderInProvider(<RspMap evaluation={makeEvaluation()} selectCell={api.selectCell} onError={jest.fn()} />);
    const list = screen.getByRole("list", { name: "Actions without milestones" });
    expect(within(list).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "2-b: Action 2-b",
      "3-b: Action 3-b",
    ]);
    await userEvent.click(within(list).getByRole("button", { name: "3-b: Action 3-b" }));
    expect(api.selectCell).toHaveBeenCalledWith({ table: "Plan", row: 6, column: "RSP reference" });
  });

  it("groups milestones by objective, collapsed until opened", async () => {
    const api = fakeApi();
    renderInProvider(<RspMap evaluation={makeEvaluation()} selectCell={api.selectCell} onError={jest.fn()} />);
    expect(screen.queryByRole("list", { name: "Actions for 1.1.3-M1" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Objective 1.1.3: 1 milestone" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Objective 1.2.1: 2 milestones, 1 without actions" }));
    expect(screen.getByRole("list", { name: "Milestones of objective 1.2.1" })).toBeInTheDocument();
  });

  it("shows each milestone with the actions mapped to it", async () => {
    const api = fakeApi();
    renderInProvider(<RspMap evaluation={makeEvaluation()} selectCell={api.selectCell} onError={jest.fn()} />);
    await userEvent.click(screen.getByRole("button", { name: "Objective 1.1.3: 1 milestone" }));
    await userEvent.click(screen.getByRole("button", { name: /^Objective 1\.2\.1/ }));
    const actions = screen.getByRole("list", { name: "Actions for 1.1.3-M1" });
    expect(within(actions).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "1-a: Action 1-a",
      "4-a: Action 4-a",
    ]);
    expect(screen.getByRole("heading", { name: "1.2.1-M2: Action plan adopted" })).toBeInTheDocument();
    expect(screen.getByText("No action is mapped to this milestone.")).toBeInTheDocument();
  });

  it("says when there are no gaps", () => {
    const api = fakeApi();
    const evaluation = makeEvaluation({ milestonesWithoutActions: [], actionsWithoutMilestones: [] });
    renderInProvider(<RspMap evaluation={evaluation} selectCell={api.selectCell} onError={jest.fn()} />);
    expect(screen.getByText("Every RSP milestone has at least one action.")).toBeInTheDocument();
    expect(screen.getByText("Every action refers to at least one RSP milestone.")).toBeInTheDocument();
  });
});
