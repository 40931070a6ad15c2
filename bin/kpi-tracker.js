#!/usr/bin/env node
"use strict";
// The command line tool runs the compiled engine (npm run build writes dist/node).
let main;
try {
  ({ main } = require("../dist/node/cli/main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write("kpi-tracker is not built yet: run `npm run build` first.\n");
    process.exit(2);
  }
  throw error;
}
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`kpi-tracker: ${error && error.message ? error.message : String(error)}\n`);
    process.exit(1);
  }
);
