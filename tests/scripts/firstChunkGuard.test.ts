/** The build's check that parts loaded on first use stay out of the pane's first scripts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lazyPartsIn, partsMatchingNothing, LAZY_PARTS } = require("../../scripts/firstChunkGuard") as {
  lazyPartsIn: (resources: string[]) => Array<[string, string]>;
  partsMatchingNothing: (resources: string[]) => string[];
  LAZY_PARTS: Array<[string, RegExp]>;
};

const repo = "/home/user/kpi-tracker";

describe("first chunk guard", () => {
  it("names each lazily loaded part found among the first scripts' modules, and nothing Overview needs", () => {
    const found = lazyPartsIn([
      `${repo}/src/workbook/evaluate.ts`,
      `${repo}/src/taskpane/components/Overview.tsx`,
      `${repo}/src/workbook/bundled/sap2022.ts`,
      `${repo}/src/workbook/statusSheet/index.ts`,
      `${repo}/src/taskpane/components/SetupView.tsx`,
      `${repo}/node_modules/@fluentui/react-menu/lib/index.js`,
      `${repo}/node_modules/@fluentui/react-tabs/lib/index.js`,
    ]);
    expect(found.map(([what]) => what)).toEqual(["the bundled plan", "the status sheet", "a view other than Overview", "Fluent's Menu"]);
  });

  it("reads Windows paths too", () => {
    expect(lazyPartsIn(["C:\\kpi\\src\\workbook\\setup.ts"])).toEqual([["Set up", "C:\\kpi\\src\\workbook\\setup.ts"]]);
  });

  it("reports a part that matches no module of the build, so a renamed file cannot pass by matching nothing", () => {
    const all = LAZY_PARTS.map(([what]) => what);
    expect(partsMatchingNothing([])).toEqual(all);
    expect(partsMatchingNothing([`${repo}/src/office/selfTest.ts`])).toEqual(all.filter((what) => what !== "Check this Excel"));
  });
});
