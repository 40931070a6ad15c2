/** Overview: the four pillars, and live recalculation after a user edits an Actual. */
const assert = require("assert/strict");
const { openPane, openView, hook, statusIn, waitForValue } = require("../pane");

// Plan row 1-e, part 1: "At least 28 MRA", Measure manual, no Actual in the bundled plan.
const KPI = { Ref: "1-e", Part: 1 };
const NEW_ACTUAL = 30;
// A count target met at any date is Achieved (DESIGN.md §4): 30 MRA meets "At least 28 MRA".
const EXPECTED_STATUS = "Achieved";

async function fourPillars(ctx) {
  const page = await openPane(ctx);
  const cards = page.getByRole("group", { name: /^Pillar \d$/ });
  await cards.first().waitFor();
  const names = await cards.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("aria-label")));
  assert.deepEqual(names, ["Pillar 1", "Pillar 2", "Pillar 3", "Pillar 4"]);
  for (let i = 0; i < 4; i++) {
    assert.ok(await cards.nth(i).isVisible(), `${names[i]} card is not visible`);
    assert.match(await cards.nth(i).innerText(), /Progress: .*(across|No data yet)/, `${names[i]} card does not say what its progress covers`);
  }
}

async function editActualUpdatesStatus(ctx) {
  const page = await openPane(ctx);
  const row = await hook(page, "findRow", "Plan", KPI);
  assert.ok(row >= 0, "the bundled Plan has no row 1-e, part 1");
  assert.equal((await hook(page, "readColumn", "Plan", "Measure"))[row], "manual", "1-e should be measured manually");

  await openView(page, "Plan");
  // 1-e has one part, so its card says "1-e" without "part 1".
  const button = page.getByRole("list", { name: "KPIs" }).getByRole("button", { name: /^1-e Number of MRA/ });
  const shownStatus = async () => statusIn(await button.innerText());
  const before = await waitForValue(shownStatus, (s) => s !== null, { what: "1-e's status in the Plan view" });

  await hook(page, "editCell", "Plan", row, "Actual", NEW_ACTUAL);

  const after = await waitForValue(shownStatus, (s) => s !== before, {
    what: `1-e's status on screen to change from "${before}"`,
  });
  assert.equal(after, EXPECTED_STATUS, `1-e with Actual ${NEW_ACTUAL} shows "${after}"`);
  await waitForValue(
    async () => (await hook(page, "readColumn", "Plan", "Status"))[row],
    (value) => value === after,
    { what: `Plan!Status of 1-e to become "${after}"` }
  );
  await ctx.screenshot(page, "plan-after-edit");
}

module.exports = [
  { name: "Overview renders the four pillars", run: fourPillars },
  { name: "editing an Actual changes the KPI's status on screen and in the Status column", run: editActualUpdatesStatus },
];
