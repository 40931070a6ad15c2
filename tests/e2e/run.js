#!/usr/bin/env node
/**
 * Browser end-to-end tests: the real task pane bundle in headless Chromium, over the in-memory
 * Excel fake (dist/testpage), plus the production page without Office (dist/web).
 *
 *   node tests/e2e/run.js          builds what is missing or stale, runs every flow
 *   E2E_ONLY="KPI detail|first run" node tests/e2e/run.js
 *                                  runs only the flows whose name matches (case-insensitive)
 *   CHROME_PATH=/path/to/chrome    use that browser
 *
 * No browser found: fails under CI=true, otherwise skips with a warning. Ends with the line
 * "N passed, M failed"; exits non-zero on any failure.
 */
const fs = require("fs");
const path = require("path");
const { ensureBuilt, REPO } = require("./build");
const { startServer } = require("./server");
const { findBrowser, launchBrowser } = require("./browser");
const { scanPage } = require("./axe");

const ALL_FLOWS = [
  ...require("./flows/overview"),
  ...require("./flows/setup"),
  ...require("./flows/problems"),
  ...require("./flows/statusSheet"),
  ...require("./flows/views"),
  ...require("./flows/offline"),
  ...require("./flows/firstRun"),
  ...require("./flows/kpiDetail"),
  ...require("./flows/newWorkbooks"),
  ...require("./flows/lazyParts"),
];

const FLOWS = process.env.E2E_ONLY ? ALL_FLOWS.filter((flow) => new RegExp(process.env.E2E_ONLY, "i").test(flow.name)) : ALL_FLOWS;

const FLOW_TIMEOUT_MS = 30000;
const OUTPUT_DIR = path.join(REPO, "test-output", "e2e");

const log = (line) => console.log(`e2e: ${line}`);

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function fileNameFor(name) {
  return name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "").toLowerCase();
}

/** What each flow receives: pages it opens are tracked so the runner can close them and report their errors. */
function flowContext(browser, baseUrl) {
  const pages = [];
  const pageErrors = [];
  const notes = [];
  return {
    baseUrl,
    pages,
    pageErrors,
    notes,
    async newPage() {
      const page = await browser.context.newPage();
      page.on("pageerror", (error) => pageErrors.push(`uncaught in page: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error" && !/net::ERR_|Failed to load resource/.test(message.text())) {
          pageErrors.push(`console.error: ${message.text().slice(0, 300)}`);
        }
      });
      pages.push(page);
      return page;
    },
    async screenshot(page, name) {
      const file = path.join(OUTPUT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
      notes.push(`screenshot ${path.relative(REPO, file)}`);
    },
    async assertAccessible(page, label) {
      const { blocking, other } = await scanPage(page);
      for (const line of other) notes.push(`axe (${label}, not blocking): ${line}`);
      if (blocking.length > 0) {
        throw new Error(`axe found ${blocking.length} serious/critical violation(s) in ${label}:\n    ${blocking.join("\n    ")}`);
      }
      notes.push(`axe: ${label} has no serious or critical violations`);
    },
    /** A task pane is narrow: nothing may push the page wider than the viewport (no sideways scrolling). */
    async assertFitsWidth(page, label) {
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      if (scrollWidth > innerWidth) {
        throw new Error(`${label} is ${scrollWidth} px wide in a ${innerWidth} px pane: it scrolls sideways`);
      }
    },
    note: (text) => notes.push(text),
  };
}

async function runFlow(flow, browser, baseUrl) {
  const ctx = flowContext(browser, baseUrl);
  let failure = null;
  try {
    await withTimeout(flow.run(ctx), FLOW_TIMEOUT_MS, flow.name);
    // Uncaught errors in the pane fail the flow even when its assertions held.
    const uncaught = ctx.pageErrors.filter((line) => line.startsWith("uncaught"));
    if (uncaught.length > 0) failure = new Error(uncaught.join("\n    "));
  } catch (error) {
    failure = error;
    const page = ctx.pages[ctx.pages.length - 1];
    if (page) {
      await page
        .screenshot({ path: path.join(OUTPUT_DIR, `FAILED-${fileNameFor(flow.name)}.png`), fullPage: true })
        .catch(() => undefined);
    }
  } finally {
    await Promise.all(ctx.pages.map((page) => page.close().catch(() => undefined)));
  }
  return { failure, notes: ctx.notes, pageErrors: ctx.pageErrors };
}

async function runAll(executablePath) {
  // The production page is only needed by flows that load it (production: true).
  const dirs = ensureBuilt(log, { production: FLOWS.some((flow) => flow.production) });
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  // Failure screenshots of an earlier run would mislead: only this run's are kept.
  for (const file of fs.readdirSync(OUTPUT_DIR)) {
    if (file.startsWith("FAILED-")) fs.rmSync(path.join(OUTPUT_DIR, file));
  }
  const server = await startServer({ testpage: dirs.testPageDir, web: dirs.productionDir });
  let browser = null;
  let passed = 0;
  let failed = 0;
  try {
    browser = await launchBrowser(executablePath);
    log(`${executablePath}, serving ${server.url}`);
    for (const flow of FLOWS) {
      const started = Date.now();
      const { failure, notes, pageErrors } = await runFlow(flow, browser, server.url);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (failure) {
        failed++;
        console.log(`not ok - ${flow.name} (${seconds} s)\n    ${String(failure.stack || failure).split("\n").join("\n    ")}`);
        for (const line of pageErrors) console.log(`    ${line}`);
      } else {
        passed++;
        console.log(`ok - ${flow.name} (${seconds} s)`);
      }
      for (const line of notes) console.log(`    ${line}`);
    }
  } finally {
    if (browser) await browser.close();
    await server.close();
  }
  return { passed, failed };
}

async function main() {
  const executablePath = findBrowser();
  if (!executablePath) {
    const why = process.env.CHROME_PATH
      ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist`
      : "no Chromium or Chrome found (looked for /usr/bin/chromium, chromium-browser, google-chrome; set CHROME_PATH)";
    if (process.env.CI === "true") {
      console.log(`e2e: FAILED: ${why}; CI must run the browser tests (apt-get install chromium)`);
      console.log(`0 passed, ${FLOWS.length} failed`);
      return 1;
    }
    console.log(`e2e: WARNING: ${why}; skipping the browser tests`);
    console.log(`0 passed, 0 failed, ${FLOWS.length} skipped`);
    return 0;
  }
  const started = Date.now();
  let result;
  try {
    result = await runAll(executablePath);
  } catch (error) {
    console.log(`e2e: could not run the browser tests: ${error && error.stack ? error.stack : error}`);
    result = { passed: 0, failed: FLOWS.length };
  }
  log(`finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${result.passed} passed, ${result.failed} failed`);
  return result.failed > 0 ? 1 : 0;
}

const HARD_LIMIT_MS = 10 * 60 * 1000; // a build plus every flow; a hang beyond this is a failure

if (require.main === module) {
  const guard = setTimeout(() => {
    console.log("e2e: the browser tests hung; giving up");
    console.log(`0 passed, ${FLOWS.length} failed`);
    process.exit(1);
  }, HARD_LIMIT_MS);
  guard.unref();
  main().then((code) => {
    clearTimeout(guard);
    process.exitCode = code;
  });
}

module.exports = { FLOWS, main };
