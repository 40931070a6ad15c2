#!/usr/bin/env node
// `npm start`: serve the add-in on https://localhost:3000 and sideload it into desktop Excel.
// On machines without desktop Excel, use `npm run dev-server` and upload manifest.xml in
// Excel on the web (README).
"use strict";
const { spawn, spawnSync } = require("child_process");
const path = require("path");

const webpackCli = path.join(__dirname, "..", "node_modules", "webpack-cli", "bin", "cli.js");
const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], { stdio: "inherit" });
const sideload = spawnSync(process.execPath, [path.join(__dirname, "sideload.js")], { stdio: "inherit" });
if (sideload.status !== 0) {
  process.stderr.write("Sideloading failed; the dev server keeps running: upload manifest.xml in Excel on the web instead.\n");
}
const stop = () => {
  server.kill();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
