import { XmlCursor } from "../../../src/xlsx/ooxml/XmlCursor";

/** Every tag as "kind:name". */
function tags(xml: string): string[] {
  const cursor = new XmlCursor(xml);
  const out: string[] = [];
  while (cursor.next()) out.push(`${cursor.kind}:${cursor.name}`);
  return out;
}

describe("XmlCursor tags", () => {
  test.each<[string, string, string[]]>([
    ["plain", "<a><b/></a>", ["open:a", "empty:b", "close:a"]],
    ["prefixes dropped", '<x:row r="1"><x:c/></x:row>', ["open:row", "empty:c", "close:row"]],
    [
      "declaration, comment and PI skipped",
      '<?xml version="1.0"?><!-- <no/> --><a><?pi x?></a>',
      ["open:a", "close:a"],
    ],
    ["DOCTYPE with an internal subset skipped", '<!DOCTYPE a [<!ENTITY e "x">]><a/>', ["empty:a"]],
    ["> inside an attribute value", '<a f="1>0"/><b/>', ["empty:a", "empty:b"]],
    ["self-closing with space", "<a />", ["empty:a"]],
    ["end tag with space", "<a></a >", ["open:a", "close:a"]],
    ["CDATA outside text() skipped", "<a><![CDATA[<b/>]]></a>", ["open:a", "close:a"]],
    ["no tags", "text only", []],
  ])("%s", (_label, xml, expected) => {
    expect(tags(xml)).toEqual(expected);
  });

  test.each(["<a", '<a b="1', "<!-- open", "<?pi", "</a"])("unterminated markup %p throws", (xml) => {
    expect(() => tags(xml)).toThrow(/^xml: /);
  });
});

describe("XmlCursor attributes", () => {
  const cursor = new XmlCursor(`<sheet name="R&amp;D &#10;" sheetId='2' r:id="rId3" state = "hidden"/>`);
  cursor.next();
  test.each<[string, string | undefined]>([
    ["name", "R&D \n"],
    ["sheetId", "2"],
    ["id", "rId3"],
    ["state", "hidden"],
    ["missing", undefined],
    ["nam", undefined],
  ])("%s", (name, expected) => {
    expect(cursor.attr(name)).toBe(expected);
  });

  test("an end tag has no attributes", () => {
    const c = new XmlCursor("<a></a>");
    c.next();
    c.next();
    expect(c.attr("a")).toBeUndefined();
  });
});

describe("XmlCursor text and skip", () => {
  function textOf(xml: string): string {
    const cursor = new XmlCursor(xml);
    cursor.next();
    return cursor.text();
  }

  test.each<[string, string, string]>([
    ["plain", "<t>Sở GDĐT</t>", "Sở GDĐT"],
    ["entities", "<t>a &lt; b &amp;&amp; c&#x41;</t>", "a < b && cA"],
    ["unknown entity left as written", "<t>&nbsp;</t>", "&nbsp;"],
    ["CDATA verbatim", "<v><![CDATA[a<b &amp;]]></v>", "a<b &amp;"],
    ["nested elements' text", "<f>a<b>b</b>c</f>", "abc"],
    ["comment inside", "<t>a<!-- x -->b</t>", "ab"],
    ["empty element", "<t/>", ""],
    ["prefixed end tag", "<x:t>x</x:t>", "x"],
  ])("%s", (_label, xml, expected) => {
    expect(textOf(xml)).toBe(expected);
  });

  test("text() leaves the cursor on the end tag", () => {
    const cursor = new XmlCursor("<c><v>1</v><f>A1</f></c>");
    cursor.next();
    cursor.next();
    expect(cursor.text()).toBe("1");
    expect([cursor.kind, cursor.name]).toEqual(["close", "v"]);
    cursor.next();
    expect(cursor.name).toBe("f");
  });

  test("skip() passes a subtree, nested same names included", () => {
    const cursor = new XmlCursor("<r><extLst><ext><extLst/></ext></extLst><after/></r>");
    cursor.next();
    cursor.next();
    cursor.skip();
    cursor.next();
    expect(cursor.name).toBe("after");
  });

  test("text() on an unterminated element throws", () => {
    expect(() => textOf("<t>abc")).toThrow(/^xml: /);
  });
});
