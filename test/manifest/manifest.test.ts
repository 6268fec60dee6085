import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  DEV_URL,
  checkManifest,
  readPngSize,
  schemaDirectory,
  schemaValidationAvailability,
  validateAgainstSchema,
} from "../../scripts/validate-manifest";

const REPO_ROOT = join(__dirname, "..", "..");
const MANIFEST = join(REPO_ROOT, "manifest.xml");
const manifestXml = readFileSync(MANIFEST, "utf8");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

interface WebpackConfigModule {
  (env: Record<string, unknown>, argv: { mode: string }): Promise<{ plugins: unknown[]; devtool: unknown }>;
  rewriteDevUrls(xml: string, publicUrl: string): string;
}
// webpack.config.js is plain Node (webpack-cli loads it without a TypeScript step).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as WebpackConfigModule;

/** Replaces exactly one occurrence, so a mutation that silently misses fails the test instead. */
function replaceOnce(text: string, search: string, replacement: string): string {
  const at = text.indexOf(search);
  if (at < 0 || text.indexOf(search, at + 1) >= 0) throw new Error(`expected exactly one "${search}"`);
  return text.slice(0, at) + replacement + text.slice(at + search.length);
}

// Schema validation needs the XSDs in ../shared (or $OFFICE_MANIFEST_SCHEMAS) and xmllint (libxml2-utils).
// Where either is missing these tests are skipped and the reason is printed; the other tests still run.
const schemaDir = schemaDirectory();
const availability = schemaValidationAvailability(schemaDir);
const schemaTest = availability.available ? test : test.skip;
if (!availability.available) console.warn(`manifest schema tests skipped: ${availability.reason}`);

describe("manifest.xml against the Office manifest schemas", () => {
  let workDir = "";
  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), "manifest-test-"));
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  function validate(xml: string): { ok: boolean; output: string } {
    const file = join(workDir, `m${Math.random().toString(36).slice(2)}.xml`);
    writeFileSync(file, xml, "utf8");
    return validateAgainstSchema(file, schemaDir);
  }

  schemaTest("the manifest is valid", () => {
    const result = validateAgainstSchema(MANIFEST, schemaDir);
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });

  schemaTest("the manifest rewritten for production is valid", () => {
    const result = validate(
      webpackConfig.rewriteDevUrls(manifestXml, "https://plan-tracker.example.org/addin/"),
    );
    expect(result.ok).toBe(true);
  });

  // The validator must be able to say no: each mutation breaks a rule the schemas enforce.
  schemaTest.each([
    [
      "elements out of order",
      (xml: string) =>
        replaceOnce(xml, "<Version>0.1.0.0</Version>\n", "").replace(
          "</ProviderName>",
          "</ProviderName>\n  <Version>0.1.0.0</Version>",
        ),
    ],
    ["an Id that is not a GUID", (xml: string) => xml.replace(/<Id>[^<]*<\/Id>/, "<Id>plan-tracker</Id>")],
    [
      "a display name over 125 characters",
      (xml: string) =>
        xml.replace(
          'DisplayName DefaultValue="Theo dõi kế hoạch"',
          `DisplayName DefaultValue="${"x".repeat(126)}"`,
        ),
    ],
    [
      "an unknown permission",
      (xml: string) =>
        replaceOnce(
          xml,
          "<Permissions>ReadWriteDocument</Permissions>",
          "<Permissions>Everything</Permissions>",
        ),
    ],
  ])("rejects %s", (_name, mutate) => {
    const mutated = mutate(manifestXml);
    expect(mutated).not.toBe(manifestXml);
    expect(validate(mutated).ok).toBe(false);
  });
});

describe("manifest.xml consistency", () => {
  test("the manifest has no problems", () => {
    expect(checkManifest(manifestXml, REPO_ROOT)).toEqual([]);
  });

  // Each case breaks one rule the pre-2020 schemas do not check.
  test.each([
    [
      "a resid with no resource",
      (xml: string) => replaceOnce(xml, '<Label resid="Refresh.Label"/>', '<Label resid="Refresh.Lable"/>'),
      'resid "Refresh.Lable" has no resource',
    ],
    [
      "a resource nobody uses",
      (xml: string) =>
        replaceOnce(
          xml,
          "</bt:ShortStrings>",
          '<bt:String id="Spare" DefaultValue="x"><bt:Override Locale="en-US" Value="x"/></bt:String></bt:ShortStrings>',
        ),
      'resource "Spare" is never used',
    ],
    [
      "a string without English",
      (xml: string) => replaceOnce(xml, '<bt:Override Locale="en-US" Value="Open dashboard"/>', ""),
      'string "OpenPane.Label" has no en-US override',
    ],
    [
      "a long string with another locale only",
      (xml: string) =>
        xml.replace(/(<bt:String id="Refresh.Tooltip"[\s\S]*?)Locale="en-US"/, '$1Locale="fr-FR"'),
      'string "Refresh.Tooltip" has no en-US override',
    ],
    [
      "a display name without English",
      (xml: string) => replaceOnce(xml, '<Override Locale="en-US" Value="Plan tracker"/>', ""),
      "<DisplayName> has no en-US override",
    ],
    [
      "no requirement set",
      (xml: string) => xml.replace(/<Requirements>[\s\S]*?<\/Requirements>/, ""),
      "no <Requirements>",
    ],
    [
      "an icon of the wrong size",
      (xml: string) => replaceOnce(xml, "assets/icons/icon-16.png", "assets/icons/icon-32.png"),
      "is 32×32, expected 16×16",
    ],
    [
      "a missing icon file",
      (xml: string) => replaceOnce(xml, "assets/icons/icon-80.png", "assets/icons/icon-81.png"),
      "no file assets/icons/icon-81.png",
    ],
    [
      "a high-resolution icon of the wrong size",
      (xml: string) =>
        replaceOnce(
          xml,
          '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icons/icon-64.png"/>',
          '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icons/icon-128.png"/>',
        ),
      "HighResolutionIconUrl: assets/icons/icon-128.png is 128×128, expected 64×64",
    ],
  ])("finds %s", (_name, mutate, problem) => {
    const mutated = mutate(manifestXml);
    expect(mutated).not.toBe(manifestXml);
    expect(checkManifest(mutated, REPO_ROOT).join("\n")).toContain(problem);
  });

  test("requires ExcelApi 1.13, the set of Range.getMergedAreasOrNullObject", () => {
    expect(manifestXml).toMatch(
      /<Requirements>\s*<Sets>\s*<Set Name="ExcelApi" MinVersion="1.13"\/>\s*<\/Sets>\s*<\/Requirements>/,
    );
  });

  test("the default locale is vi-VN with Vietnamese names", () => {
    expect(manifestXml).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
    expect(manifestXml).toContain('<DisplayName DefaultValue="Theo dõi kế hoạch">');
    expect(manifestXml).toContain('<bt:String id="Group.Label" DefaultValue="Theo dõi kế hoạch">');
    expect(manifestXml).toContain('<bt:String id="OpenPane.Label" DefaultValue="Mở bảng điều khiển">');
    expect(manifestXml).toContain('<bt:String id="Refresh.Label" DefaultValue="Cập nhật trạng thái">');
    expect(manifestXml.normalize("NFC")).toBe(manifestXml);
  });

  test("the Home tab group has the pane button and the refresh command", () => {
    const group = /<OfficeTab id="TabHome">([\s\S]*?)<\/OfficeTab>/.exec(manifestXml)?.[1] ?? "";
    const actions = [...group.matchAll(/<Action xsi:type="(\w+)">([\s\S]*?)<\/Action>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(actions.map((a) => a[0])).toEqual(["ShowTaskpane", "ExecuteFunction"]);
    expect(actions[0]?.[1]).toContain('<SourceLocation resid="Taskpane.Url"/>');
    expect(actions[1]?.[1]).toContain("<FunctionName>refreshStatuses</FunctionName>");
    expect(manifestXml).toContain('<FunctionFile resid="Commands.Url"/>');
    expect(manifestXml).toContain(`<bt:Url id="Commands.Url" DefaultValue="${DEV_URL}commands.html"/>`);
    expect(manifestXml).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${DEV_URL}taskpane.html"/>`);
  });

  test("the function named by the refresh button is registered by the commands code", () => {
    const dir = join(REPO_ROOT, "src", "commands");
    const code = readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(join(dir, f), "utf8"))
      .join("\n");
    expect(code).toMatch(/associate\(\s*["']refreshStatuses["']/);
  });
});

describe("icons", () => {
  test.each([16, 32, 64, 80, 128])("assets/icons/icon-%i.png is a %i px square PNG", (size) => {
    const bytes = readFileSync(join(REPO_ROOT, "assets", "icons", `icon-${size}.png`));
    expect(readPngSize(bytes)).toEqual({ width: size, height: size });
  });

  test("readPngSize refuses what is not a PNG", () => {
    expect(
      readPngSize(Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")),
    ).toBeNull();
    expect(readPngSize(Buffer.alloc(0))).toBeNull();
  });
});

describe("webpack build of the manifest's pages", () => {
  interface HtmlPlugin {
    userOptions: { filename: string; templateContent: string };
  }
  interface CopyPlugin {
    patterns: Array<{ from: string; to: string }>;
  }
  const pages: HtmlPlugin["userOptions"][] = [];
  let copies: CopyPlugin["patterns"] = [];
  beforeAll(async () => {
    const config = await webpackConfig({ local: true }, { mode: "production" });
    for (const plugin of config.plugins) {
      if (plugin && typeof plugin === "object" && "userOptions" in plugin)
        pages.push((plugin as HtmlPlugin).userOptions);
      if (plugin && typeof plugin === "object" && "patterns" in plugin)
        copies = copies.concat((plugin as CopyPlugin).patterns);
    }
  });

  test("every dev-server URL in the manifest is a page or file the build emits", () => {
    const urls = [...manifestXml.matchAll(/"(https:\/\/localhost:3000\/[^"]*)"/g)].map((m) => m[1] ?? "");
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      const served = url.slice(DEV_URL.length);
      const isPage = pages.some((p) => p.filename === served);
      const isCopied = copies.some(
        (c) =>
          c.to === served ||
          (served.startsWith(`${c.to}/`) &&
            existsSync(join(REPO_ROOT, c.from, served.slice(c.to.length + 1)))),
      );
      expect({ url, emitted: isPage || isCopied }).toEqual({ url, emitted: true });
    }
  });

  test("the pages inside Office load office.js and the demo does not", () => {
    const loadsOffice = Object.fromEntries(
      pages.map((p) => [p.filename, p.templateContent.includes(OFFICE_JS)]),
    );
    expect(loadsOffice).toEqual({
      "taskpane.html": true,
      "commands.html": true,
      "notice.html": true,
      "demo.html": false,
    });
  });
});

describe("rewriteDevUrls", () => {
  test("replaces every dev URL and the dev origin", () => {
    const rewritten = webpackConfig.rewriteDevUrls(manifestXml, "https://plan-tracker.example.org/addin/");
    expect(rewritten).not.toContain("localhost:3000");
    expect(rewritten).toContain(
      '<SourceLocation DefaultValue="https://plan-tracker.example.org/addin/taskpane.html"/>',
    );
    expect(rewritten).toContain("<AppDomain>https://plan-tracker.example.org</AppDomain>");
  });

  test.each([
    ["http://plan-tracker.example.org/", "must use https"],
    ["https://plan-tracker.example.org/addin", 'must end with "/"'],
    ["plan-tracker.example.org/", "is not a URL"],
  ])("refuses %s", (url, message) => {
    expect(() => webpackConfig.rewriteDevUrls(manifestXml, url)).toThrow(message);
  });
});

describe("the production build", () => {
  const saved = process.env.ADDIN_PUBLIC_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  });

  test("fails without ADDIN_PUBLIC_URL instead of shipping localhost URLs", async () => {
    delete process.env.ADDIN_PUBLIC_URL;
    await expect(webpackConfig({}, { mode: "production" })).rejects.toThrow("ADDIN_PUBLIC_URL is not set");
  });

  test("has no source maps; a local build (--env local) and the development build still work", async () => {
    process.env.ADDIN_PUBLIC_URL = "https://plan-tracker.example.org/addin/";
    expect((await webpackConfig({}, { mode: "production" })).devtool).toBe(false);
    delete process.env.ADDIN_PUBLIC_URL;
    expect((await webpackConfig({ local: true }, { mode: "production" })).devtool).toBe(false);
    expect((await webpackConfig({}, { mode: "development" })).devtool).toBe("source-map");
  });
});

describe("English everywhere Office speaks English", () => {
  // The English locales Office ships its UI in; a locale without an override falls back to the Vietnamese default.
  const ENGLISH = ["en-US", "en-GB", "en-AU", "en-CA", "en-IN", "en-IE", "en-NZ", "en-ZA", "en-SG", "en-MY", "en-PH"];

  test("every string with an en-US override has the same override for each English locale", () => {
    const elements = [...manifestXml.matchAll(/<((?:bt:)?\w+)\s[^>]*DefaultValue="[^"]*"[^>]*>([\s\S]*?)<\/\1>/g)];
    const withEnglish = elements.filter((m) => (m[2] ?? "").includes('Locale="en-US"'));
    expect(withEnglish.length).toBeGreaterThan(8);
    for (const m of withEnglish) {
      const body = m[2] ?? "";
      const us = /Locale="en-US" Value="([^"]*)"/.exec(body)?.[1];
      for (const locale of ENGLISH) expect({ locale, value: new RegExp(`Locale="${locale}" Value="([^"]*)"`).exec(body)?.[1] }).toEqual({ locale, value: us });
    }
  });

  test("the API-set comment names only what the code calls, and Office 2019 as stopping at ExcelApi 1.7", () => {
    const comment = /<!--\s*ExcelApi 1\.13[\s\S]*?-->/.exec(manifestXml)?.[0] ?? "";
    expect(comment).toContain("Office 2019 (one-time purchase) stops at ExcelApi 1.7");
    for (const absent of ["suspendApiCalculationUntilNextSync", "getCellProperties", "Workbook.settings"])
      expect(comment).not.toContain(absent);
  });
});
