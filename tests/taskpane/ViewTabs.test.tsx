/** @jest-environment jsdom */
import * as React from "react";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ViewTabs, type TabName } from "../../src/taskpane/components/ViewTabs";
import "./resizeObserverStub";
import "./jsdomLayout";

const problems = { count: 3, errors: 2, warnings: 1 };

function Harness({ initial = "overview" as TabName, counted = problems as typeof problems | null }) {
  const [selected, setSelected] = React.useState<TabName>(initial);
  return <ViewTabs selected={selected} onSelect={setSelected} problems={counted} />;
}

/** A browser's ResizeObserver reports each observed element once after it is laid out. */
class ReportingResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(): void {
    setTimeout(() => this.callback([], this as unknown as ResizeObserver), 0);
  }
  unobserve(): void {}
  disconnect(): void {}
}

/** Lets the observers report and React apply what they measured. */
const laidOut = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)));

/**
 * Every tab's unseen copy `tabWidth` px wide, the More button's 50, in a row `rowWidth` wide,
 * with a ResizeObserver that reports.
 */
function layOut(rowWidth: number, tabWidth: number): () => void {
  const observer = window.ResizeObserver;
  window.ResizeObserver = ReportingResizeObserver as unknown as typeof ResizeObserver;
  const rect = jest.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function measured(this: HTMLElement) {
    const width = this.getAttribute("aria-haspopup") === null && this.textContent?.startsWith("More") ? 50 : tabWidth;
    return { x: 0, y: 0, top: 0, left: 0, right: width, bottom: 20, width, height: 20, toJSON: () => ({}) };
  });
  const client = jest.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(rowWidth);
  return () => {
    rect.mockRestore();
    client.mockRestore();
    window.ResizeObserver = observer;
  };
}

describe("ViewTabs", () => {
  test("a tablist of five views; the selected one is the only tab in the Tab order", () => {
    render(<Harness initial="plan" />);
    const tabs = within(screen.getByRole("tablist", { name: "Views" })).getAllByRole("tab");
    expect(tabs.map((tab) => tab.textContent)).toEqual(["Overview", "Plan", "RSP map", "Problems: 2 errors, 1 warning3", "Set up"]);
    expect(tabs.map((tab) => tab.getAttribute("aria-selected"))).toEqual(["false", "true", "false", "false", "false"]);
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([-1, 0, -1, -1, -1]);
    expect(tabs.every((tab) => tab.getAttribute("aria-controls") === "view-panel")).toBe(true);
    expect(screen.queryByRole("button", { name: /More/ })).not.toBeInTheDocument();
  });

  test("arrow keys, Home and End move focus and wrap; Enter or Space selects; Tab comes back to the selected tab", async () => {
    const user = userEvent.setup();
    render(
      <>
        <Harness />
        <button type="button">after</button>
      </>
    );
    await user.tab();
    expect(screen.getByRole("tab", { name: "Overview" })).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(screen.getByRole("tab", { name: "Set up" })).toHaveFocus();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Plan" })).toHaveFocus();
    expect(screen.getByRole("tab", { name: "Overview" })).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{End}");
    expect(screen.getByRole("tab", { name: "Set up" })).toHaveFocus();
    await user.keyboard("{Home}{ArrowRight}{Enter}");
    expect(screen.getByRole("tab", { name: "Plan" })).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowRight} ");
    expect(screen.getByRole("tab", { name: "RSP map" })).toHaveAttribute("aria-selected", "true");
    await user.tab();
    expect(screen.getByRole("button", { name: "after" })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole("tab", { name: "RSP map" })).toHaveFocus();
  });

  test("too narrow: the tabs that do not fit leave the tablist and the Tab order, and a More button appears", async () => {
    const restore = layOut(250, 70);
    try {
      const user = userEvent.setup();
      render(<Harness initial="setup" />);
      await laidOut();
      // 50 (More) + 70 (Set up, selected) + 70 (Overview) fits 250; + 70 (Plan) does not.
      const visible = screen.getAllByRole("tab").map((tab) => tab.textContent);
      expect(visible).toEqual(["Overview", "Set up"]);
      expect(screen.getByRole("button", { name: /^More\s*views\W+Problems: 2 errors$/ })).toHaveAttribute("aria-expanded", "false");
      // Arrow keys skip the tabs under More.
      await user.tab();
      expect(screen.getByRole("tab", { name: "Set up" })).toHaveFocus();
      await user.keyboard("{ArrowRight}");
      expect(screen.getByRole("tab", { name: "Overview" })).toHaveFocus();
    } finally {
      restore();
    }
  });

  test("choosing a view under More brings its tab into sight from the widths already measured", async () => {
    const restore = layOut(250, 70);
    try {
      const { rerender } = render(<ViewTabs selected="setup" onSelect={() => undefined} problems={null} />);
      await laidOut();
      expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual(["Overview", "Set up"]);
      // No resize is reported after this: the kept widths decide.
      rerender(<ViewTabs selected="rsp" onSelect={() => undefined} problems={null} />);
      expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual(["Overview", "RSP map"]);
      expect(screen.getByRole("tab", { name: "RSP map" })).toHaveAttribute("aria-selected", "true");
    } finally {
      restore();
    }
  });

  test("the More button shows no error count while the Problems tab is in sight", async () => {
    const restore = layOut(330, 70);
    try {
      render(<Harness initial="problems" />);
      await laidOut();
      expect(screen.getAllByRole("tab").map((tab) => tab.textContent?.replace(/:.*/, ""))).toEqual(["Overview", "Plan", "RSP map", "Problems"]);
      expect(screen.getByRole("button", { name: "More views" })).toBeInTheDocument();
    } finally {
      restore();
    }
  });

  test("the unseen copies used for measuring are out of the accessibility tree and the Tab order", () => {
    const { container } = render(<Harness />);
    const ghost = container.firstElementChild?.lastElementChild as HTMLElement;
    expect(ghost).toHaveAttribute("aria-hidden", "true");
    expect(ghost.querySelectorAll("button")).toHaveLength(6);
    expect([...ghost.querySelectorAll("button")].every((button) => button.tabIndex === -1 && !button.hasAttribute("role"))).toBe(true);
  });
});
