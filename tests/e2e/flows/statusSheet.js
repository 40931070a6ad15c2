/** Generate status sheet adds a "Status YYYY-MM-DD" sheet to the workbook. */
const assert = require("assert/strict");
const { openPane, hook, waitForValue } = require("../pane");

const STATUS_SHEET = /^Status \d{4}-\d{2}-\d{2}$/;

async function generateStatusSheet(ctx) {
  const page = await openPane(ctx);
  const before = await hook(page, "sheetNames");
  assert.ok(!before.some((name) => STATUS_SHEET.test(name)), "a status sheet existed before generating one");

  await page.getByRole("button", { name: "Generate status sheet" }).click();
  const added = await waitForValue(
    async () => (await hook(page, "sheetNames")).filter((name) => STATUS_SHEET.test(name)),
    (names) => names.length > 0,
    { what: "a Status sheet in the fake workbook" }
  );
  assert.equal(added.length, 1, `more than one status sheet: ${added.join(", ")}`);
  await page.getByText(`Added the sheet “${added[0]}”`).waitFor();
  await ctx.screenshot(page, "overview-status-sheet");
  await ctx.assertFitsWidth(page, "Overview after generating a status sheet");
}

module.exports = [{ name: "Generate status sheet adds the sheet to the workbook", run: generateStatusSheet }];
