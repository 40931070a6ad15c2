/** Every view of the pane: a screenshot, and an axe-core scan with no serious or critical violations. */
const { openPane, openView } = require("../pane");

const NARROWEST_PANE_PX = 320;

const VIEWS = [
  { tab: "Overview", file: "overview", ready: (page) => page.getByRole("group", { name: "Pillar 1" }).waitFor() },
  { tab: "Plan", file: "plan", ready: (page) => page.getByRole("list", { name: "KPIs" }).waitFor() },
  {
    tab: "RSP map",
    file: "rsp-map",
    // Open one objective, so the screenshot and the scan include a milestone with its actions.
    ready: async (page) => {
      await page.getByRole("button", { name: /^Objective 1\.1\.1/ }).click();
      await page.getByRole("list", { name: "Milestones of objective 1.1.1" }).waitFor();
    },
  },
  {
    tab: "Problems",
    file: "problems",
    ready: async (page) => {
      await page.getByRole("button", { name: "Validate", exact: true }).click();
      await page.getByRole("list", { name: "Problems" }).waitFor();
    },
  },
  { tab: "Set up", file: "setup", ready: (page) => page.getByRole("button", { name: "Insert the bundled plan" }).waitFor() },
];

module.exports = VIEWS.map((view) => ({
  name: `${view.tab} view: screenshot and accessibility scan`,
  run: async (ctx) => {
    // A broken Ref so the Problems view has something to list.
    const page = await openPane(ctx, "?brokenRef=1");
    await openView(page, view.tab);
    await view.ready(page);
    await ctx.screenshot(page, view.file);
    await ctx.assertFitsWidth(page, `${view.tab} view`);
    await ctx.assertAccessible(page, `${view.tab} view`);
    // Excel's narrowest task pane: still no sideways scrolling.
    await page.setViewportSize({ width: NARROWEST_PANE_PX, height: 900 });
    await ctx.assertFitsWidth(page, `${view.tab} view at ${NARROWEST_PANE_PX} px`);
  },
}));
