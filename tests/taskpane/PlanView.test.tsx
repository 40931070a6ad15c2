/** @jest-environment jsdom */
import * as React from "react";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PlanView } from "../../src/taskpane/components/PlanView";
import { makeEvaluation } from "./fixtures";
import { NO_FILTER, type PlanFilter } from "../../src/taskpane/planFilter";
import type { PlanEvaluation } from "../../src/workbook/model";
import { renderInProvider } from "./renderInProvider";

function shownRefs(): string[] {
  const list = screen.getByRole("list", { name: "KPIs" });
  return within(list)
    .getAllByRole("button")
    .map((button) => button.textContent?.split(/[ ,]/)[0] ?? "");
}

/** PlanView with its filter held as App holds it. */
function Harness({ evaluation, initial, onOpenKpi }: { evaluation: PlanEvaluation; initial: PlanFilter; onOpenKpi: jest.Mock }) {
  const [filter, setFilter] = React.useState(initial);
  return <PlanView evaluation={evaluation} filter={filter} onFilterChange={setFilter} onOpenKpi={onOpenKpi} />;
}

function setup(initial: PlanFilter = NO_FILTER, evaluation = makeEvaluation()) {
  const onOpenKpi = jest.fn();
  renderInProvider(<Harness evaluation={evaluation} initial={initial} onOpenKpi={onOpenKpi} />);
  return { onOpenKpi };
}

describe("PlanView", () => {
  it("lists every KPI with its part, status and progress", () => {
    setup();
    expect(shownRefs()).toEqual(["1-a", "1-b", "1-b", "2-a", "2-b", "3-a", "3-b", "4-a"]);
    expect(screen.getByRole("button", { name: /^1-b, part 2 Second part — At least 10 workshops Achieved.*Progress 50%/ })).toBeInTheDocument();
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
    expect(within(pillar2).getAllByRole("button").map((button) => button.textContent?.split(/[ ,]/)[0])).toEqual([
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

  it("opens a KPI's detail on click", async () => {
    const { onOpenKpi } = setup();
    await userEvent.click(screen.getByRole("button", { name: /^2-b KPI of 2-b/ }));
    expect(onOpenKpi).toHaveBeenCalledWith(expect.objectContaining({ ref: "2-b", row: 4 }));
  });

  it("opens a KPI's detail with Enter and with Space", async () => {
    const { onOpenKpi } = setup();
    const target = screen.getByRole("button", { name: /^3-a / });
    target.focus();
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard(" ");
    expect(onOpenKpi).toHaveBeenCalledTimes(2);
    expect(onOpenKpi).toHaveBeenLastCalledWith(expect.objectContaining({ ref: "3-a", row: 5 }));
  });

  it("says part N only for actions with parts, and shows each KPI's target", () => {
    setup();
    expect(screen.getByRole("button", { name: /^1-b, part 1 KPI of 1-b — At least 10 workshops/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^1-a KPI of 1-a — At least 10 workshops/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^1-a, part/ })).not.toBeInTheDocument();
  });

  it("searches Ref, KPI, action and target", async () => {
    setup();
    await userEvent.type(screen.getByRole("searchbox", { name: "Search Ref, KPI, action or target" }), "second");
    expect(shownRefs()).toEqual(["1-b"]);
    await userEvent.clear(screen.getByRole("searchbox"));
    await userEvent.type(screen.getByRole("searchbox"), "action 3-");
    expect(shownRefs()).toEqual(["3-a", "3-b"]);
    expect(screen.getByText("Showing 2 of 8 KPIs")).toBeInTheDocument();
  });

  it("starts on the pillar a pillar card asked for", () => {
    setup({ ...NO_FILTER, pillar: "2" });
    expect(shownRefs()).toEqual(["2-a", "2-b"]);
    expect(screen.getByLabelText("Pillar")).toHaveValue("2");
  });

  it("says the plan has no KPIs yet rather than that no KPI matches", () => {
    setup(NO_FILTER, makeEvaluation({ kpis: [] }));
    expect(screen.getByText(/The plan has no KPIs yet/)).toBeInTheDocument();
    expect(screen.queryByText("No KPI matches these filters.")).not.toBeInTheDocument();
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
});
