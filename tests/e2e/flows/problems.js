/** Problems: a broken Ref in WorkPlan is listed; clicking it selects that cell. */
const assert = require("assert/strict");
const { openPane, openView, hook, waitForValue } = require("../pane");

const BROKEN_REF = "1-zz"; // what ?brokenRef=1 writes into the first WorkPlan row's Refs

async function brokenRefSelectsCell(ctx) {
  const page = await openPane(ctx, "?brokenRef=1");
  await openView(page, "Problems");
  await page.getByRole("button", { name: "Validate", exact: true }).click();
  const problem = page.getByRole("list", { name: "Problems" }).getByRole("button").filter({ hasText: BROKEN_REF });
  await problem.first().waitFor();
  assert.equal(await problem.count(), 1, `expected one problem naming ${BROKEN_REF}`);

  const expected = await hook(page, "cellAddress", "WorkPlan", 0, "Refs");
  assert.notEqual(await hook(page, "selection"), expected, "the cell was selected before the click");
  await problem.click();
  await waitForValue(() => hook(page, "selection"), (address) => address === expected, {
    what: `the selection to move to ${expected}`,
  });
}

module.exports = [{ name: "Problems lists a broken WorkPlan Ref and selects its cell", run: brokenRefSelectsCell }];
