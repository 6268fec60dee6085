import type { Notice } from "../../src/commands/Notice";
import { NOTICE_QUERY_LIMIT, noticeQuery, readNoticeQuery } from "../../src/commands/noticeQuery";

const PROTECTED: Notice = {
  lang: "vi",
  title: "Trang tính đang được bảo vệ",
  body: "Trang tính “Kế hoạch” đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại.",
  close: "Đóng",
};

describe("noticeQuery and readNoticeQuery", () => {
  test.each<[string, Notice]>([
    ["Vietnamese words and quotes", PROTECTED],
    [
      "English",
      { lang: "en", title: "No plan table found", body: "Open the plan workbook.", close: "Close" },
    ],
    ["characters that mean something in a URL", { ...PROTECTED, body: "a&b=c?d#e+f%20 g/h" }],
    ["markup, kept as text", { ...PROTECTED, title: "<b>x</b>", body: '<img src=x onerror="alert(1)">' }],
    ["an emoji (a surrogate pair)", { ...PROTECTED, body: "Xong 👍" }],
  ])("round-trips %s", (_name, notice) => {
    const query = noticeQuery(notice);
    expect(query.startsWith("?")).toBe(true);
    expect(query).not.toMatch(/[\s<>"#]/);
    expect(readNoticeQuery(query)).toEqual(notice);
  });

  test("reads the notice among the parameters Office appends", () => {
    expect(readNoticeQuery(`${noticeQuery(PROTECTED)}&_host_Info=Excel$Win32$16.01$vi-VN$$$$0`)).toEqual(
      PROTECTED,
    );
  });

  test.each([
    ["an empty query", "", { lang: "vi", title: "", body: "", close: "OK" }],
    ["an unknown language", "?lang=fr&title=T", { lang: "vi", title: "T", body: "", close: "OK" }],
    ["English", "?lang=en&close=Close", { lang: "en", title: "", body: "", close: "Close" }],
  ])("reads %s with defaults", (_name, search, expected) => {
    expect(readNoticeQuery(search)).toEqual(expected);
  });

  test("a long body is shortened to fit, keeping its start and ending in an ellipsis", () => {
    const body = "Không ghi được ô “Kế hoạch”!A1. ".repeat(80);
    const query = noticeQuery({ ...PROTECTED, body });
    expect(query.length).toBeLessThanOrEqual(NOTICE_QUERY_LIMIT);
    const read = readNoticeQuery(query);
    expect(read.title).toBe(PROTECTED.title);
    expect(read.close).toBe(PROTECTED.close);
    expect(read.body.endsWith("…")).toBe(true);
    expect(body.startsWith(read.body.slice(0, -1))).toBe(true);
    // As long as fits: the next word character would not.
    const kept = read.body.slice(0, -1);
    expect(kept.length).toBeGreaterThan(100);
    let end = kept.length + 1;
    while (body.slice(0, end).trimEnd() === kept) end += 1;
    const oneMore = { ...PROTECTED, body: body.slice(0, end).trimEnd() + "…" };
    expect(noticeQuery(oneMore, Infinity).length).toBeGreaterThan(NOTICE_QUERY_LIMIT);
  });

  test("never cuts a surrogate pair in half", () => {
    const query = noticeQuery({ ...PROTECTED, body: "👍".repeat(400) }, 300);
    expect(query.length).toBeLessThanOrEqual(300);
    const body = readNoticeQuery(query).body;
    expect(body).toMatch(/^(👍)+…$/u);
  });

  test("shortens the title too when even an empty body does not fit", () => {
    const query = noticeQuery({ ...PROTECTED, title: "Đ".repeat(200), body: "x".repeat(200) }, 200);
    expect(query.length).toBeLessThanOrEqual(200);
    const read = readNoticeQuery(query);
    expect(read.body).toBe("…");
    expect(read.title).toMatch(/^Đ+…$/);
  });

  test("a notice that fits is left whole", () => {
    expect(readNoticeQuery(noticeQuery(PROTECTED, 10_000))).toEqual(PROTECTED);
    expect(noticeQuery(PROTECTED)).not.toContain("%E2%80%A6"); // no ellipsis added
  });
});
