// @ts-check
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");

module.exports = tseslint.config(
  { ignores: ["node_modules/", "lib/", "dist/", "coverage/", "test/fixtures/", "assets/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    // The engine is pure: no host, no I/O, no clock. Dependencies point one way: everything → core, core → nothing.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["fs", "fs/*", "path", "os", "child_process", "node:*"], message: "src/core is pure: no Node imports." },
            { group: ["exceljs", "fflate", "react", "react-dom", "@fluentui/*", "@microsoft/office-js"], message: "src/core is pure: no host or library imports." },
            { group: ["../../xlsx/*", "../../excel/*", "../../taskpane/*", "../../cli/*", "../xlsx/*", "../excel/*", "../cli/*", "../taskpane/*"], message: "src/core depends on nothing outside it." },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "window", message: "src/core is pure." }, { name: "document", message: "src/core is pure." }, { name: "Office", message: "src/core is pure." }, { name: "Excel", message: "src/core is pure." }, { name: "process", message: "src/core is pure." }],
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: "src/core has no clock: take the date as a parameter." },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "src/core has no clock: take the date as a parameter." },
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: "src/core is deterministic." },
      ],
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
