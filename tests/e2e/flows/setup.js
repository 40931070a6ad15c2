/** Set up into an empty workbook creates all seven tables. */
const assert = require("assert/strict");
const { openPane, openView, hook, waitForValue } = require("../pane");

// DESIGN.md §2.
const ALL_TABLES = ["Settings", "Members", "RSP", "Plan", "WorkPlan", "Updates", "History"];

async function setUpEmptyWorkbook(ctx) {
  const page = await openPane(ctx, "?empty=1");
  assert.deepEqual(await hook(page, "tableNames"), [], "the ?empty=1 workbook should start with no tables");

  await openView(page, "Set up");
  await page.getByRole("button", { name: "Insert the bundled plan" }).click();
  await page.getByText(/Set up inserted/).waitFor();

  const tables = await waitForValue(
    () => hook(page, "tableNames"),
    (names) => ALL_TABLES.every((name) => names.includes(name)),
    { what: "all seven tables in the fake workbook" }
  );
  assert.equal(tables.length, ALL_TABLES.length, `unexpected tables: ${tables.join(", ")}`);
  const planRows = await hook(page, "readColumn", "Plan", "Ref");
  assert.ok(planRows.filter((ref) => ref !== "").length > 50, `Plan has only ${planRows.length} rows`);

  await ctx.screenshot(page, "setup-inserted");
  await ctx.assertAccessible(page, "Set up after inserting");
}

module.exports = [{ name: "Set up into an empty workbook creates all seven tables", run: setUpEmptyWorkbook }];
