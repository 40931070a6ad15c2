#!/usr/bin/env node
"use strict";
/**
 * A real spreadsheet engine opens what kpi-tracker writes: build the template, set a few
 * Actuals as a user would, recalc as of 2023-07-01, then have LibreOffice (headless, with the
 * recalculating profile in ../shared/libreoffice) convert both workbooks to CSV, one file per
 * sheet, and check the Plan CSV shows the computed statuses. Run after `npm run build`.
 * Without soffice it skips with a warning, except in CI (CI=true) where that is a failure.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");

const ROOT = path.resolve(__dirname, "..");
// ../shared beside the clone; a git worktree under ../wt/NAME looks two levels up.
const PROFILE =
  [path.resolve(ROOT, "..", "shared", "libreoffice"), path.resolve(ROOT, "..", "..", "shared", "libreoffice")].find((p) => fs.existsSync(p)) ??
  path.resolve(ROOT, "..", "shared", "libreoffice");
const ACTUALS = { "1-a": 33, "1-b": 2 };
const EXPECTED_STATUS = { "1-a": "Achieved", "1-b": "Off track" };

function fail(message) {
  process.stderr.write(`libreoffice-check: FAILED: ${message}\n`);
  process.exit(1);
}

function sofficeVersion() {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  return probe.error || probe.status !== 0 ? null : probe.stdout.trim();
}

function cli(args) {
  const run = spawnSync(process.execPath, [path.join(ROOT, "bin", "kpi-tracker.js"), ...args], { encoding: "utf8" });
  if (run.status !== 0) fail(`kpi-tracker ${args.join(" ")} exited ${run.status}: ${run.stderr.trim()}`);
  return run.stdout;
}

async function setActuals(file) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Plan");
  const headers = sheet.getRow(1).values.map(String);
  const refCol = headers.indexOf("Ref");
  const actualCol = headers.indexOf("Actual");
  if (refCol < 1 || actualCol < 1) fail("the template's Plan sheet has no Ref or Actual header");
  sheet.eachRow((row, number) => {
    const ref = String(row.getCell(refCol).value);
    if (number > 1 && ref in ACTUALS) row.getCell(actualCol).value = ACTUALS[ref];
  });
  await workbook.xlsx.writeFile(file);
}

function convertToCsv(files, outDir, profileDir) {
  // 44 = comma, 34 = double quote, 76 = UTF-8; the last token -1 exports every sheet to its own file.
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
  const run = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${profileDir}`, "--headless", "--convert-to", filter, "--outdir", outDir, ...files],
    { encoding: "utf8", timeout: 50_000 }
  );
  if (run.error || run.status !== 0) fail(`soffice exited ${run.status}: ${run.error ? run.error.message : run.stderr.trim()}`);
}

/** Minimal CSV reader (quoted fields, doubled quotes, newlines inside quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      endField();
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      endField();
      rows.push(row);
      row = [];
    } else {
      field += ch;
    }
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

function planCsv(outDir, base) {
  const file = path.join(outDir, `${base}-Plan.csv`);
  if (!fs.existsSync(file)) fail(`LibreOffice wrote no ${path.basename(file)} (files: ${fs.readdirSync(outDir).join(", ")})`);
  return parseCsv(fs.readFileSync(file, "utf8"));
}

async function main() {
  const started = Date.now();
  const version = sofficeVersion();
  if (!version) {
    if (process.env.CI === "true") fail("soffice (LibreOffice) is not installed; install it with apt-get install libreoffice-calc");
    process.stderr.write("libreoffice-check: skipped, soffice (LibreOffice) is not installed\n");
    return;
  }
  if (!fs.existsSync(path.join(ROOT, "dist", "node", "cli", "main.js"))) fail("dist/node is missing: run npm run build first");
  if (!fs.existsSync(PROFILE)) fail(`the LibreOffice profile ${PROFILE} is missing`);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lo-"));
  try {
    const profile = path.join(work, "profile");
    fs.cpSync(PROFILE, profile, { recursive: true });
    const template = path.join(work, "plan.xlsx");
    const out = path.join(work, "out.xlsx");
    cli(["template", "-o", template]);
    await setActuals(template);
    cli(["recalc", template, "--as-of", "2023-07-01", "-o", out]);

    const csvDir = path.join(work, "csv");
    fs.mkdirSync(csvDir);
    convertToCsv([template, out], csvDir, profile);

    const before = planCsv(csvDir, "plan");
    const after = planCsv(csvDir, "out");
    const headers = after[0];
    const refCol = headers.indexOf("Ref");
    const statusCol = headers.indexOf("Status");
    if (refCol < 0 || statusCol < 0) fail(`the Plan CSV has no Ref or Status column (headers: ${headers.join(", ")})`);
    if (before.length !== after.length) fail(`the Plan CSV has ${before.length} rows before recalc and ${after.length} after`);
    for (const [ref, status] of Object.entries(EXPECTED_STATUS)) {
      const row = after.find((r) => r[refCol] === ref);
      if (!row) fail(`Plan row ${ref} is missing from the CSV`);
      if (row[statusCol] !== status) fail(`Plan ${ref} Status is "${row[statusCol]}" in the CSV, expected "${status}"`);
    }
    const empty = after.slice(1).filter((r) => r.length > 1 && r[statusCol] === "").length;
    if (empty > 0) fail(`${empty} Plan rows have no Status after recalc`);
    const sheets = fs.readdirSync(csvDir).filter((f) => f.startsWith("out-")).length;
    process.stdout.write(
      `libreoffice-check: ok (${version.split(" ").slice(0, 2).join(" ")}; ${sheets} sheets exported; ` +
        `Plan ${after.length - 1} rows with statuses; ${((Date.now() - started) / 1000).toFixed(1)} s)\n`
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => fail(error && error.message ? error.message : String(error)));
