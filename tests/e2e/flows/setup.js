/** Set up into an empty workbook creates all seven tables, and its report fits the pane. */
const assert = require("assert/strict");
const { openPane, openView, hook, waitForValue } = require("../pane");

// DESIGN.md §2.
const ALL_TABLES = ["Settings", "Members", "RSP", "Plan", "WorkPlan", "Updates", "History"];

async function insertIntoEmptyWorkbook(ctx) {
  const page = await openPane(ctx, "?empty=1");
  assert.deepEqual(await hook(page, "tableNames"), [], "the ?empty=1 workbook should start with no tables");
  await openView(page, "Set up");
  await page.getByRole("button", { name: "Insert the bundled plan" }).click();
  // The pane then leaves the welcome view for the plan, and says what Set up did above it.
  await page.getByRole("alert").getByText(/Set up inserted/).waitFor({ timeout: 15000 });
  return page;
}

async function createsAllTables(ctx) {
  const page = await insertIntoEmptyWorkbook(ctx);
  const tables = await waitForValue(
    () => hook(page, "tableNames"),
    (names) => ALL_TABLES.every((name) => names.includes(name)),
    { what: "all seven tables in the fake workbook" }
  );
  assert.equal(tables.length, ALL_TABLES.length, `unexpected tables: ${tables.join(", ")}`);
  const refs = (await hook(page, "readColumn", "Plan", "Ref")).filter((ref) => ref !== "");
  assert.ok(refs.length > 50, `Plan has only ${refs.length} rows`);
}

async function reportFitsPane(ctx) {
  const page = await insertIntoEmptyWorkbook(ctx);
  await ctx.screenshot(page, "setup-inserted");
  await ctx.assertAccessible(page, "Set up after inserting");
  await ctx.assertFitsWidth(page, "Set up after inserting");
}

module.exports = [
  { name: "Set up into an empty workbook creates all seven tables", run: createsAllTables },
  { name: "Set up's report fits the pane and passes the accessibility scan", run: reportFitsPane },
];
