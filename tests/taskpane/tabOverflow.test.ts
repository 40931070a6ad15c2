import { fitTabs } from "../../src/taskpane/tabOverflow";

const tabs = [
  { value: "overview", width: 70 },
  { value: "plan", width: 40 },
  { value: "rsp", width: 65 },
  { value: "problems", width: 95 },
  { value: "setup", width: 55 },
] as const;
const fit = (available: number, selected: (typeof tabs)[number]["value"] = "overview", moreWidth = 50) =>
  fitTabs({ tabs: [...tabs], available, moreWidth, selected, minimumVisible: 2 });

describe("which view tabs fit on one line", () => {
  test("all of them when they fit, without room kept for More", () => {
    expect(fit(325)).toEqual({ visible: ["overview", "plan", "rsp", "problems", "setup"], hidden: [] });
  });

  test("no layout (a test page, a hidden pane): all of them", () => {
    expect(fit(0).hidden).toEqual([]);
  });

  test("too narrow: the first ones that fit beside More, in order; the rest move to More", () => {
    // 50 (More) + 70 + 40 + 65 = 225; + 95 would be 320.
    expect(fit(300)).toEqual({ visible: ["overview", "plan", "rsp"], hidden: ["problems", "setup"] });
  });

  test("one pixel short of all: only the last tab moves, and More takes its place", () => {
    // 50 (More) + 70 + 40 + 65 + 95 = 320 fits in 324.
    expect(fit(324)).toEqual({ visible: ["overview", "plan", "rsp", "problems"], hidden: ["setup"] });
  });

  test("the selected tab always stays, in its own place", () => {
    expect(fit(230, "setup")).toEqual({ visible: ["overview", "plan", "setup"], hidden: ["rsp", "problems"] });
  });

  test("at least two stay however narrow", () => {
    expect(fit(10, "problems")).toEqual({ visible: ["overview", "problems"], hidden: ["plan", "rsp", "setup"] });
  });

  test("stops at the first tab that does not fit, as Fluent's overflow does, not skipping to a narrower one", () => {
    // 50 + 70 + 40 = 160; rsp (65) does not fit in 200 though setup (55) would.
    expect(fit(200).visible).toEqual(["overview", "plan"]);
  });
});
