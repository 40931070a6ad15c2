/** @jest-environment jsdom */
import * as React from "react";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { KpiDetail, type KpiDetailProps } from "../../src/taskpane/components/KpiDetail";
import { fakeApi, kpi, kpiRecords, makeEvaluation } from "./fixtures";
import { renderInProvider } from "./renderInProvider";
import "./resizeObserverStub";

jest.setTimeout(30_000);

function props(overrides: Partial<KpiDetailProps> = {}): KpiDetailProps & { api: ReturnType<typeof fakeApi> } {
  const api = fakeApi();
  const evaluation = makeEvaluation();
  return {
    api,
    kpi: evaluation.kpis[1],
    evaluation,
    hasParts: true,
    loadRecords: api.kpiRecords,
    version: 0,
    goToRow: jest.fn(),
    onBack: jest.fn(),
    logUpdate: api.logUpdate,
    setActual: api.setActual,
    recordActivity: api.recordActivity,
    onError: jest.fn(),
    ...overrides,
  };
}

const fact = (term: string) => (screen.getByText(term, { selector: "dt" }).nextElementSibling as HTMLElement).textContent;

describe("KpiDetail", () => {
  it("shows the KPI's facts, its status in words and the comment flag when red", async () => {
    const p = props({ kpi: kpi({ row: 3, ref: "2-a", status: "Off track", actual: 5, expected: 14, target: "At least 28 MRA" }), hasParts: false });
    renderInProvider(<KpiDetail {...p} />);
    expect(screen.getByRole("heading", { level: 2, name: "2-a: KPI of 2-a" })).toHaveFocus();
    expect(fact("Target")).toBe("At least 28 MRA");
    expect(fact("Understood as")).toBe("at least 28 MRA by 30 Jun 2024");
    expect(fact("Actual")).toBe("5 — typed in the Actual cell of the Plan row");
    expect(fact("Status")).toMatch(/^Off track Off track: 5 against 14 expected, 100% of the plan elapsed\.$/);
    expect(fact("Comment")).toBe("Missing: an explanation is needed when off track");
    await screen.findByRole("list", { name: "Updates, newest first" });
  });

  it("lists updates and activities newest first, who is still missing by sub-region, and the history", async () => {
    renderInProvider(<KpiDetail {...props()} />);
    const updates = await screen.findByRole("list", { name: "Updates, newest first" });
    expect(within(updates).getAllByRole("listitem")[0]).toHaveTextContent("Mongolia");
    const activities = screen.getByRole("list", { name: "Activities, newest first" });
    expect(within(activities).getAllByRole("listitem").map((li) => li.textContent?.slice(0, 7))).toEqual(["AWP-002", "AWP-001"]);
    expect(screen.getByRole("heading", { name: "Members: 2 of 3 counted, 1 not yet" })).toBeInTheDocument();
    const groups = screen.getByRole("list", { name: "Members by sub-region" });
    expect(within(groups).getAllByRole("listitem")[1]).toHaveTextContent("PINot yet (1): Fiji");
    expect(screen.getByRole("img", { name: /Progress over time: .*10% \(Off track\); .*20% \(At risk\)/ })).toBeInTheDocument();
  });

  it("goes to the row and back", async () => {
    const p = props();
    renderInProvider(<KpiDetail {...p} />);
    await userEvent.click(screen.getByRole("button", { name: "Go to row" }));
    expect(p.goToRow).toHaveBeenCalledWith(p.kpi);
    await userEvent.click(screen.getByRole("button", { name: "Back" }));
    expect(p.onBack).toHaveBeenCalled();
  });

  it("reads the records again when the version changes (after a write)", async () => {
    const p = props();
    const { rerender } = renderInProvider(<KpiDetail {...p} />);
    await screen.findByRole("list", { name: "Updates, newest first" });
    rerender(<KpiDetail {...p} version={1} />);
    await waitFor(() => expect(p.api.kpiRecords).toHaveBeenCalledTimes(2));
  });

  it("has no Members list for a KPI that does not count Members, and no Set actual for a measured KPI", async () => {
    const p = props({ kpi: kpi({ row: 0, ref: "1-a", status: "On track", measure: "updates:sum" }) });
    p.api.kpiRecords.mockResolvedValueOnce(kpiRecords("1-a", 1, { coverage: null }));
    renderInProvider(<KpiDetail {...p} />);
    await screen.findByRole("form", { name: "Log an update" });
    expect(screen.queryByRole("heading", { name: /^Members:/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("form", { name: "Set the actual" })).not.toBeInTheDocument();
  });
});
