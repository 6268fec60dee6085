import { findMarker, parseMarkerRef } from "../../../src/core/report/markers";

describe("parseMarkerRef", () => {
  test.each([
    ["'Kế hoạch'!$K$8:$K$16", { sheet: "Kế hoạch", range: { top: 7, left: 10, bottom: 15, right: 10 } }],
    ["Sheet1!K8", { sheet: "Sheet1", range: { top: 7, left: 10, bottom: 7, right: 10 } }],
    ["Sheet1!$K$16:$K$8", { sheet: "Sheet1", range: { top: 7, left: 10, bottom: 15, right: 10 } }],
    ["'O''Brien'!$A$1", { sheet: "O'Brien", range: { top: 0, left: 0, bottom: 0, right: 0 } }],
    ["'Kế hoạch'!$AA$3:$AB$4", { sheet: "Kế hoạch", range: { top: 2, left: 26, bottom: 3, right: 27 } }],
    ["'Kế hoạch'!$K:$K", { sheet: "Kế hoạch", range: { top: 0, left: 10, bottom: 1_048_575, right: 10 } }],
    // Decomposed (NFD) sheet names compare equal once composed.
    ["'Kế hoạch'!$K$8".normalize("NFD"), { sheet: "Kế hoạch", range: { top: 7, left: 10, bottom: 7, right: 10 } }],
  ])("%s", (ref, expected) => {
    expect(parseMarkerRef(ref)).toEqual(expected);
  });

  test.each([["#REF!"], ["'Kế hoạch'!#REF!"], ["K8"], [""], ["Sheet1!$K$0"], ["Sheet1!A1:B2:C3"]])("%p is not a marker", (ref) => {
    expect(parseMarkerRef(ref)).toBeNull();
  });

  test("names are found case-insensitively, as Excel compares them", () => {
    const snapshot = { sheets: [], names: [{ name: "PLANTRACKER_STATUS", ref: "'Kế hoạch'!$K$8:$K$16" }] };
    expect(findMarker(snapshot, "PlanTracker_Status")?.range.left).toBe(10);
    expect(findMarker(snapshot, "PlanTracker_Due")).toBeNull();
  });
});
