/** Driving the task pane on the test page: open it over a scenario, switch views, wait for the hook. */
const STATUSES = ["Invalid", "No data", "Not started", "Achieved", "Missed", "On track", "At risk", "Off track"];

/** Opens the test page (query e.g. "?empty=1") and waits until the pane is mounted over the fake. */
async function openPane(ctx, query = "") {
  const page = await ctx.newPage();
  await page.goto(`${ctx.baseUrl}/testpage/testpage.html${query}`);
  await page.waitForFunction(() => window.__kpiTest !== undefined, null, { timeout: 10000 });
  await page.evaluate(() => window.__kpiTest.ready);
  await page.getByRole("heading", { name: "KPI Tracker", level: 1 }).waitFor();
  return page;
}

/** The tab of a view: its name, or for Problems its name and count ("Problems: 2 errors, 5 warnings"). */
function viewTab(page, name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return page.getByRole("tab", { name: new RegExp(`^${escaped}(\\s*:|$)`) });
}

/** Clicks a view's tab ("Overview", "Plan", "RSP map", "Problems", "Set up") and waits for it to be selected. */
async function openView(page, name) {
  const tab = viewTab(page, name);
  // In a narrow pane, tabs that do not fit are in the "More" menu (once the tabs are measured).
  const more = page.getByRole("button", { name: /^More\s*views/ });
  await tab.or(more).first().waitFor();
  if (await tab.isVisible()) await tab.click();
  else {
    await more.click();
    await page.getByRole("menuitem", { name }).click();
  }
  await page.waitForFunction(
    (label) =>
      [...document.querySelectorAll('[role="tab"]')].some(
        (t) => t.textContent.trim().startsWith(label) && t.getAttribute("aria-selected") === "true"
      ),
    name
  );
}

/** Calls a method of window.__kpiTest in the page. */
function hook(page, method, ...args) {
  return page.evaluate(({ method, args }) => window.__kpiTest[method](...args), { method, args });
}

/** The status shown in a piece of text (a KPI button's text), or null. */
function statusIn(text) {
  return STATUSES.find((status) => text.includes(status)) || null;
}

/** Polls `read` until `accept(value)` holds; resolves to the value or throws with the last one seen. */
async function waitForValue(read, accept, { timeoutMs = 10000, what = "value" } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

module.exports = { openPane, openView, viewTab, hook, statusIn, waitForValue, STATUSES };
