/** @jest-environment jsdom */
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { fakeApi, recalcReport } from "./fixtures";
import "./resizeObserverStub";
import "./jsdomLayout";

jest.setTimeout(30_000);

const describeError = (error: unknown) => `In plain words: ${(error as Error).message}.`;

describe("App with live recalculation", () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it("an edit runs a live round (only what changed); the Recalculate button a full one", async () => {
    jest.useFakeTimers();
    const api = fakeApi();
    const recalculateLive = jest.fn(async () => recalcReport());
    api.recalculateLive = recalculateLive;
    render(<App api={api} describeError={describeError} liveRecalcDelayMs={100} />);
    await screen.findByText("As of 30 Jun 2024");
    const edited = api.changeHandler();
    await act(async () => {
      edited();
      jest.advanceTimersByTime(150);
    });
    expect(recalculateLive).toHaveBeenCalledTimes(1);
    expect(api.recalculate).not.toHaveBeenCalled();

    jest.useRealTimers();
    await userEvent.click(screen.getByRole("button", { name: "Recalculate" }));
    expect(api.recalculate).toHaveBeenCalledTimes(1);
    expect(recalculateLive).toHaveBeenCalledTimes(1);
  });
});
