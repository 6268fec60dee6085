// readXlsx runs in the task pane and the browser demo: nothing it imports may need Node.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const SRC = path.resolve(__dirname, "../../src/xlsx");
const browserFiles = [
  "readXlsx.ts",
  "XlsxReadError.ts",
  ...readdirSync(path.join(SRC, "ooxml")).map((f) => `ooxml/${f}`),
  ...readdirSync(path.join(SRC, "zip")).map((f) => `zip/${f}`),
];

describe("src/xlsx outside node/ imports no Node module", () => {
  test.each(browserFiles)("%s", (file) => {
    const source = readFileSync(path.join(SRC, file), "utf8");
    const imports = [...source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gm)].map(
      (m) => m[1] ?? "",
    );
    expect(imports.filter((spec) => !spec.startsWith(".") && spec !== "fflate")).toEqual([]);
    expect(imports.filter((spec) => spec.includes("/node/"))).toEqual([]);
  });
});
