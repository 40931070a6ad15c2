/** Issue 12, first run: a workbook without a plan opens on the welcome view, with three ways in. */
const assert = require("assert/strict");
const { openPane, openView, hook, waitForValue } = require("../pane");

const ALL_IS_WELL = /No KPI (with data )?is off track|Every RSP milestone has|No KPI matches these filters|No problems found/;
const PASTED_PLAN = [
  "1. Support the implementation of WCO conventions, instruments and tools",
  "\tSpecific Actions of ROCB A/P\tRelevant part of RSP 2022- 2024\tKPI\tTarget\tDeliverables in the RSP",
  "a)\tUpon request, assist Member's effort in implementing risk management tools\t1.1.1 – 1 st milestone\tNumber of implementing Members\tAt least 33/33 Members\t30 June 2024",
  "b)\tUpon request, assist Member's effort in developing national risk management database\t1.1.1 – 2 nd milestone\tNumber of Members\tAt least 27/33 Members\t30 June 2024",
  "c)\tUpon request, assist Member's effort in developing a national valuation database\t1.1.1 – 3 rd milestone\tNumber of Members\t33/33 Members\t30 June 2024",
].join("\n");

async function welcome(ctx) {
  const page = await openPane(ctx, "?empty=1");
  await page.getByRole("heading", { name: "Start with a plan" }).waitFor();
  for (const view of ["Plan", "RSP map", "Problems", "Overview"]) {
    await openView(page, view);
    await page.getByRole("heading", { name: "Start with a plan" }).waitFor();
    const text = await page.locator("#view-panel").innerText();
    assert.doesNotMatch(text, ALL_IS_WELL, `${view} says all is well without a plan`);
  }
  await ctx.screenshot(page, "first-run");
  await ctx.assertAccessible(page, "welcome view");
  await page.setViewportSize({ width: 320, height: 900 });
  await ctx.assertFitsWidth(page, "welcome view at 320 px");
  return page;
}

async function insertBundled(ctx) {
  const page = await welcome(ctx);
  await page.getByRole("button", { name: "Insert the bundled plan" }).click();
  await page.getByRole("heading", { name: /^Needs attention/ }).waitFor({ timeout: 15000 });
  assert.ok((await hook(page, "tableNames")).includes("Plan"));
}

async function fillPlan(form, { name, start, end }) {
  await form.getByRole("textbox", { name: /Plan name/ }).fill(name);
  await form.getByLabel(/^Starts/).fill(start);
  await form.getByLabel(/^Ends/).fill(end);
}

async function startEmptyPlan(ctx) {
  const page = await openPane(ctx, "?empty=1");
  const form = page.getByRole("form", { name: "Start an empty plan" });
  await form.getByRole("button", { name: "Create the plan" }).click();
  await form.getByText("Enter the plan's name.").waitFor();
  assert.deepEqual(await hook(page, "tableNames"), [], "an invalid form created tables");
  await fillPlan(form, { name: "Our own plan 2025-2026", start: "2025-01-01", end: "2026-12-31" });
  await form.getByRole("textbox", { name: /Pillar titles/ }).fill("People\nProcesses\nPartners");
  await form.getByRole("button", { name: "Create the plan" }).click();
  await page.getByRole("heading", { name: "No KPIs yet" }).waitFor({ timeout: 15000 });
  const tables = await hook(page, "tableNames");
  for (const name of ["Settings", "Members", "RSP", "Plan", "WorkPlan", "Updates", "History"]) assert.ok(tables.includes(name), `no ${name} table`);
  // An Excel table keeps one (empty) body row; the new Plan has no Ref in it.
  assert.deepEqual((await hook(page, "readColumn", "Plan", "Ref")).filter((ref) => ref !== ""), [], "the new Plan should be empty");
  await page.getByRole("group", { name: "Pillar 3" }).waitFor();
  const text = await page.locator("#view-panel").innerText();
  assert.match(text, /Our own plan 2025-2026/);
  assert.doesNotMatch(text, ALL_IS_WELL);
  await ctx.screenshot(page, "new-plan");
  await ctx.assertAccessible(page, "a new empty plan's Overview");
}

async function importIntoNewPlan(ctx) {
  const page = await openPane(ctx, "?empty=1");
  const form = page.getByRole("form", { name: "Import a plan" });
  await fillPlan(form, { name: "Imported plan", start: "2022-07-01", end: "2024-06-30" });
  await form.getByRole("textbox", { name: /Plan text/ }).fill(PASTED_PLAN);
  await form.getByRole("button", { name: "Create and import" }).click();
  await page.getByRole("heading", { name: /^Needs attention/ }).waitFor({ timeout: 15000 });
  const refs = await waitForValue(async () => (await hook(page, "readColumn", "Plan", "Ref")).filter((ref) => ref !== ""), (r) => r.length === 3, { what: "three imported Plan rows" });
  assert.deepEqual(refs, ["1-a", "1-b", "1-c"]);
  await openView(page, "Plan");
  await page.getByText("3 KPIs", { exact: true }).waitFor();
}

module.exports = [
  { name: "first run: welcome view, then insert the bundled plan", run: insertBundled },
  { name: "first run: start an empty plan of your own", run: startEmptyPlan },
  { name: "first run: import pasted plan text into a new plan", run: importIntoNewPlan },
];
