#!/usr/bin/env node
"use strict";
// The command line runs the compiled engine in lib/ (built by `npm install` through the prepare script).
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "lib", "cli", "guard.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("plan-tracker: the program is not built yet; run `npm install` (or `npm run build:cli`) first.\n");
  process.exit(2);
}
// The guard turns any failure into one line and exit code 2, and ends quietly on a closed pipe.
require(entry).start(process.argv.slice(2));
