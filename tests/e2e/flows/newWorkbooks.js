/**
 * Set up → Start the next cycle, and Import → Start a new plan from this text (issue 14): each
 * hands Excel.createWorkbook a new .xlsx holding the new plan, and the open workbook does not
 * change at all.
 */
const assert = require("assert/strict");
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const { openPane, openView, hook, waitForValue } = require("../pane");

const PACIFIC = fs.readFileSync(path.join(__dirname, "..", "..", "fixtures", "plans", "pacific-customs.tsv"), "utf8");

/** The one workbook the pane created, read with exceljs: each sheet's rows below its header, by header. */
async function createdWorkbook(page) {
  const created = await waitForValue(() => hook(page, "createdWorkbooks"), (list) => list.length > 0, { what: "a call of Excel.createWorkbook" });
  assert.equal(created.length, 1, "the pane should create exactly one workbook");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(created[0], "base64"));
  const sheet = (name) => {
    const worksheet = workbook.getWorksheet(name);
    assert.ok(worksheet, `the new workbook has no sheet ${name}`);
    const headers = worksheet.getRow(1).values.slice(1).map(String);
    const rows = [];
    worksheet.eachRow((row, number) => {
      if (number === 1) return;
      const record = Object.fromEntries(headers.map((header, i) => [header, row.getCell(i + 1).value]));
      if (Object.values(record).some((value) => value !== null && value !== "")) rows.push(record);
    });
    return rows;
  };
  const settings = Object.fromEntries(sheet("Settings").map((row) => [row.Key, row.Value]));
  return { sheet, settings };
}

const isoOf = (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

async function nextCycle(ctx) {
  const page = await openPane(ctx);
  await openView(page, "Set up");
  const before = await hook(page, "workbookState");
  await page.getByRole("button", { name: "Prepare the next cycle" }).click();
  const name = page.getByLabel("Next plan's name");
  await waitForValue(() => name.inputValue(), (value) => value !== "", { what: "the suggested name" });
  assert.match(await name.inputValue(), /2024-2026/);
  assert.equal(await page.getByLabel("Next plan starts").inputValue(), "2024-07-01");
  assert.equal(await page.getByLabel("Next plan ends").inputValue(), "2026-06-30");
  await page.getByRole("list", { name: "What carries over" }).getByText(/Baselines? set from the old Actual/).waitFor();
  const clicked = Date.now();
  await page.getByRole("button", { name: "Create the next plan's workbook" }).click();
  await page.getByText(/Opened the new workbook in a new Excel window/).waitFor({ timeout: 15000 });
  // Read, rollover, the writer's lazy chunk on first use, drawing and zipping: a number for the report, not a limit.
  ctx.note(`the bundled plan's next cycle: built and handed to createWorkbook ${Date.now() - clicked} ms after the click`);
  await page.getByRole("link", { name: /^Download .*2024-2026.*\.xlsx$/ }).waitFor();

  const next = await createdWorkbook(page);
  assert.equal(isoOf(next.settings["Plan start"]), "2024-07-01");
  assert.equal(isoOf(next.settings["Plan end"]), "2026-06-30");
  assert.match(String(next.settings["Plan name"]), /2024-2026/);
  const plan = next.sheet("Plan");
  assert.ok(plan.length > 50, `the next plan has only ${plan.length} Plan rows`);
  assert.ok(plan.every((row) => row.Actual === null || row.Actual === undefined), "the next plan's Plan rows keep no Actual");
  assert.ok(plan.some((row) => row.Baseline === 20), "1-a's old Actual (20) should be its Baseline");
  assert.ok(next.sheet("Members").length > 30, "the next plan keeps the Members");
  assert.equal(await hook(page, "workbookState"), before, "the open workbook changed");

  await ctx.screenshot(page, "setup-next-cycle");
  await ctx.assertAccessible(page, "Set up after starting the next cycle");
  await ctx.assertFitsWidth(page, "Set up after starting the next cycle");
}

async function newPlanFromText(ctx) {
  const page = await openPane(ctx);
  await openView(page, "Set up");
  const before = await hook(page, "workbookState");
  await page.getByRole("textbox", { name: "Plan text" }).fill(PACIFIC);
  await page.getByLabel(/Start a new plan from this text/).check();
  assert.equal(await page.getByLabel(/Keep this workbook's Members and RSP/).isChecked(), false, "Members are kept only when asked");
  await page.getByRole("button", { name: "Create the new plan's workbook" }).click();
  await page.getByText(/Opened the new workbook in a new Excel window/).waitFor({ timeout: 15000 });
  await page.getByText(/Plan start = 2024-07-01 \(from line 2/).waitFor();

  const next = await createdWorkbook(page);
  assert.match(String(next.settings["Plan name"]), /Pacific Islands Customs Network/);
  assert.equal(isoOf(next.settings["Plan start"]), "2024-07-01");
  assert.equal(isoOf(next.settings["Plan end"]), "2026-06-30");
  const refs = next.sheet("Plan").map((row) => row.Ref);
  assert.deepEqual(refs.slice(0, 2), ["1-a", "1-b"]);
  assert.equal(next.sheet("Members").length, 0, "another plan's Members are not kept unless asked");
  assert.equal(next.sheet("RSP").length, 0, "another plan's RSP is not kept unless asked");
  assert.equal(await hook(page, "workbookState"), before, "the open workbook changed");

  await ctx.screenshot(page, "setup-new-plan-from-text");
  await ctx.assertAccessible(page, "Set up after starting a new plan from text");
  await ctx.assertFitsWidth(page, "Set up after starting a new plan from text");
}

module.exports = [
  { name: "Set up: Start the next cycle opens the next plan as a new workbook, this one unchanged", run: nextCycle },
  { name: "Import: Start a new plan from this text opens it as a new workbook, this one unchanged", run: newPlanFromText },
];
