#!/usr/bin/env node
"use strict";
/**
 * Offline validation of the add-in manifest.
 *
 *   node scripts/validate-manifest.js [manifest.xml ...]
 *
 * Without arguments it checks manifest.xml and, when a build left one, dist/manifest.xml.
 * 1. Schema: xmllint against the Office manifest XSDs in ../shared/schemas/office-manifest (beside the repo root)
 *    or $OFFICE_MANIFEST_SCHEMAS. `office-addin-manifest validate` needs an online Microsoft service this network
 *    cannot reach, hence xmllint. When the schemas or xmllint are missing the schema step prints why and is skipped.
 * 2. Consistency, which the pre-2020 schemas do not check: every resid points at a resource, every resource is
 *    used, every string has an en-US override, the ExcelApi requirement set is declared, and every icon the
 *    manifest names exists under the dev URL with the pixel size it is used at.
 * Exits 1 when a check fails.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const REPO_ROOT = path.resolve(__dirname, "..");
const DEV_URL = "https://localhost:3000/";
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** The schema folder: $OFFICE_MANIFEST_SCHEMAS, else ../shared/schemas/office-manifest beside the repo root. */
function schemaDirectory(env = process.env, repoRoot = REPO_ROOT) {
  const fromEnv = env.OFFICE_MANIFEST_SCHEMAS;
  return fromEnv
    ? path.resolve(fromEnv)
    : path.resolve(repoRoot, "..", "shared", "schemas", "office-manifest");
}

/**
 * Whether schema validation can run here: `{ available: true }` or `{ available: false, reason }`.
 */
function schemaValidationAvailability(schemaDir = schemaDirectory()) {
  if (!fs.existsSync(path.join(schemaDir, ROOT_SCHEMA))) {
    return {
      available: false,
      reason: `no ${ROOT_SCHEMA} in ${schemaDir} (set OFFICE_MANIFEST_SCHEMAS to the folder)`,
    };
  }
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (probe.error) {
    return {
      available: false,
      reason: `xmllint not found (${probe.error.message}); install Debian's libxml2-utils`,
    };
  }
  return { available: true };
}

/** Runs xmllint on one file; `{ ok, output }` where output is what xmllint printed. */
function validateAgainstSchema(file, schemaDir = schemaDirectory()) {
  const result = spawnSync(
    "xmllint",
    ["--noout", "--nonet", "--schema", path.join(schemaDir, ROOT_SCHEMA), file],
    { encoding: "utf8" },
  );
  const output = `${result.stdout || ""}${result.stderr || ""}`.trim();
  if (result.error) return { ok: false, output: `xmllint could not run: ${result.error.message}` };
  return { ok: result.status === 0, output };
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function readPngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function attribute(tag, name) {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? match[1] : undefined;
}

/** Each `<bt:Image|Url|String id=…>` resource: kind, id, the whole element text. */
function resources(xml) {
  const found = [];
  const pattern = /<bt:(Image|Url|String)\s[^>]*?(?:\/>|>[\s\S]*?<\/bt:\1>)/g;
  for (let match; (match = pattern.exec(xml));) {
    const openTag = match[0].slice(0, match[0].indexOf(">") + 1);
    const id = attribute(openTag, "id");
    if (id !== undefined) {
      found.push({ kind: match[1], id, element: match[0], defaultValue: attribute(openTag, "DefaultValue") });
    }
  }
  return found;
}

/** A URL under the dev server mapped to the repo file it serves, when it is one (icons are copied as they are). */
function localFileFor(url, repoRoot) {
  if (!url || !url.startsWith(DEV_URL)) return undefined;
  const relative = url.slice(DEV_URL.length);
  return relative.startsWith("assets/") ? path.join(repoRoot, relative) : undefined;
}

/**
 * Checks the schemas cannot: returns a list of problems, empty when the manifest is consistent.
 * `repoRoot` is where icon URLs under the dev server resolve (https://localhost:3000/assets/x → <repoRoot>/assets/x).
 */
function checkManifest(xml, repoRoot = REPO_ROOT) {
  const problems = [];
  const defined = resources(xml);
  const ids = new Set(defined.map((r) => r.id));
  const used = new Set();
  for (const match of xml.matchAll(/\sresid="([^"]*)"/g)) {
    used.add(match[1]);
    if (!ids.has(match[1])) problems.push(`resid "${match[1]}" has no resource`);
  }
  for (const r of defined) {
    if (!used.has(r.id)) problems.push(`resource "${r.id}" is never used`);
  }
  const seen = new Set();
  for (const r of defined) {
    if (seen.has(r.id)) problems.push(`resource id "${r.id}" is defined twice`);
    seen.add(r.id);
  }

  // Every string the user reads has an English override; vi-VN is the default locale.
  for (const r of defined.filter((d) => d.kind === "String")) {
    if (!/<bt:Override\s[^>]*Locale="en-US"/.test(r.element))
      problems.push(`string "${r.id}" has no en-US override`);
  }
  for (const element of ["DisplayName", "Description"]) {
    const match = new RegExp(`<${element}\\s[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${element}>)`).exec(xml);
    if (!match) problems.push(`<${element}> is missing`);
    else if (!/<Override\s[^>]*Locale="en-US"/.test(match[1] || ""))
      problems.push(`<${element}> has no en-US override`);
  }

  if (
    !/<Requirements>[\s\S]*<Set\s[^>]*Name="ExcelApi"[^>]*MinVersion="\d+\.\d+"[\s\S]*<\/Requirements>/.test(
      xml,
    )
  ) {
    problems.push('no <Requirements> with <Set Name="ExcelApi" MinVersion="x.y"/>');
  }

  // Icons: each file must exist and be square at the size it is used at.
  const expected = new Map(); // url -> Set of sizes
  const expect = (url, size, where) => {
    if (!url) return problems.push(`${where}: no URL`);
    if (!expected.has(url)) expected.set(url, new Map());
    expected.get(url).set(size, where);
  };
  for (const element of ["IconUrl", "HighResolutionIconUrl"]) {
    const match = new RegExp(`<${element}\\s[^>]*DefaultValue="([^"]*)"`).exec(xml);
    if (!match) problems.push(`<${element}> is missing`);
    else expect(match[1], element === "IconUrl" ? 32 : 64, element);
  }
  const images = new Map(defined.filter((d) => d.kind === "Image").map((d) => [d.id, d.defaultValue]));
  for (const match of xml.matchAll(/<bt:Image\s[^>]*\/>/g)) {
    const size = attribute(match[0], "size");
    const resid = attribute(match[0], "resid");
    if (size !== undefined && resid !== undefined && images.has(resid)) {
      expect(images.get(resid), Number(size), `image "${resid}" used at size ${size}`);
    }
  }
  for (const [url, sizes] of expected) {
    const file = localFileFor(url, repoRoot);
    if (!file) continue; // a production URL: the dev manifest's copy was checked
    if (!fs.existsSync(file)) {
      problems.push(`${url}: no file ${path.relative(repoRoot, file)}`);
      continue;
    }
    const dimensions = readPngSize(fs.readFileSync(file));
    for (const [size, where] of sizes) {
      if (!dimensions) problems.push(`${where}: ${path.relative(repoRoot, file)} is not a PNG`);
      else if (dimensions.width !== size || dimensions.height !== size) {
        problems.push(
          `${where}: ${path.relative(repoRoot, file)} is ${dimensions.width}×${dimensions.height}, expected ${size}×${size}`,
        );
      }
    }
  }
  return problems;
}

function main(argv) {
  const files = argv.length > 0 ? argv.map((f) => path.resolve(f)) : [path.join(REPO_ROOT, "manifest.xml")];
  if (argv.length === 0) {
    const built = path.join(REPO_ROOT, "dist", "manifest.xml");
    if (fs.existsSync(built)) files.push(built);
  }
  const schemaDir = schemaDirectory();
  const availability = schemaValidationAvailability(schemaDir);
  if (!availability.available) console.log(`schema validation skipped: ${availability.reason}`);
  let failed = false;
  for (const file of files) {
    const name = path.relative(process.cwd(), file) || file;
    if (!fs.existsSync(file)) {
      console.error(`${name}: not found`);
      failed = true;
      continue;
    }
    if (availability.available) {
      const result = validateAgainstSchema(file, schemaDir);
      if (!result.ok) {
        console.error(`${name}: schema validation failed\n${result.output}`);
        failed = true;
      } else {
        console.log(`${name}: valid against ${path.join(schemaDir, ROOT_SCHEMA)}`);
      }
    }
    const problems = checkManifest(fs.readFileSync(file, "utf8"));
    for (const problem of problems) console.error(`${name}: ${problem}`);
    if (problems.length > 0) failed = true;
    else console.log(`${name}: resources, overrides, requirements and icons consistent`);
  }
  return failed ? 1 : 0;
}

module.exports = {
  schemaDirectory,
  schemaValidationAvailability,
  validateAgainstSchema,
  checkManifest,
  readPngSize,
  DEV_URL,
};

if (require.main === module) process.exitCode = main(process.argv.slice(2));
