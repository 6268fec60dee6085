#!/usr/bin/env node
"use strict";
// `npm run demo`: the main job on the bundled sample, for a machine without Excel.
//  1. `plan-tracker report` on assets/sample/ke-hoach-mau.xlsx at today's date → out/, printing the counts;
//  2. builds the pages (webpack, production) and serves the browser demo — the same task pane as in Excel, beside a
//     grid view of the sample workbook — on http://localhost:3000/demo.html until Ctrl+C.
// Without a terminal (CI) or with --no-serve it stops after the build. --date YYYY-MM-DD fixes the reporting date.
const { execFileSync } = require("child_process");
const fs = require("fs");
const http = require("http");
const path = require("path");
const { URL } = require("url");

const root = path.join(__dirname, "..");
const argv = process.argv.slice(2);
const dateArg = argv.indexOf("--date");
const date = dateArg >= 0 ? argv[dateArg + 1] : undefined;
const serve = !argv.includes("--no-serve") && process.stdout.isTTY && !process.env.CI;
const port = Number(process.env.PORT || 3000);

function step(text) {
  process.stdout.write(`\n▶ ${text}\n`);
}

function run(cmd, args, env = {}) {
  execFileSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
}

try {
  const sample = path.join("assets", "sample", "ke-hoach-mau.xlsx");
  const outDir = path.join(root, "out");
  fs.mkdirSync(outDir, { recursive: true });
  step(`Kiểm tra kế hoạch mẫu (${sample})`);
  run(process.execPath, ["bin/plan-tracker.js", "check", sample, ...(date ? ["--date", date] : [])]);
  step("Ghi trạng thái, bảng tổng hợp, lộ trình và báo cáo tháng vào một tệp mới");
  const stem = path.basename(sample, ".xlsx");
  const report = path.join(outDir, `${stem}.bao-cao.xlsx`);
  run(process.execPath, ["bin/plan-tracker.js", "report", sample, "--out", report, "--force", ...(date ? ["--date", date] : [])]);
  step("Dựng trang chạy thử trong trình duyệt (webpack)");
  run(process.execPath, [require.resolve("webpack/bin/webpack.js"), "--mode", "production", "--no-stats"], { PLAN_TRACKER_DEMO_BUILD: "1" });
  if (!serve) {
    process.stdout.write(
      `\nXong. Báo cáo: ${path.relative(process.cwd(), report)}. Trang chạy thử: dist/demo.html` +
        ` (chạy "npm run demo" trong một cửa sổ dòng lệnh để mở tại http://localhost:${port}/demo.html).\n`,
    );
    process.exit(0);
  }
  const dist = path.join(root, "dist");
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png",
    ".xml": "application/xml", ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
  http
    .createServer((req, res) => {
      const rel = decodeURIComponent(new URL(req.url || "/", "http://x").pathname).replace(/^\/+/, "") || "demo.html";
      const file = path.normalize(path.join(dist, rel));
      if (!file.startsWith(dist) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return res.writeHead(404).end();
      res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
      fs.createReadStream(file).pipe(res);
    })
    .on("error", (e) => {
      process.stderr.write(`Không mở được cổng ${port} (${e.code || e.message}); đặt biến PORT khác, ví dụ PORT=3100 npm run demo.\n`);
      process.exit(2);
    })
    .listen(port, "127.0.0.1", () => {
      process.stdout.write(`\nTrang chạy thử: http://localhost:${port}/demo.html  (Ctrl+C để dừng)\n`);
      process.stdout.write(`Báo cáo đã ghi: ${path.relative(process.cwd(), report)}\n`);
    });
} catch (e) {
  process.stderr.write(`npm run demo: ${e.message.split("\n")[0]}\n`);
  process.exit(2);
}
