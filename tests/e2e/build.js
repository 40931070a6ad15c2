/** Builds the pages the browser tests load, when missing or older than their sources. */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const REPO = path.resolve(__dirname, "..", "..");
const BUILD_TIMEOUT_MS = 5 * 60 * 1000;

const PRODUCTION_SOURCES = ["src", "assets", "manifest.xml", "webpack.config.js", "tsconfig.web.json", "package-lock.json"];
const TEST_PAGE_SOURCES = [...PRODUCTION_SOURCES, "tests/e2e/page", "tests/support"];

function newestMtime(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function mtimeOf(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function isStale(output, sources) {
  const built = mtimeOf(output);
  if (built === 0) return true;
  return sources.some((source) => newestMtime(path.join(REPO, source)) > built);
}

function runWebpack(args, log) {
  log(`building: webpack ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(REPO, "node_modules/webpack-cli/bin/cli.js"), ...args], {
    cwd: REPO,
    encoding: "utf8",
    timeout: BUILD_TIMEOUT_MS,
  });
  if (result.status !== 0) {
    const lines = `${result.stdout || ""}${result.stderr || ""}`.trim().split("\n");
    const firstError = Math.max(0, lines.findIndex((line) => line.startsWith("ERROR")));
    const output = [...lines.slice(firstError, firstError + 12), "...", ...lines.slice(-6)].join("\n");
    const why = result.error ? result.error.message : `exit code ${result.status}`;
    throw new Error(`webpack ${args.join(" ")} failed (${why}):\n${output}`);
  }
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Runs a build, then dates its page now: webpack leaves a page it would write unchanged as it was, which would look stale forever. */
function builtNow(page, build) {
  build();
  const now = new Date();
  fs.utimesSync(page, now, now);
}

/** Ensures dist/testpage (test page) and dist/web (production pane) are built and fresh. */
function ensureBuilt(log, { production: needProduction = true } = {}) {
  const testPage = path.join(REPO, "dist/testpage/testpage.html");
  const production = path.join(REPO, "dist/web/taskpane.html");
  if (isStale(testPage, TEST_PAGE_SOURCES)) builtNow(testPage, () => runWebpack(["--mode", "production", "--env", "testpage"], log));
  if (needProduction && isStale(production, PRODUCTION_SOURCES)) builtNow(production, () => runWebpack(["--mode", "production"], log));
  if (fs.existsSync(path.join(REPO, "dist/web/testpage.html"))) {
    throw new Error("dist/web contains testpage.html: the test page must never be part of the production build");
  }
  return { testPageDir: path.dirname(testPage), productionDir: path.dirname(production) };
}

module.exports = { ensureBuilt, isStale, REPO };
