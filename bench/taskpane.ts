/**
 * Task pane cost: production bundle size (raw and gzip) and time to first render in headless
 * Chromium, against an empty page loaded in the same browser run.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { round } from "./timing";

export interface BundleRow {
  file: string;
  rawKB: number;
  gzipKB: number;
}

export interface RenderRow {
  page: string;
  firstRenderMs: number;
  emptyPageMs: number;
  ratio: number;
}

export function bundleSizes(webDir: string): BundleRow[] {
  return ["taskpane.js", "commands.js"]
    .map((file) => path.join(webDir, file))
    .filter((file) => fs.existsSync(file))
    .map((file) => {
      const raw = fs.readFileSync(file);
      return {
        file: path.relative(process.cwd(), file),
        rawKB: round(raw.length / 1024, 1),
        gzipKB: round(zlib.gzipSync(raw, { level: 9 }).length / 1024, 1),
      };
    });
}

const BROWSERS = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findBrowser(): string | null {
  return BROWSERS.find((candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate))) ?? null;
}

/** Median time from navigation until the pane shows its tabs, on the browser test page. */
export async function firstRender(testPage: string, runs: number): Promise<RenderRow | null> {
  const executablePath = findBrowser();
  if (!executablePath || !fs.existsSync(testPage)) return null;
  // Loaded lazily so the rest of the benchmark runs where playwright-core is absent.
  const { chromium } = await import("playwright-core");
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-bench-chrome-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const page = await context.newPage();
    const time = async (url: string, ready: () => Promise<unknown>) => {
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = Date.now();
        await page.goto(url);
        await ready();
        samples.push(Date.now() - start);
      }
      samples.sort((a, b) => a - b);
      return samples[Math.floor(samples.length / 2)];
    };
    const url = `file://${path.resolve(testPage)}`;
    const firstRenderMs = await time(url, () => page.waitForSelector('[role="tab"]', { timeout: 30_000 }));
    const emptyPageMs = await time("about:blank", () => page.waitForLoadState("load"));
    return { page: path.relative(process.cwd(), testPage), firstRenderMs, emptyPageMs, ratio: round(firstRenderMs / Math.max(emptyPageMs, 1), 1) };
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}
