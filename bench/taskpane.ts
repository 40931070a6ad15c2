/**
 * Task pane cost.
 *
 * First chunk: every script taskpane.html loads before the pane can show Overview (its
 * <script> tags: the webpack runtime, the shared chunks, and the pane's, the ribbon's and the
 * custom functions' entries, which the shared runtime's page all loads), raw and gzip. The
 * parts loaded on first use (Set up, Import, the status sheet, the bundled plan, …) are listed
 * apart.
 *
 * First meaningful text, cold: each load in a new browser context (no HTTP cache), over HTTP
 * from a local server, timed in the page by performance marks (startTime: ms since navigation
 * start), against (a) an empty HTML page and (b) a minimal React + Fluent v9 page built with the
 * pane's production webpack settings in the same run. The pane is the browser test page: the
 * production pane over the in-memory Excel fake seeded with the bundled plan (so it also runs the
 * fake and seeds the plan, which Excel does for the real pane); its text is Overview's headline.
 */
import { spawnSync } from "child_process";
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

export interface BundleSizes {
  /** The scripts taskpane.html loads, in its order. */
  firstChunk: BundleRow[];
  firstChunkRawKB: number;
  firstChunkGzipKB: number;
  /** Chunks fetched only when a part of the pane is first used. */
  lazy: BundleRow[];
  lazyGzipKB: number;
}

export interface RenderRow {
  page: string;
  minMs: number;
  medianMs: number;
  runs: number;
  /** Script bytes the page fetched before its first text (uncompressed, as served). */
  scriptKB: number;
  /** Test page only: median time spent seeding the fake workbook and running its syncs (Excel's work, not the pane's). */
  harnessMedianMs?: number;
  /** Test page only: median of each run's time less that harness time. */
  withoutHarnessMedianMs?: number;
}

export interface RenderResult {
  rows: RenderRow[];
  /** Pane median / minimal React + Fluent median. */
  ratioToReference: number;
  ratioToReferenceMin: number;
  ratioToEmpty: number;
  /** Pane median without the test page's harness / minimal React + Fluent median. */
  ratioToReferenceWithoutHarness: number | null;
  measured: string;
}

function sizeOf(file: string, root: string): BundleRow {
  const raw = fs.readFileSync(file);
  return {
    file: path.relative(root, file),
    rawKB: round(raw.length / 1024, 1),
    gzipKB: round(zlib.gzipSync(raw, { level: 9 }).length / 1024, 1),
  };
}

/** Local script files an HTML page loads (<script src=…>), in order; office.js from the CDN is left out. */
export function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((match) => match[1]).filter((src) => !/^[a-z]+:\/\//i.test(src));
}

const sum = (rows: BundleRow[], key: "rawKB" | "gzipKB") => round(rows.reduce((total, row) => total + row[key], 0), 1);

export function bundleSizes(webDir: string, root = process.cwd()): BundleSizes | null {
  const page = path.join(webDir, "taskpane.html");
  if (!fs.existsSync(page)) return null;
  const initial = scriptsOf(fs.readFileSync(page, "utf8")).map((src) => path.join(webDir, src));
  const firstChunk = initial.map((file) => sizeOf(file, root));
  const lazy = fs
    .readdirSync(webDir)
    .filter((name) => name.endsWith(".js"))
    .map((name) => path.join(webDir, name))
    .filter((file) => !initial.includes(file))
    .map((file) => sizeOf(file, root))
    .sort((a, b) => b.gzipKB - a.gzipKB);
  return { firstChunk, firstChunkRawKB: sum(firstChunk, "rawKB"), firstChunkGzipKB: sum(firstChunk, "gzipKB"), lazy, lazyGzipKB: sum(lazy, "gzipKB") };
}

const BROWSERS = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findBrowser(): string | null {
  return BROWSERS.find((candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate))) ?? null;
}

const EMPTY_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8" /><title>Empty page (benchmark)</title></head>
<body><p>Empty page</p><script>performance.mark("bench:first-text")</script></body></html>
`;

interface Contender {
  page: string;
  url: string;
  mark: string;
}

interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Builds the minimal React + Fluent page with the pane's production webpack settings. */
function buildReferencePage(root: string, outDir: string): void {
  const cli = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const built = spawnSync(process.execPath, [cli, "--mode", "production", "--env", `referencePage=${outDir}`], {
    cwd: root,
    encoding: "utf8",
    timeout: 5 * 60 * 1000,
  });
  if (built.status !== 0) throw new Error(`building the reference page failed:\n${(built.stdout + built.stderr).slice(-2000)}`);
  fs.writeFileSync(path.join(outDir, "empty.html"), EMPTY_PAGE);
}

function summarize(samples: number[]): { minMs: number; medianMs: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { minMs: round(sorted[0], 1), medianMs: round(sorted[Math.floor(sorted.length / 2)], 1) };
}

/**
 * Time to first meaningful text, cold, of the pane and the two reference pages, interleaved run
 * by run after one warm-up round of the browser process. Null without a browser or test page.
 */
export async function firstRender(root: string, runs: number, log: (line: string) => void = () => undefined): Promise<RenderResult | null> {
  const executablePath = findBrowser();
  if (!executablePath) return null;
  // tests/e2e/build.js: dist/testpage (production build with the test page) when stale.
  const { ensureBuilt } = (await import(path.join(root, "tests", "e2e", "build.js"))) as {
    ensureBuilt: (log: (line: string) => void, options: { production: boolean }) => { testPageDir: string };
  };
  const { testPageDir } = ensureBuilt(log, { production: false });
  const referenceDir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-bench-reference-"));
  let server: StaticServer | null = null;
  // Loaded lazily so the rest of the benchmark runs where playwright-core is absent.
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    log("building the minimal React + Fluent page");
    buildReferencePage(root, referenceDir);
    const { startServer } = (await import(path.join(root, "tests", "e2e", "server.js"))) as {
      startServer: (mounts: Record<string, string>) => Promise<StaticServer>;
    };
    server = await startServer({ testpage: testPageDir, reference: referenceDir });
    const contenders: Contender[] = [
      { page: "empty HTML page", url: `${server.url}/reference/empty.html`, mark: "bench:first-text" },
      { page: "minimal React + Fluent page", url: `${server.url}/reference/reference.html`, mark: "bench:first-text" },
      { page: "task pane, Overview of the bundled plan", url: `${server.url}/testpage/testpage.html`, mark: "kpi:first-overview" },
    ];
    const samples = contenders.map(() => [] as number[]);
    const harness: number[] = [];
    const withoutHarness: number[] = [];
    const scriptBytes = contenders.map(() => 0);
    for (let pass = -1; pass < runs; pass++) {
      for (const [index, contender] of contenders.entries()) {
        // A new context per load: no HTTP cache, no code cache, no storage from earlier loads.
        const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
        try {
          const page = await context.newPage();
          await page.goto(contender.url, { waitUntil: "commit" });
          await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, contender.mark, { timeout: 30_000 });
          const measured = await page.evaluate((mark) => {
            const at = performance.getEntriesByName(mark)[0].startTime;
            const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
              (entry) => entry.initiatorType === "script" && entry.responseEnd <= at
            );
            const seed = ["kpi:test-seed-start", "kpi:test-seed-end"].map((name) => performance.getEntriesByName(name)[0]?.startTime);
            const seeding = seed[0] !== undefined && seed[1] !== undefined ? seed[1] - seed[0] : null;
            // The test page's fake answers each sync in this thread; Excel would, in its own process.
            const hook = (window as { __kpiTest?: { fakeWorkMs?: (before: number) => number } }).__kpiTest;
            const fakeWork = hook?.fakeWorkMs ? hook.fakeWorkMs(at) : 0;
            return { at, harness: seeding === null ? null : seeding + fakeWork, bytes: scripts.reduce((total, entry) => total + entry.decodedBodySize, 0) };
          }, contender.mark);
          if (pass >= 0) samples[index].push(measured.at);
          if (pass >= 0 && measured.harness !== null) {
            harness.push(measured.harness);
            withoutHarness.push(measured.at - measured.harness);
          }
          scriptBytes[index] = measured.bytes;
        } finally {
          await context.close();
        }
      }
    }
    const rows = contenders.map((contender, index) => ({
      page: contender.page,
      ...summarize(samples[index]),
      runs: samples[index].length,
      scriptKB: round(scriptBytes[index] / 1024, 1),
      ...(contender.mark === "kpi:first-overview" && harness.length > 0
        ? { harnessMedianMs: summarize(harness).medianMs, withoutHarnessMedianMs: summarize(withoutHarness).medianMs }
        : {}),
    }));
    const [empty, reference, pane] = rows;
    return {
      rows,
      ratioToReference: round(pane.medianMs / reference.medianMs, 2),
      ratioToReferenceMin: round(pane.minMs / reference.minMs, 2),
      ratioToEmpty: round(pane.medianMs / Math.max(empty.medianMs, 1), 1),
      ratioToReferenceWithoutHarness: pane.withoutHarnessMedianMs === undefined ? null : round(pane.withoutHarnessMedianMs / reference.medianMs, 2),
      measured:
        "ms from navigation start to each page's performance mark at its first text (pane: kpi:first-overview, Overview of the bundled plan " +
        "on the browser test page over the Excel fake; harnessMedianMs of it seeding the fake and running its syncs, which Excel does in its own " +
        "process for the real pane, and withoutHarnessMedianMs the rest); each load in a new browser context over " +
        "http://127.0.0.1, interleaved, after a warm-up round",
    };
  } finally {
    await browser.close();
    if (server) await server.close();
    fs.rmSync(referenceDir, { recursive: true, force: true });
  }
}
