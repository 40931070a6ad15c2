/** Issue 12: a KPI's detail from every view, recording from the pane, who is still missing, narrow and dark panes. */
const assert = require("assert/strict");
const { openPane, openView, viewTab, hook, waitForValue } = require("../pane");

const detailHeading = (page) => page.locator("#kpi-detail-heading");
const fact = (page, term) => page.locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");

async function openFromPlan(page, query, name) {
  await openView(page, "Plan");
  await page.getByRole("searchbox", { name: "Search Ref, KPI, action or target" }).fill(query);
  await page.getByRole("list", { name: "KPIs" }).getByRole("button", { name }).first().click();
  await detailHeading(page).waitFor();
}

async function fromEveryView(ctx) {
  const page = await openPane(ctx);
  // Overview: a KPI that needs attention.
  await page.getByRole("list", { name: "KPIs that need attention" }).getByRole("button").first().click();
  await detailHeading(page).waitFor();
  await page.getByRole("button", { name: "Back" }).click();

  // Plan, found by search; the detail says the target as understood and why the status.
  await openFromPlan(page, "twice per year", /^3-a /);
  assert.match(await fact(page, "Understood as").innerText(), /^4 in total by 30 Jun 2024: twice per year × 2 years$/);
  assert.match(await fact(page, "Status").innerText(), /Off track: 1 against 2 expected, 50% of the plan elapsed\./);
  await page.getByRole("list", { name: "Activities, newest first" }).or(page.getByText("No WorkPlan activity lists this action")).first().waitFor();
  await ctx.screenshot(page, "kpi-detail");
  await ctx.assertAccessible(page, "KPI detail");
  const row = await hook(page, "findRow", "Plan", { Ref: "3-a", Part: 1 });
  await page.getByRole("button", { name: "Go to row" }).click();
  const address = await hook(page, "cellAddress", "Plan", row, "Ref");
  const sheetRow = address.match(/\d+$/)[0];
  await waitForValue(() => hook(page, "selection"), (s) => Boolean(s) && s.startsWith("Plan!") && new RegExp(`[A-Z]+${sheetRow}(:|$)`).test(s), {
    what: `the selection on 3-a's row (${address})`,
  });

  // RSP map: an action under its milestone.
  await openView(page, "RSP map");
  await page.getByRole("button", { name: /^Objective 1\.1\.1:/ }).click();
  await page.getByRole("list", { name: "Actions for 1.1.1-M1" }).getByRole("button").first().click();
  assert.match(await detailHeading(page).innerText(), /^1-a: /);

  // Problems: a target made unreadable opens its KPI from the problem.
  const target = await hook(page, "findRow", "Plan", { Ref: "1-e", Part: 1 });
  await hook(page, "editCell", "Plan", target, "Target", "lots of MRA");
  await viewTab(page, "Problems").waitFor();
  await openView(page, "Problems");
  await page.getByRole("button", { name: "Open KPI 1-e" }).click({ timeout: 15000 });
  assert.match(await detailHeading(page).innerText(), /^1-e: Number of MRA/);
  assert.match(await fact(page, "Status").innerText(), /Invalid/);
}

/** A user choosing where a KPI's actual comes from (the bundled plan measures every KPI by hand). */
async function setMeasure(page, ref, measure) {
  const row = await hook(page, "findRow", "Plan", { Ref: ref, Part: 1 });
  await hook(page, "editCell", "Plan", row, "Measure", measure);
  return row;
}

async function logMember(page, member) {
  const form = page.getByRole("form", { name: "Log an update" });
  const picker = form.getByRole("combobox", { name: /Member/ });
  const label = (await picker.locator("option").allInnerTexts()).find((text) => text.startsWith(`${member} (`));
  await picker.selectOption({ label });
  await form.getByRole("textbox", { name: "Evidence (text or link)" }).fill("=HYPERLINK(\"https://example.org\")");
  await form.getByRole("button", { name: "Log update" }).click();
  await form.getByText(/Logged an update for 1-b/).waitFor({ timeout: 15000 });
}

async function logUpdateChangesStatus(ctx) {
  const page = await openPane(ctx);
  const row = await setMeasure(page, "1-b", "updates:members");
  await waitForValue(async () => (await hook(page, "readColumn", "Plan", "Status"))[row], (s) => s === "No data", { what: "1-b No data once measured from Updates" });
  await openFromPlan(page, "1-b", /^1-b /);
  assert.match(await fact(page, "Status").innerText(), /^No data/);

  // Nothing is written until the form is valid.
  const updatesBefore = (await hook(page, "readColumn", "Updates", "Ref")).length;
  await page.getByRole("form", { name: "Log an update" }).getByRole("button", { name: "Log update" }).click();
  await page.getByText("Choose the Member: this KPI counts distinct Members in its updates.").waitFor();
  assert.equal((await hook(page, "readColumn", "Updates", "Ref")).length, updatesBefore);

  await logMember(page, "Indonesia");
  await waitForValue(() => fact(page, "Status").innerText(), (t) => t.startsWith("Off track"), { what: "1-b's status on screen" });
  await waitForValue(async () => (await hook(page, "readColumn", "Plan", "Status"))[row], (s) => s === "Off track", { what: "Plan!Status of 1-b" });
  const updates = await hook(page, "readColumn", "Updates", "Member");
  assert.equal(updates[updates.length - 1], "Indonesia");
  assert.equal((await hook(page, "readColumn", "Updates", "Evidence")).slice(-1)[0], "=HYPERLINK(\"https://example.org\")", "evidence must stay text");
  const selected = await hook(page, "selection");
  assert.match(selected || "", /^Updates!/, `the written Updates row should be selected, not ${selected}`);
  await ctx.screenshot(page, "log-update");
  await ctx.assertAccessible(page, "KPI detail after logging an update");
}

async function membersMissing(ctx) {
  const page = await openPane(ctx);
  await setMeasure(page, "1-b", "updates:members");
  await openFromPlan(page, "1-b", /^1-b /);
  await waitForValue(() => fact(page, "Status").innerText(), (t) => t.startsWith("No data"), { what: "1-b measured from Updates" });
  await logMember(page, "Indonesia");
  await logMember(page, "Mongolia");
  const heading = page.getByRole("heading", { name: /^Members: \d+ of 33 counted/ });
  await waitForValue(() => heading.innerText(), (t) => t === "Members: 2 of 33 counted, 31 not yet", { what: "the Members heading" });
  const groups = page.getByRole("list", { name: "Members by sub-region" });
  const sea = await groups.getByRole("listitem").filter({ hasText: /^SEA/ }).innerText();
  assert.match(sea, /Counted \(1\): Indonesia/);
  assert.doesNotMatch(sea.split("Counted")[0], /Indonesia/, "Indonesia is counted, so not missing");
  await heading.scrollIntoViewIfNeeded();
  await ctx.screenshot(page, "members-missing");
  await ctx.assertAccessible(page, "Members still missing");
}

async function markActivityHeld(ctx) {
  const page = await openPane(ctx);
  await setMeasure(page, "1-b", "activities");
  await openFromPlan(page, "1-b", /^1-b /);
  await waitForValue(() => fact(page, "Actual").innerText(), (t) => /^0 — the WorkPlan activities held/.test(t), { what: "1-b measured by activities" });
  const activities = page.getByRole("list", { name: "Activities, newest first" });
  const first = activities.getByRole("listitem").first();
  const id = (await first.innerText()).split(/\s/)[0];
  await first.getByRole("button", { name: new RegExp(`^Record outcome of ${id}`) }).click();
  const form = page.getByRole("form", { name: `Record ${id}` });
  await form.getByLabel(/^Held on/).fill("2023-06-01");
  await form.getByRole("textbox", { name: "Participants" }).fill("20");
  await form.getByRole("textbox", { name: "Women" }).fill("25");
  await form.getByRole("button", { name: "Save to WorkPlan" }).click();
  await form.getByText("Women (25) cannot be more than Participants (20).").waitFor();
  await form.getByRole("textbox", { name: "Women" }).fill("9");
  await form.getByRole("button", { name: "Save to WorkPlan" }).click();
  await form.getByText(`Marked ${id} held.`).waitFor({ timeout: 15000 });
  const wpRow = await hook(page, "findRow", "WorkPlan", { ID: id });
  assert.equal((await hook(page, "readColumn", "WorkPlan", "Status"))[wpRow], "Held");
  assert.equal((await hook(page, "readColumn", "WorkPlan", "Women"))[wpRow], 9);
  await waitForValue(() => fact(page, "Actual").innerText(), (t) => t.startsWith("1 — "), { what: "1-b's actual on screen" });
  assert.match(await hook(page, "selection"), /^WorkPlan!/);
}

async function tabsOnOneLine(page) {
  return page.evaluate(() => {
    // Tabs moved into the "More" menu are not displayed (0 × 0); the rest must share one line.
    const tabs = [...document.querySelectorAll('[role="tab"]')].map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0);
    const list = document.querySelector('[role="tablist"]');
    return { tops: [...new Set(tabs.map((r) => Math.round(r.top)))].length, overflow: list.scrollWidth - list.clientWidth, shown: tabs.length };
  });
}

async function narrow(ctx) {
  const page = await openPane(ctx);
  for (const width of [320, 350, 400, 450]) {
    await page.setViewportSize({ width, height: 900 });
    for (const view of ["Overview", "Plan", "RSP map", "Problems", "Set up"]) {
      await openView(page, view);
      const { tops, overflow, shown } = await tabsOnOneLine(page);
      if (view === "Overview") ctx.note(`${width} px: ${shown} of 5 tabs shown${shown < 5 ? ", the rest under More" : ""}`);
      assert.equal(tops, 1, `tabs wrap onto ${tops} lines at ${width} px`);
      assert.ok(overflow <= 0, `tabs overflow by ${overflow} px at ${width} px`);
      await ctx.assertFitsWidth(page, `${view} at ${width} px`);
    }
    await openFromPlan(page, "1-b", /^1-b /);
    await page.getByRole("form", { name: "Log an update" }).waitFor();
    await ctx.assertFitsWidth(page, `KPI detail at ${width} px`);
  }
  ctx.note("widths checked: 320, 350, 400, 450 px; five views and the KPI detail each");
  await page.setViewportSize({ width: 320, height: 900 });
  await openView(page, "Overview");
  // An error in the plan: with Problems under More, the More button carries the error count.
  const row = await hook(page, "findRow", "Plan", { Ref: "1-e", Part: 1 });
  await hook(page, "editCell", "Plan", row, "Target", "lots of MRA");
  await page.getByRole("button", { name: /^More\s*views\W+Problems: \d+ errors?$/ }).waitFor({ timeout: 15000 });
  await ctx.screenshot(page, "narrow-320");
  await ctx.assertAccessible(page, "Overview at 320 px");
}

async function dark(ctx) {
  const page = await openPane(ctx, "?theme=dark");
  await openFromPlan(page, "3-a", /^3-a /);
  await ctx.screenshot(page, "dark");
  await ctx.assertAccessible(page, "KPI detail in the dark theme");
  await page.getByRole("button", { name: "Back" }).click();
  await openView(page, "Overview");
  await ctx.assertAccessible(page, "Overview in the dark theme");
}

module.exports = [
  { name: "KPI detail opens from Overview, Plan, RSP map and Problems", run: fromEveryView },
  { name: "logging an update changes the KPI's status on screen and in the sheet", run: logUpdateChangesStatus },
  { name: "marking an activity held writes its WorkPlan row and counts it", run: markActivityHeld },
  { name: "the KPI detail lists the Members still missing by sub-region", run: membersMissing },
  { name: "320 to 450 px: tabs on one line, nothing scrolls sideways", run: narrow },
  { name: "dark theme: KPI detail and Overview pass the accessibility scan", run: dark },
];
