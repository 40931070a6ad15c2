/**
 * The status report as it prints: the command line's file converted by LibreOffice to PDF, read
 * back with pdftotext, page by page. PNGs of the pages go to test-output/status/ for review.
 * Skips without soffice or pdftotext, except in CI (CI=true), where that is a failure.
 */
import { spawnSync } from "child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../cli/cliHarness";

const ROOT = path.resolve(__dirname, "../../..");
/** The project's LibreOffice profile (../shared/libreoffice beside the checkout, as scripts/libreoffice-check.js uses it). */
const SHARED_PROFILE = [path.resolve(ROOT, "..", "shared", "libreoffice"), path.resolve(ROOT, "..", "..", "shared", "libreoffice")].find((p) =>
  existsSync(p)
);
const OUTPUT = path.join(ROOT, "test-output", "status");

function available(tool: string): boolean {
  const probe = spawnSync(tool, ["-v"], { encoding: "utf8" });
  return !probe.error;
}

const tools = available("soffice") && available("pdftotext") && available("pdftoppm");
if (!tools && process.env.CI === "true") throw new Error("soffice, pdftotext and pdftoppm are needed in CI");
const describeWithTools = tools ? describe : describe.skip;

/** A year of data on the bundled plan: actuals for most KPIs, most 2022/23 activities held. */
async function withData(file: string, actuals: (index: number) => number | null, heldShare: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const plan = workbook.getWorksheet("Plan")!;
  const headers = (plan.getRow(1).values as unknown[]).slice(1).map(String);
  const col = (h: string) => headers.indexOf(h) + 1;
  plan.eachRow((row, number) => {
    if (number === 1) return;
    const value = actuals(number - 2);
    row.getCell(col("Actual")).value = value === null ? null : inTargetUnits(value, String(row.getCell(col("Target")).value ?? ""));
  });
  const work = workbook.getWorksheet("WorkPlan")!;
  const wh = (work.getRow(1).values as unknown[]).slice(1).map(String);
  const wc = (h: string) => wh.indexOf(h) + 1;
  work.eachRow((row, number) => {
    if (number === 1) return;
    const index = number - 2;
    if ((index * 37) % 100 < heldShare * 100) {
      row.getCell(wc("Status")).value = "Held";
      row.getCell(wc("Held on")).value = new Date(Date.UTC(2022, 7 + (index % 10), 1 + (index % 27)));
      row.getCell(wc("Participants")).value = 20 + (index % 15);
      row.getCell(wc("Women")).value = 5 + (index % 9);
    }
  });
  await workbook.xlsx.writeFile(file);
}

/**
 * A 0-12 figure as a coordinator would type it for this target: a share as a fraction (any
 * figure but 0 as the whole share, as those KPIs stood), an average on its scale of 5.
 */
function inTargetUnits(value: number, target: string): number {
  if (/average|out of/i.test(target)) return Math.min(5, value / 2);
  if (/%|half|third|quarter|percent/i.test(target)) return Math.min(value, 1);
  return value;
}

/**
 * Deterministic actuals, as a plan's year goes: at the first report a third of the KPIs have no
 * data and the rest are spread from none to the target; half a year later most have grown, some
 * stood still, and half of those without data got some.
 */
const firstActuals = (i: number): number | null => (i % 3 === 2 ? null : (i * 7) % 12);
const secondActuals = (i: number): number | null => {
  const first = firstActuals(i);
  if (first === null) return i % 2 === 0 ? (i * 5) % 10 : null;
  return first + (i % 4) * 2;
};

/**
 * The workbook with one sheet left in workbook.xml (its print titles renumbered to sheet 0), so
 * LibreOffice prints that sheet alone, numbered from page 1, as Excel prints one sheet.
 */
function onlySheet(xlsx: Buffer, name: string): Uint8Array {
  const files = unzipSync(new Uint8Array(xlsx));
  const workbook = strFromU8(files["xl/workbook.xml"]);
  const sheets = [...workbook.matchAll(/<sheet [^>]*\/>/g)].map((m) => m[0]);
  const keep = sheets.findIndex((s) => s.includes(`name="${name}"`));
  if (keep < 0) throw new Error(`no sheet ${name}`);
  let patched = workbook.replace(/<sheets>[\s\S]*<\/sheets>/, `<sheets>${sheets[keep]}</sheets>`);
  patched = patched.replace(/<definedName [^>]*>[^<]*<\/definedName>/g, (defined) => {
    const local = /localSheetId="(\d+)"/.exec(defined);
    if (!local || Number(local[1]) !== keep) return "";
    return defined.replace(/localSheetId="\d+"/, 'localSheetId="0"');
  });
  files["xl/workbook.xml"] = strToU8(patched);
  return zipSync(files);
}

function pdfPages(pdf: string): string[] {
  const run = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.split("\f").filter((page, i, all) => i < all.length - 1 || page.trim() !== "");
}

describeWithTools("the printed status report (LibreOffice → PDF)", () => {
  let folder: string;
  let pages: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), "status-print-"));
    const file = (name: string) => path.join(folder, name);
    expect((await runCli(["template", "-o", file("plan.xlsx")])).code).toBe(0);
    await withData(file("plan.xlsx"), firstActuals, 0.4);
    expect((await runCli(["status", file("plan.xlsx"), "--as-of", "2023-01-15", "-o", file("first.xlsx")])).code).toBe(0);
    await withData(file("first.xlsx"), secondActuals, 0.7);
    const second = await runCli(["status", file("first.xlsx"), "--as-of", "2023-07-15", "-o", file("second.xlsx")]);
    expect(second.stderr).toBe("");

    // Only the new sheet is printed: the workbook's other sheets are dropped from workbook.xml.
    writeFileSync(file("report.xlsx"), onlySheet(readFileSync(file("second.xlsx")), "Status 2023-07-15"));

    const profile = file("profile");
    // A copy of our own: soffice locks its profile, and other runs may use the shared one.
    if (SHARED_PROFILE) cpSync(SHARED_PROFILE, profile, { recursive: true });
    const convert = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", folder, file("report.xlsx")],
      { encoding: "utf8", timeout: 110_000 }
    );
    if (convert.status !== 0) throw new Error(`soffice: ${convert.stderr}`);
    pages = pdfPages(file("report.pdf"));

    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    spawnSync("pdftoppm", ["-png", "-r", "60", file("report.pdf"), path.join(OUTPUT, "page")]);
    cpSync(file("report.pdf"), path.join(OUTPUT, "report.pdf"));
  }, 240_000);

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("prints the bundled plan with a year of data on at most 6 pages", () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.length).toBeLessThanOrEqual(6);
    expect(readdirSync(OUTPUT).filter((f) => f.endsWith(".png"))).toHaveLength(pages.length);
    expect(existsSync(path.join(OUTPUT, "report.pdf"))).toBe(true);
  });

  it("holds the title, the headline counts, every pillar and Needs attention on page 1", () => {
    const one = pages[0];
    expect(one).toContain("Status report: ROCB A/P Strategic Action Plan 2022-2024");
    expect(one).toContain("as of 2023-07-15");
    expect(one).toMatch(/of the time elapsed/);
    for (const status of ["Achieved", "On track", "At risk", "Off track", "Missed", "No data"]) expect(one).toContain(status);
    for (const pillar of ["Pillar 1", "Pillar 2", "Pillar 3", "Pillar 4"]) expect(one).toContain(pillar);
    expect(one).toContain("Needs attention");
    expect(one).toContain("Biggest changes since the last report");
    expect(one).toMatch(/… and \d+ more under Needs attention, page 2\./);
  });

  it("shows the column headers on every page that continues a KPI table", () => {
    // A page continues a KPI table when it holds KPI rows ("1-a", "3-bb (2)") before any header.
    pages.slice(1).forEach((page) => {
      const lines = page.split("\n");
      const firstKpi = lines.findIndex((l) => /^\s*\d-[a-z]{1,2}(\s\(\d\))?\s{2,}/.test(l));
      if (firstKpi < 0) return;
      const before = lines.slice(0, firstKpi).join("\n");
      for (const header of ["Ref", "KPI", "Status", "Progress", "Trend"]) expect(before).toContain(header);
    });
  });

  it("cuts nothing at the right edge: the page-number footer and the last column print", () => {
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    expect(pages.join("\n")).toContain("Last data");
  });
});
