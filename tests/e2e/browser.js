/** Finding and launching a headless Chromium or Chrome with playwright-core. */
const fs = require("fs");
const os = require("os");
const path = require("path");

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** The browser to use: CHROME_PATH if set (and present), else the first installed candidate; null if none. */
function findBrowser(env = process.env) {
  if (env.CHROME_PATH) return fs.existsSync(env.CHROME_PATH) ? env.CHROME_PATH : null;
  return CANDIDATES.find((file) => fs.existsSync(file)) || null;
}

function isLoopback(url) {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
    return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
  } catch {
    return false;
  }
}

/**
 * Launches the browser with a fresh user-data dir. Every request off this machine is aborted,
 * as it would fail here anyway (office.js from the CDN among them). Returns { context, close() }.
 */
async function launchBrowser(executablePath, { viewport = { width: 420, height: 900 }, timeoutMs = 30000 } = {}) {
  const { chromium } = require("playwright-core");
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-e2e-profile-"));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: ARGS,
      viewport,
      timeout: timeoutMs,
    });
  } catch (error) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  context.setDefaultTimeout(10000);
  await context.route("**/*", (route) => (isLoopback(route.request().url()) ? route.continue() : route.abort()));
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

module.exports = { findBrowser, launchBrowser, isLoopback, ARGS };
