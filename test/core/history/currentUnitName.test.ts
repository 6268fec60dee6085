// The cycle's texts address a reorganised unit by its successor, the name as written in brackets.
import { currentUnitName } from "../../../src/core/history/currentUnitName";
import type { ReportContext } from "../../../src/core/report/ReportContext";
import { defaultDirectory } from "../../../src/core/units/directory";

const ctxAt = (reportDate: string) => ({ input: { directory: defaultDirectory() }, settings: { reportDate } }) as unknown as ReportContext;
const khdt = { key: "id:so-ke-hoach-dau-tu", name: "Sở Kế hoạch và Đầu tư", display: "" };

test.each([
  ["2026-11-14", khdt, "Sở Tài chính (Sở Kế hoạch và Đầu tư)"],
  ["2024-11-14", khdt, "Sở Kế hoạch và Đầu tư"],
  ["2026-11-14", { key: "name:truong mam non so 1", name: "Trường Mầm non số 1", display: "" }, "Trường Mầm non số 1"],
])("at %s: %j → %s", (date, unit, expected) => {
  expect(currentUnitName(ctxAt(date), unit)).toBe(expected);
});
