import { parseAreaAddress } from "../../src/excel/parseAreaAddress";

describe("parseAreaAddress", () => {
  test.each([
    [
      "Sheet1!A1:B4, Sheet1!D1:D4",
      [
        { top: 0, left: 0, bottom: 3, right: 1 },
        { top: 0, left: 3, bottom: 3, right: 3 },
      ],
    ],
    ["'Kế hoạch'!A9:A12", [{ top: 8, left: 0, bottom: 11, right: 0 }]],
    [
      "'Kế hoạch, 2026'!B2:C3,'Kế hoạch, 2026'!E5",
      [
        { top: 1, left: 1, bottom: 2, right: 2 },
        { top: 4, left: 4, bottom: 4, right: 4 },
      ],
    ],
    ["'O''Brien'!$A$1:$A$3", [{ top: 0, left: 0, bottom: 2, right: 0 }]],
    ["A1", [{ top: 0, left: 0, bottom: 0, right: 0 }]],
    ["", []],
  ])("%s", (address, expected) => {
    expect(parseAreaAddress(address)).toEqual(expected);
  });

  test.each(["Sheet1!#REF!", "Sheet1!A1:B", "Sheet1!1:3"])(
    "an unreadable block gives null: %s",
    (address) => {
      expect(parseAreaAddress(address)).toBeNull();
    },
  );
});
