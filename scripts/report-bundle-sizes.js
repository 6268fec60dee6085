#!/usr/bin/env node
"use strict";
/**
 * Prints the size of each dist/*.js (bytes, KiB, gzip KiB) and exits 1 when the task pane's entry bundle,
 * taskpane.js, exceeds 1 MiB: the pane opens inside Excel, often Excel on the web over a provincial office's
 * connection, and all of it is parsed before the pane shows. Chunks loaded later with import() are listed only.
 *   node scripts/report-bundle-sizes.js [distDir]
 */
const fs = require("fs");
const path = require("path");
const { gzipSync } = require("zlib");

const TASKPANE_LIMIT = 1024 * 1024;

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function main(argv) {
  const dist = path.resolve(argv[0] || path.join(__dirname, "..", "dist"));
  if (!fs.existsSync(dist)) {
    console.error(`${dist} does not exist: run \`npx webpack --mode production\` first.`);
    return 1;
  }
  const files = fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .sort();
  if (files.length === 0) {
    console.error(`no .js files in ${dist}`);
    return 1;
  }
  let taskpane = 0;
  const width = Math.max(...files.map((f) => f.length));
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(dist, file));
    console.log(
      `${file.padEnd(width)}  ${String(bytes.length).padStart(9)} B  ${kib(bytes.length).padStart(11)}  gzip ${kib(gzipSync(bytes).length)}`,
    );
    if (file === "taskpane.js") taskpane = bytes.length;
  }
  if (taskpane === 0) {
    console.error("no taskpane.js in dist/");
    return 1;
  }
  if (taskpane > TASKPANE_LIMIT) {
    console.error(`task pane JavaScript is ${kib(taskpane)}, over the ${kib(TASKPANE_LIMIT)} limit`);
    return 1;
  }
  console.log(`task pane JavaScript: ${kib(taskpane)} (limit ${kib(TASKPANE_LIMIT)})`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
module.exports = { main };
