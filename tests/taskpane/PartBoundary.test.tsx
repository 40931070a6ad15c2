/** @jest-environment jsdom */
import * as React from "react";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PART_NOT_LOADED, PartBoundary } from "../../src/taskpane/components/PartBoundary";
import { lazyPart } from "../../src/taskpane/lazyPart";
import { renderInProvider } from "./renderInProvider";

jest.setTimeout(30_000);

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** A load that fails (as a chunk request answered 404 does) until `network.up` is set. */
function flakyLoad(network: { up: boolean; calls: number }) {
  return () => {
    network.calls++;
    return network.up ? Promise.resolve(Greeting) : Promise.reject(new Error("Loading chunk 42 failed."));
  };
}

describe("PartBoundary with lazyPart", () => {
  afterEach(() => jest.restoreAllMocks());

  it("shows a spinner while the part loads, then the part", async () => {
    const network = { up: true, calls: 0 };
    const LazyGreeting = lazyPart(flakyLoad(network));
    renderInProvider(
      <PartBoundary loadingLabel="Loading the greeting…">
        <LazyGreeting name="Ana" />
      </PartBoundary>
    );
    expect(screen.getByText("Loading the greeting…")).toBeInTheDocument();
    expect(await screen.findByText("Hello Ana")).toBeInTheDocument();
    expect(network.calls).toBe(1);
  });

  it("says in plain words that the part could not be loaded, and Try again fetches it anew", async () => {
    // React logs every error a boundary catches.
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const network = { up: false, calls: 0 };
    const LazyGreeting = lazyPart(flakyLoad(network));
    renderInProvider(
      <PartBoundary loadingLabel="Loading the greeting…">
        <LazyGreeting name="Ana" />
      </PartBoundary>
    );
    expect(await screen.findByText(PART_NOT_LOADED)).toBeInTheDocument();
    expect(screen.queryByText("Hello Ana")).not.toBeInTheDocument();

    network.up = true;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Hello Ana")).toBeInTheDocument();
    expect(screen.queryByText(PART_NOT_LOADED)).not.toBeInTheDocument();
    expect(network.calls).toBe(2);
  });

  it("lets an error that is not a failed load pass on to the boundary above", async () => {
    function Broken(): React.JSX.Element {
      throw new Error("a bug in the view");
    }
    const LazyBroken = lazyPart(() => Promise.resolve(Broken));
    class Outer extends React.Component<{ children: React.ReactNode }, { error: string | null }> {
      state = { error: null as string | null };
      static getDerivedStateFromError(error: Error) {
        return { error: error.message };
      }
      render() {
        return this.state.error ? <p>outer caught: {this.state.error}</p> : this.props.children;
      }
    }
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      renderInProvider(
        <Outer>
          <PartBoundary loadingLabel="Loading…">
            <LazyBroken />
          </PartBoundary>
        </Outer>
      );
      expect(await screen.findByText("outer caught: a bug in the view")).toBeInTheDocument();
      expect(screen.queryByText(PART_NOT_LOADED)).not.toBeInTheDocument();
    } finally {
      quiet.mockRestore();
    }
  });
});
