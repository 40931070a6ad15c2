#!/usr/bin/env node
// Sideload into desktop Excel. office-addin-debugging is fetched only when this runs: it pulls
// keytar, which needs libsecret to build, so it stays out of the normal `npm install`.
"use strict";
const { spawnSync } = require("child_process");

const args = process.argv.slice(2);
const action = args[0] === "stop" ? "stop" : "start";
const result = spawnSync(
  "npx",
  ["--yes", "office-addin-debugging@6", action, "manifest.xml", "desktop", ...(action === "start" ? ["--app", "excel"] : [])],
  { stdio: "inherit", shell: process.platform === "win32" }
);
process.exit(result.status === null ? 1 : result.status);
