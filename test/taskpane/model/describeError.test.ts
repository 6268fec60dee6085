import { HostError } from "../../../src/workbook/WorkbookSession";
import { XlsxReadError } from "../../../src/xlsx/XlsxReadError";
import { describeError } from "../../../src/taskpane/model/describeError";
import { makeText } from "../../../src/taskpane/text/TextContext";

const vi = makeText("vi");
const en = makeText("en");

describe("describeError", () => {
  it.each([
    [
      new HostError("sheet-protected", "excel: protected", { sheet: "Kế hoạch" }),
      "Trang tính đang được bảo vệ",
      "Trang tính “Kế hoạch” đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại.",
    ],
    [
      new HostError("write-failed", "excel: sync failed", {
        written: ["Kế hoạch"],
        notWritten: ["Tổng hợp"],
      }),
      "Không ghi được vào bảng tính",
      /Đã ghi: Kế hoạch\. Chưa ghi: Tổng hợp\.$/,
    ],
    [new XlsxReadError("xls-binary", "old .xls"), "Tệp Excel đời cũ (.xls)", /Sổ làm việc Excel \(\.xlsx\)/],
    [new Error("boom."), "Đã xảy ra lỗi", /^boom\. Hãy đọc lại bảng tính/],
    ["a string thrown", "Đã xảy ra lỗi", /^a string thrown\./],
  ])("%s", (error, title, body) => {
    const description = describeError(error, vi);
    expect(description.title).toBe(title);
    if (typeof body === "string") expect(description.body).toBe(body);
    else expect(description.body).toMatch(body);
  });

  it("speaks English when asked", () => {
    const d = describeError(new HostError("sheet-protected", "excel: protected", { sheet: "Plan" }), en);
    expect(d.body).toBe("Sheet “Plan” is protected. Unprotect it (Review > Unprotect Sheet) and try again.");
  });

  it("recognises an XlsxReadError by name, so the pane need not import the .xlsx reader", () => {
    const lookalike = Object.assign(new Error("xlsx: encrypted"), {
      name: "XlsxReadError",
      code: "encrypted",
    });
    expect(describeError(lookalike, vi).title).toBe("Tệp có mật khẩu");
  });
});

describe("describeError: a workbook changed under the pane, and Excel not answering", () => {
  it.each([
    ["stale", "Bảng tính vừa thay đổi", "The workbook has just changed"],
    ["timeout", "Excel không phản hồi", "Excel is not responding"],
  ] as const)("%s has its own title and advice in both languages", (code, viTitle, enTitle) => {
    const error = new HostError(code, `excel: ${code}`, {});
    const inVi = describeError(error, vi);
    const inEn = describeError(error, en);
    expect(inVi.title).toBe(viTitle);
    expect(inEn.title).toBe(enTitle);
    expect(inVi.body).toMatch(/thử lại|lần nữa/);
    expect(inEn.body).toMatch(/try again|once more/);
  });
});
