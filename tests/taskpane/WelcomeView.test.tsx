/** @jest-environment jsdom */
import * as React from "react";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WelcomeView } from "../../src/taskpane/components/WelcomeView";
import { fakeApi } from "./fixtures";
import { renderInProvider } from "./renderInProvider";

jest.setTimeout(30_000);

function setup() {
  const api = fakeApi();
  const onWorkbookChanged = jest.fn();
  renderInProvider(
    <WelcomeView
      setUp={api.setUp}
      startNewPlan={api.startNewPlan}
      importNewPlan={api.importNewPlan}
      onWorkbookChanged={onWorkbookChanged}
      onError={jest.fn()}
    />
  );
  return { api, onWorkbookChanged };
}

describe("WelcomeView", () => {
  it("offers the three ways in", () => {
    setup();
    expect(screen.getByRole("button", { name: "Insert the bundled plan" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Start a plan of your own" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Import a plan from pasted text" })).toBeInTheDocument();
  });

  it("says what an empty plan still needs, and creates nothing until it has it", async () => {
    const { api } = setup();
    const form = screen.getByRole("form", { name: "Start an empty plan" });
    await userEvent.click(within(form).getByRole("button", { name: "Create the plan" }));
    expect(within(form).getByText("Enter the plan's name.")).toBeInTheDocument();
    expect(within(form).getByText("Enter the date the plan starts.")).toBeInTheDocument();
    expect(within(form).getByText("Enter the date the plan ends.")).toBeInTheDocument();
    expect(within(form).getByText("Enter at least one pillar title.")).toBeInTheDocument();
    expect(api.startNewPlan).not.toHaveBeenCalled();
  });

  it("starts an empty plan with its name, period and pillars", async () => {
    const { api, onWorkbookChanged } = setup();
    const form = screen.getByRole("form", { name: "Start an empty plan" });
    await userEvent.type(within(form).getByRole("textbox", { name: /Plan name/ }), "Our plan");
    await userEvent.type(within(form).getByLabelText(/^Starts/), "2025-01-01");
    await userEvent.type(within(form).getByLabelText(/^Ends/), "2024-12-31");
    await userEvent.type(within(form).getByRole("textbox", { name: /Pillar titles/ }), "People{Enter}Places");
    await userEvent.click(within(form).getByRole("button", { name: "Create the plan" }));
    expect(within(form).getByText("The plan must end after it starts.")).toBeInTheDocument();
    await userEvent.clear(within(form).getByLabelText(/^Ends/));
    await userEvent.type(within(form).getByLabelText(/^Ends/), "2026-12-31");
    await userEvent.click(within(form).getByRole("button", { name: "Create the plan" }));
    await waitFor(() =>
      expect(api.startNewPlan).toHaveBeenCalledWith({ name: "Our plan", start: 45658, end: 46387, pillars: ["People", "Places"] })
    );
    await waitFor(() => expect(onWorkbookChanged).toHaveBeenCalledWith("Set up inserted 7 tables."));
  });

  it("imports pasted text into a new plan, asking for the text first", async () => {
    const { api, onWorkbookChanged } = setup();
    const form = screen.getByRole("form", { name: "Import a plan" });
    await userEvent.type(within(form).getByRole("textbox", { name: /Plan name/ }), "Imported");
    await userEvent.type(within(form).getByLabelText(/^Starts/), "2022-07-01");
    await userEvent.type(within(form).getByLabelText(/^Ends/), "2024-06-30");
    await userEvent.click(within(form).getByRole("button", { name: "Create and import" }));
    expect(within(form).getByText("Paste the plan text to import.")).toBeInTheDocument();
    await userEvent.type(within(form).getByRole("textbox", { name: /Plan text/ }), "a) Assist Members");
    await userEvent.click(within(form).getByRole("button", { name: "Create and import" }));
    await waitFor(() => expect(api.importNewPlan).toHaveBeenCalledWith(expect.objectContaining({ name: "Imported", pillars: [""] }), "a) Assist Members"));
    expect(await within(form).findByText("Set up inserted 7 tables. Imported 3 rows into Plan.")).toBeInTheDocument();
    expect(onWorkbookChanged).toHaveBeenCalledWith("Set up inserted 7 tables. Imported 3 rows into Plan.");
  });
});
