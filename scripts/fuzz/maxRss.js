// Preloaded into a measured run (node -r scripts/fuzz/maxRss.js …): writes the process's peak resident memory in KB
// to the file named by PT_MAX_RSS_FILE when it exits.
"use strict";
const fs = require("fs");
const file = process.env.PT_MAX_RSS_FILE;
if (file) process.on("exit", () => fs.writeFileSync(file, String(process.resourceUsage().maxRSS)));
