import type { ChartSpec } from "../../../src/core/patch/WorkbookPatch";
import { chartXml } from "../../../src/xlsx/writer/chartXml";

const spec: ChartSpec = {
  key: "PlanTracker_Chart_StatusByUnit",
  kind: "barStacked",
  title: "Tình trạng nhiệm vụ theo đơn vị chủ trì",
  categories: { top: 20, left: 0, bottom: 22, right: 0 },
  series: [{ name: "Quá hạn", values: { top: 20, left: 4, bottom: 22, right: 4 }, color: "C00000" }],
  anchor: { from: { row: 5, col: 3 }, to: { row: 19, col: 8 } },
};

describe("chartXml: text font", () => {
  test("a chart with a font: axis and legend text at its size, the title a fifth larger and bold, in its typeface", () => {
    const xml = chartXml({ ...spec, font: { name: "Times New Roman", size: 10 } }, "Tổng hợp");
    expect(xml).toContain('<a:defRPr sz="1200" b="1"><a:latin typeface="Times New Roman"/></a:defRPr>');
    expect(xml).toContain('<a:rPr lang="vi-VN" sz="1200" b="1"><a:latin typeface="Times New Roman"/></a:rPr>');
    // The chart-wide text properties follow the chart element, as the schema orders them.
    expect(xml).toMatch(/<\/c:chart><c:txPr><a:bodyPr\/><a:lstStyle\/><a:p><a:pPr><a:defRPr sz="1000"><a:latin typeface="Times New Roman"\/><\/a:defRPr>/);
    expect(xml.endsWith("</c:txPr></c:chartSpace>")).toBe(true);
  });

  test("without a font the host's defaults stay: no size, no typeface, no text properties", () => {
    const xml = chartXml(spec, "Tổng hợp");
    expect(xml).not.toContain("sz=");
    expect(xml).not.toContain("<a:latin");
    expect(xml).not.toContain("<c:txPr>");
    expect(xml).toContain("Tình trạng nhiệm vụ theo đơn vị chủ trì");
  });
});
