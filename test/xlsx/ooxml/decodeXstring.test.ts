import { decodeXstring } from "../../../src/xlsx/ooxml/decodeXstring";
import { decodeXmlText } from "../../../src/xlsx/ooxml/decodeXmlText";

describe("decodeXstring", () => {
  test.each<[string, string]>([
    ["Dòng 1_x000D_\nDòng 2", "Dòng 1\r\nDòng 2"],
    ["a_x0009_b", "a\tb"],
    ["_x005F_x000D_", "_x000D_"],
    ["_x00_ not an escape", "_x00_ not an escape"],
    ["_xZZZZ_", "_xZZZZ_"],
    ["snake_case_x", "snake_case_x"],
    ["", ""],
  ])("%p", (input, expected) => {
    expect(decodeXstring(input)).toBe(expected);
  });
});

describe("decodeXmlText", () => {
  test.each<[string, string]>([
    ["&lt;&gt;&amp;&quot;&apos;", `<>&"'`],
    ["Dòng&#10;2", "Dòng\n2"],
    ["&#x1F600;", "😀"],
    ["&#xFFFFFFF;", "&#xFFFFFFF;"],
    ["&copy;", "&copy;"],
    ["a & b", "a & b"],
  ])("%p", (input, expected) => {
    expect(decodeXmlText(input)).toBe(expected);
  });
});
