#!/usr/bin/env node
// `npm run bench`: compile the benchmark (bench/*.ts) with the engine, then run it.
// `--smoke` runs tiny sizes only; the test command uses it so the benchmark cannot rot.
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
const compiled = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.bench.json")], {
  stdio: "inherit",
  cwd: root,
});
if (compiled.status !== 0) process.exit(compiled.status || 1);

const run = spawnSync(
  process.execPath,
  ["--expose-gc", "--max-old-space-size=8192", path.join(root, "dist", "bench", "bench", "run.js"), ...process.argv.slice(2)],
  { stdio: "inherit", cwd: root }
);
process.exit(run.status === null ? 1 : run.status);
