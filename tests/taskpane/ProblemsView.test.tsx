/** @jest-environment jsdom */
import * as React from "react";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ProblemsView } from "../../src/taskpane/components/ProblemsView";
import type { Problem } from "../../src/workbook/model";
import { PROBLEMS, fakeApi } from "./fixtures";
import { renderInProvider } from "./renderInProvider";

function setup(problems: Problem[] = PROBLEMS) {
  const api = fakeApi();
  const onValidated = jest.fn();
  const onError = jest.fn();
  renderInProvider(
    <ProblemsView
      problems={problems}
      validate={api.validate}
      onValidated={onValidated}
      selectCell={api.selectCell}
      onError={onError}
    />
  );
  return { api, onValidated, onError };
}

describe("ProblemsView", () => {
  it("lists each problem with its severity in words, message and location", () => {
    setup();
    const items = within(screen.getByRole("list", { name: "Problems" })).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Error Target "lots": expected a number such as "At least 10" Plan!G6');
    expect(items[1]).toHaveTextContent("Error The Members table is missing Members");
    expect(items[2]).toHaveTextContent('Warning Unknown Ref "9-z" WorkPlan, row 3, column Refs');
    expect(screen.getByText("2 errors, 1 warning.")).toBeInTheDocument();
  });

  it("puts errors before warnings, whatever order validation found them in", () => {
    setup();
    const items = within(screen.getByRole("list", { name: "Problems" })).getAllByRole("listitem");
    expect(items.map((item) => item.textContent?.match(/Error|Warning/)?.[0])).toEqual(["Error", "Error", "Warning"]);
  });

  it("selects the problem's cell on click", async () => {
    const { api } = setup();
    await userEvent.click(screen.getByRole("button", { name: /Unknown Ref "9-z"/ }));
    expect(api.selectCell).toHaveBeenCalledWith({ table: "WorkPlan", row: 2, column: "Refs" });
  });

  it("selects the problem's cell with Enter", async () => {
    const { api } = setup();
    screen.getByRole("button", { name: /Target "lots"/ }).focus();
    await userEvent.keyboard("{Enter}");
    expect(api.selectCell).toHaveBeenCalledWith({ table: "Plan", row: 4, column: "Target" });
  });

  it("does not offer to select a table-level problem", () => {
    setup();
    expect(screen.getByText("The Members table is missing")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Members table is missing/ })).not.toBeInTheDocument();
  });

  it("validates on request and hands the result over", async () => {
    const { api, onValidated } = setup([]);
    expect(screen.getByText("No problems found.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Validate" }));
    expect(api.validate).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(onValidated).toHaveBeenCalledWith(PROBLEMS));
  });
});
