/**
 * Parts the pane loads on first use: when their chunk cannot be fetched (here answered 404),
 * the pane says so in plain words instead of going blank, changes nothing, and loads the part
 * once it can.
 */
const assert = require("assert/strict");
const { openPane, openView, hook } = require("../pane");

/** A lazily loaded chunk's URL: its webpack chunk name and content hash (webpack.config.js chunkFilename). */
const chunk = (name) => new RegExp(`/${name}\\.[0-9a-f]{8}\\.js$`);

async function failingView(ctx) {
  const page = await openPane(ctx);
  await page.getByRole("heading", { name: /^Needs attention/ }).waitFor();
  let refused = 0;
  await page.route(chunk("setup-view"), (route) => {
    refused++;
    return route.fulfill({ status: 404, contentType: "text/plain", body: "Not found" });
  });
  await openView(page, "Set up");
  await page.getByText(/This part of KPI Tracker could not be loaded/).waitFor();
  assert.ok(refused > 0, "the Set up view's chunk was never requested");
  assert.equal(await page.getByRole("button", { name: "Insert the bundled plan" }).count(), 0);
  const text = (await page.locator("#view-panel").innerText()).trim();
  assert.match(text, /Check the connection/, `the pane does not say what to do: ${JSON.stringify(text)}`);
  await ctx.screenshot(page, "lazy-view-failed");
  await ctx.assertAccessible(page, "a view that could not be loaded");

  await page.unroute(chunk("setup-view"));
  await page.getByRole("button", { name: "Try again" }).click();
  await page.getByRole("button", { name: "Insert the bundled plan" }).waitFor();
  // Overview is in the first chunk: still there.
  await openView(page, "Overview");
  await page.getByRole("heading", { name: /^Needs attention/ }).waitFor();
}

async function failingOperation(ctx) {
  const page = await openPane(ctx);
  const before = await hook(page, "sheetNames");
  await page.route(chunk("status-sheet"), (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "Not found" }));
  await page.getByRole("button", { name: "Generate status sheet" }).click();
  await page.getByRole("alert").getByText(/could not load the part it needs for this/).waitFor();
  assert.deepEqual(await hook(page, "sheetNames"), before, "a sheet was added although the status sheet's code never loaded");

  await page.unroute(chunk("status-sheet"));
  await page.getByRole("button", { name: "Generate status sheet" }).click();
  await page.getByText(/Added the sheet “Status \d{4}-\d{2}-\d{2}”/).waitFor();
}

/** The More menu's code loads when it is first opened; from the keyboard it works as Fluent's MenuTrigger would. */
async function moreMenuFromKeyboard(ctx) {
  const page = await openPane(ctx);
  await page.setViewportSize({ width: 320, height: 900 });
  const more = page.getByRole("button", { name: /^More\s*views/ });
  await more.focus();
  await page.keyboard.press("Enter");
  const first = page.getByRole("menuitem").first();
  await first.waitFor();
  await waitForFocus(page, '[role="menuitem"]', "the first menu item");
  await page.keyboard.press("Escape");
  await page.getByRole("menu").waitFor({ state: "detached" });
  await waitForFocus(page, 'button[aria-haspopup="menu"]', "the More button");
  assert.equal(await more.getAttribute("aria-expanded"), "false");
  // Opened again and an item chosen: that view is shown.
  await page.keyboard.press("Enter");
  const item = page.getByRole("menuitem").last();
  const label = (await item.innerText()).trim();
  await item.click();
  await page.waitForFunction(
    (name) => [...document.querySelectorAll('[role="tab"]')].some((t) => t.textContent.trim().startsWith(name) && t.getAttribute("aria-selected") === "true"),
    label
  );
}

async function waitForFocus(page, selector, what) {
  await page
    .waitForFunction((css) => document.activeElement && document.activeElement.matches(css), selector, { timeout: 5000 })
    .catch(async () => {
      const active = await page.evaluate(() => document.activeElement && document.activeElement.outerHTML.slice(0, 120));
      throw new Error(`focus is not on ${what} but on ${active}`);
    });
}

module.exports = [
  { name: "the More menu, loaded when first opened, works from the keyboard", run: moreMenuFromKeyboard },
  { name: "a view whose code cannot be fetched says so in plain words, and Try again loads it", run: failingView },
  { name: "Generate status sheet whose code cannot be fetched says so and adds no sheet", run: failingOperation },
];
