/** The production task pane served alone (office.js unreachable) explains itself within 2 s. */
const assert = require("assert/strict");

const LIMIT_MS = 2000;

async function explainsWithoutOffice(ctx) {
  const page = await ctx.newPage();
  let officeRequested = false;
  await page.route(/office\.js$/, (route) => {
    officeRequested = true;
    return route.abort("internetdisconnected");
  });
  const started = Date.now();
  await page.goto(`${ctx.baseUrl}/web/taskpane.html`, { waitUntil: "commit" });
  const explanation = page.locator("main", { hasText: "KPI Tracker is an Excel add-in" });
  await explanation.waitFor({ state: "visible", timeout: Math.max(LIMIT_MS - (Date.now() - started), 1) });
  const elapsed = Date.now() - started;
  assert.ok(elapsed <= LIMIT_MS, `the explanation took ${elapsed} ms`);
  assert.ok(officeRequested, "the production page did not ask for office.js at all");

  const text = (await page.locator("body").innerText()).trim();
  assert.ok(text.length > 200, `the page shows almost nothing: ${JSON.stringify(text)}`);
  assert.match(text, /Open it in Excel/, "the page does not say how to open the add-in in Excel");
  assert.ok((await page.getByRole("status").innerText()).trim().length > 0, "no reason is given for the fallback");
  ctx.note(`explanation shown after ${elapsed} ms`);

  await ctx.screenshot(page, "outside-excel");
  await ctx.assertFitsWidth(page, "page outside Excel");
  await ctx.assertAccessible(page, "page outside Excel");
}

module.exports = [
  { name: "production task pane without Office shows its explanation within 2 s", run: explainsWithoutOffice, production: true },
];
