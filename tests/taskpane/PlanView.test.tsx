/** @jest-environment jsdom */
import * as React from "react";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PlanView } from "../../src/taskpane/components/PlanView";
import { fakeApi, makeEvaluation } from "./fixtures";
import { renderInProvider } from "./renderInProvider";

function shownRefs(): string[] {
  const list = screen.getByRole("list", { name: "KPIs" });
  return within(list)
    .getAllByRole("button")
    .map((button) => button.textContent?.split(",")[0] ?? "");
}

function setup() {
  const api = fakeApi();
  const onError = jest.fn();
  renderInProvider(<PlanView evaluation={makeEvaluation()} selectCell={api.selectCell} onError={onError} />);
  return { api, onError };
}

describe("PlanView", () => {
  it("lists every KPI with its part, status and progress", () => {
    setup();
    expect(shownRefs()).toEqual(["1-a", "1-b", "1-b", "2-a", "2-b", "3-a", "3-b", "4-a"]);
    expect(screen.getByRole("button", { name: /^1-b, part 2 Second part Achieved.*Progress 50%/ })).toBeInTheDocument();
    expect(screen.getByText("8 KPIs")).toBeInTheDocument();
  });

  it("groups the KPIs under a heading per pillar with its title and count", () => {
    setup();
    const headings = within(screen.getByRole("list", { name: "KPIs" }))
      .getAllByRole("heading", { level: 3 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual([
      "Pillar 1: Conventions (3 KPIs)",
      "Pillar 2: Capacity (2 KPIs)",
      "Pillar 3: Partnership (2 KPIs)",
      "Pillar 4: Governance (1 KPI)",
    ]);
    const pillar2 = screen.getByRole("list", { name: "Pillar 2" });
    expect(within(pillar2).getAllByRole("button").map((button) => button.textContent?.split(",")[0])).toEqual([
      "2-a",
      "2-b",
    ]);
  });

  it("shows only the pillars that still have KPIs once filtered", async () => {
    setup();
    await userEvent.selectOptions(screen.getByLabelText("Owner"), "Vice Chair");
    expect(screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent)).toEqual([
      "Pillar 2: Capacity (1 KPI)",
      "Pillar 4: Governance (1 KPI)",
    ]);
  });

  it("selects a KPI's row in the sheet on click", async () => {
    const { api } = setup();
    await userEvent.click(screen.getByRole("button", { name: /^2-b, part 1/ }));
    expect(api.selectCell).toHaveBeenCalledWith({ table: "Plan", row: 4, column: null });
  });

  it("selects a KPI's row with Enter and with Space", async () => {
    const { api } = setup();
    const target = screen.getByRole("button", { name: /^3-a, part 1/ });
    target.focus();
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard(" ");
    expect(api.selectCell).toHaveBeenCalledTimes(2);
    expect(api.selectCell).toHaveBeenLastCalledWith({ table: "Plan", row: 5, column: null });
  });

  it("narrows the list by pillar, status, owner and RSP objective", async () => {
    setup();
    await userEvent.selectOptions(screen.getByLabelText("Pillar"), "1");
    expect(shownRefs()).toEqual(["1-a", "1-b", "1-b"]);
    await userEvent.selectOptions(screen.getByLabelText("Owner"), "Head");
    expect(shownRefs()).toEqual(["1-b", "1-b"]);
    await userEvent.selectOptions(screen.getByLabelText("Status"), "At risk");
    expect(shownRefs()).toEqual(["1-b"]);
    expect(screen.getByText("Showing 1 of 8 KPIs")).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    await userEvent.selectOptions(screen.getByLabelText("RSP objective"), "1.1.3");
    expect(shownRefs()).toEqual(["1-a", "4-a"]);
  });

  it("offers only the values that occur, in a natural order", () => {
    setup();
    const objective = screen.getByLabelText("RSP objective");
    expect(within(objective).getAllByRole("option").map((option) => option.textContent)).toEqual([
      "All",
      "1.1.3",
      "1.2.1",
      "2.1.1",
      "3.1.1",
    ]);
    const status = screen.getByLabelText("Status");
    expect(within(status).queryByRole("option", { name: "Invalid" })).not.toBeInTheDocument();
  });

  it("says so when no KPI matches", async () => {
    setup();
    await userEvent.selectOptions(screen.getByLabelText("Pillar"), "4");
    await userEvent.selectOptions(screen.getByLabelText("Owner"), "CBM");
    expect(screen.getByText("No KPI matches these filters.")).toBeInTheDocument();
  });

  it("reports a failed selection through onError", async () => {
    const { api, onError } = setup();
    const failure = new Error("ItemNotFound");
    api.selectCell.mockRejectedValueOnce(failure);
    await userEvent.click(screen.getByRole("button", { name: /^1-a/ }));
    await screen.findByText("8 KPIs");
    expect(onError).toHaveBeenCalledWith(failure);
  });
});
