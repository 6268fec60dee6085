/** @jest-environment jsdom */
import type { Notice } from "../../src/commands/Notice";
import { noticeQuery } from "../../src/commands/noticeQuery";
import { CLOSE_MESSAGE, renderNoticePage } from "../../src/commands/renderNoticePage";

const NOTICE: Notice = {
  lang: "vi",
  title: "Trang tính đang được bảo vệ",
  body: "Trang tính “Kế hoạch” đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại.",
  close: "Đóng",
};

function render(notice: Notice | string) {
  document.body.innerHTML = "<p>old content</p>";
  const messages: string[] = [];
  renderNoticePage(document, typeof notice === "string" ? notice : noticeQuery(notice), {
    messageParent: (message) => messages.push(message),
  });
  const heading = document.querySelector("h1");
  const body = document.querySelector("p");
  const button = document.querySelector("button");
  if (!heading || !body || !button) throw new Error("the notice page rendered no heading, text or button");
  return { heading, body, button, messages };
}

describe("renderNoticePage", () => {
  test("shows the title, body and button label of the query string as text", () => {
    const page = render(NOTICE);
    expect(page.heading.textContent).toBe(NOTICE.title);
    expect(page.body.textContent).toBe(NOTICE.body);
    expect(page.button.textContent).toBe("Đóng");
    expect(document.body.textContent).not.toContain("old content");
    expect(document.documentElement.lang).toBe("vi");
    expect(document.title).toBe(NOTICE.title);
  });

  test("is announced as a dialog named by its title and described by its text, with the button focused", () => {
    const page = render({ ...NOTICE, lang: "en", title: "The sheet is protected", close: "Close" });
    const main = document.querySelector("main");
    expect(main?.getAttribute("role")).toBe("alertdialog");
    expect(document.getElementById(main?.getAttribute("aria-labelledby") ?? "")).toBe(page.heading);
    expect(document.getElementById(main?.getAttribute("aria-describedby") ?? "")).toBe(page.body);
    expect(document.activeElement).toBe(page.button);
    expect(page.button.type).toBe("button");
    expect(document.documentElement.lang).toBe("en");
  });

  test("markup in the notice is shown as typed, never parsed", () => {
    const hostile = {
      ...NOTICE,
      title: "<b>Kế hoạch</b>",
      body: 'Trang “<img src=x onerror="window.hacked=1">” & <script>window.hacked=2</script>',
      close: "<i>Đóng</i>",
    };
    const page = render(hostile);
    expect(document.querySelector("img, script, b, i")).toBeNull();
    expect(page.heading.textContent).toBe(hostile.title);
    expect(page.body.textContent).toBe(hostile.body);
    expect(page.button.textContent).toBe(hostile.close);
    expect(page.body.innerHTML).toContain("&lt;img");
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  test("reads the notice among the parameters Office appends to the URL", () => {
    const page = render(`${noticeQuery(NOTICE)}&_host_Info=Excel$Win32$16.01$vi-VN$$$$0`);
    expect(page.body.textContent).toBe(NOTICE.body);
  });

  test("the button posts the close message to the command", () => {
    const page = render(NOTICE);
    expect(page.messages).toEqual([]);
    page.button.click();
    expect(page.messages).toEqual([CLOSE_MESSAGE]);
  });

  test("Escape posts the close message too; other keys do not", () => {
    const page = render(NOTICE);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "a" }));
    expect(page.messages).toEqual([]);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    expect(page.messages).toEqual([CLOSE_MESSAGE]);
  });
});
