"use strict";
/**
 * Builds the add-in's pages:
 * - taskpane.html: the task pane inside Excel (loads office.js from Microsoft's CDN, as the Office Store requires);
 * - commands.html: the ribbon's function file (FunctionFile in manifest.xml; loads office.js, no UI);
 * - notice.html: the small dialog the ribbon command opens when it fails (loads office.js; no React);
 * - demo.html: the same task pane on a bundled workbook in any browser, without office.js;
 * and copies the icons, the help page and manifest.xml to dist/.
 *
 *   webpack --mode production      dist/ for hosting; ADDIN_PUBLIC_URL=https://host/path/ is required (the manifest's
 *                                  URLs are rewritten to it): without it the build fails rather than ship localhost
 *   webpack --mode production --env local   the same bundles for a local run (demo, end-to-end tests), manifest
 *                                  left on the dev server
 *   webpack serve --mode development   https://localhost:3000 (certificates from office-addin-dev-certs)
 */
const path = require("path");
const { builtinModules } = require("module");
const { URL } = require("url");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const MIB = 1024 * 1024;

/** notice.html's look: Office's font, the text wrapping in a small dialog, the button at the bottom right. */
const NOTICE_STYLE = [
  "body{margin:0;font:14px/1.45 'Segoe UI','Segoe UI Web (West European)',-apple-system,'Helvetica Neue',sans-serif;color:#242424;background:#fff}",
  "main{display:flex;flex-direction:column;gap:8px;padding:16px 20px}",
  "h1{margin:0;font-size:16px;font-weight:600;color:#a4262c}",
  "p{margin:0;white-space:pre-line;overflow-wrap:anywhere}",
  "button{align-self:flex-end;margin-top:8px;min-width:88px;padding:5px 16px;font:inherit;font-weight:600;color:#fff;background:#0f6cbd;border:1px solid #0f6cbd;border-radius:4px;cursor:pointer}",
  "button:hover{background:#115ea3}",
  "button:focus-visible{outline:2px solid #242424;outline-offset:2px}",
].join("");

/**
 * The manifest for hosting at `publicUrl`: every dev URL prefix replaced, and the dev origin in <AppDomain>
 * (which has no trailing slash) replaced by the public origin. Throws when the URL is not an https URL ending in "/",
 * because Office loads add-ins over https only and the manifest's paths are appended to it.
 */
function rewriteDevUrls(xml, publicUrl) {
  let parsed;
  try {
    parsed = new URL(publicUrl);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: "${publicUrl}"`);
  }
  if (parsed.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must use https: "${publicUrl}"`);
  if (!publicUrl.endsWith("/")) throw new Error(`ADDIN_PUBLIC_URL must end with "/": "${publicUrl}"`);
  const devOrigin = DEV_URL.slice(0, -1);
  return xml.split(DEV_URL).join(publicUrl).split(devOrigin).join(parsed.origin);
}

/** A page shell; office.js is loaded first when the page runs inside Office. */
function page({ title, loadsOfficeJs, body, head = "" }) {
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" type="image/png" href="assets/icons/icon-32.png" />
    ${loadsOfficeJs ? `<script src="${OFFICE_JS}"></script>` : ""}
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>
`;
}

function firstLine(error) {
  return String((error && error.message) || error).split("\n")[0];
}

/**
 * Loads the dev-server certificates from office-addin-dev-certs (it installs a local CA on first use).
 * Returns null, after saying why, when the package is missing or the certificates cannot be installed:
 * the server then runs on plain http, which the browser demo can use but Office cannot.
 */
async function httpsOptions() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch (error) {
    console.warn(
      `[webpack] office-addin-dev-certs is not available (${firstLine(error)}).\n` +
        `[webpack] Serving on plain http://localhost:${DEV_PORT}: the demo page works, Excel will not load the add-in.`,
    );
    return null;
  }
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(
      `[webpack] Could not install the development certificates: ${firstLine(error)}\n` +
        `[webpack] Serving on plain http://localhost:${DEV_PORT}: the demo page works, Excel will not load the add-in.\n` +
        `[webpack] Run "npx office-addin-dev-certs install" to see the full error.`,
    );
    return null;
  }
}

/** Every Node core module mapped to an empty module, so nothing from Node reaches a browser bundle. */
function noNodeCoreModules() {
  const fallback = {};
  for (const name of builtinModules) if (!name.startsWith("_")) fallback[name] = false;
  return fallback;
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const publicUrl = process.env.ADDIN_PUBLIC_URL;
  if (production && publicUrl) rewriteDevUrls("", publicUrl); // fail before building, not after
  // A local build (`--env local`: the end-to-end tests; `npm run demo`, which sets PLAN_TRACKER_DEMO_BUILD) only
  // serves the pages on this machine; a build for hosting must say where it is hosted.
  const local = Boolean(env.local) || Boolean(process.env.PLAN_TRACKER_DEMO_BUILD);
  if (production && !publicUrl && !local) {
    throw new Error(
      `ADDIN_PUBLIC_URL is not set: a production build would ship a manifest pointing at ${DEV_URL}. ` +
        `Set ADDIN_PUBLIC_URL=https://your.host/path/ (or build with --env local for a run on this machine).`,
    );
  }
  const manifestTransform = (content) =>
    production && publicUrl ? rewriteDevUrls(content.toString("utf8"), publicUrl) : content;

  /** @type {import('webpack').Configuration} */
  const config = {
    mode: production ? "production" : "development",
    // No source maps in a production bundle: they would publish the sources next to the add-in.
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/noticePage.ts",
      demo: "./src/demo/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      fallback: noNodeCoreModules(),
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // tsconfig.json emits CommonJS for Node and jest; webpack needs ES modules to pick the packages'
              // ESM builds and drop unused exports (with CommonJS, Fluent UI's icon chunks made a 17 MiB bundle).
              compilerOptions: { module: "es2020" },
            },
          },
        },
      ],
    },
    plugins: [
      // "node:fs" is a URL scheme to webpack; strip it so resolve.fallback above applies to it too.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        chunks: ["taskpane"],
        hash: production,
        templateContent: page({
          title: "Theo dõi kế hoạch",
          loadsOfficeJs: true,
          body: '<div id="container"></div>',
        }),
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        chunks: ["commands"],
        hash: production,
        templateContent: page({ title: "Theo dõi kế hoạch: lệnh", loadsOfficeJs: true, body: "" }),
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        chunks: ["notice"],
        hash: production,
        templateContent: page({
          title: "Theo dõi kế hoạch: thông báo",
          loadsOfficeJs: true,
          head: `<style>${NOTICE_STYLE}</style>`,
          body: "",
        }),
      }),
      new HtmlWebpackPlugin({
        filename: "demo.html",
        chunks: ["demo"],
        hash: production,
        templateContent: page({
          title: "Theo dõi kế hoạch: bản chạy thử",
          loadsOfficeJs: false,
          // The page is exactly the window: only the grid and the pane scroll, so the page never jumps.
          head: "<style>html,body{margin:0;height:100%}</style>",
          body: '<div id="container"></div>',
        }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icons", to: "assets/icons" },
          { from: "assets/help.html", to: "help.html" },
          { from: "manifest.xml", to: "manifest.xml", transform: manifestTransform },
          // The demo page opens the sample workbook from the server (src/demo/index.tsx).
          { from: "assets/sample/ke-hoach-mau.xlsx", to: "assets/sample/ke-hoach-mau.xlsx" },
        ],
      }),
    ],
    performance: {
      hints: production ? "warning" : false,
      maxEntrypointSize: MIB,
      maxAssetSize: MIB,
      assetFilter: (file) => file.endsWith(".js"),
    },
    optimization: { minimize: production },
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: { overlay: { warnings: false } },
    },
  };

  // Certificates are only needed to serve; a build must not try to install a CA.
  if (env.WEBPACK_SERVE) {
    const options = await httpsOptions();
    config.devServer.server = options ? { type: "https", options } : { type: "http" };
  }
  return config;
};

module.exports.rewriteDevUrls = rewriteDevUrls;
module.exports.DEV_URL = DEV_URL;
