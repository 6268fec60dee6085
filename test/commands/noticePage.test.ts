/** @jest-environment jsdom */
// The page's entry as Office loads it: office.js defines the global Office, the script waits for Office.onReady,
// and the button calls Office.context.ui.messageParent.
import { noticeQuery } from "../../src/commands/noticeQuery";
import { CLOSE_MESSAGE } from "../../src/commands/renderNoticePage";

const QUERY = noticeQuery({
  lang: "vi",
  title: "Đã xảy ra lỗi",
  body: "<b>boom</b>. Hãy thử lại.",
  close: "Đóng",
});

function loadEntry(): void {
  jest.isolateModules(() => {
    // A fresh copy of the entry each time, since it runs on import.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/commands/noticePage");
  });
}

describe("notice.html's script", () => {
  const global = globalThis as unknown as { Office?: unknown };
  beforeEach(() => {
    document.body.innerHTML = "";
    window.history.replaceState(null, "", `/notice.html${QUERY}&_host_Info=Excel$Win32$16.01$vi-VN$$$$0`);
  });
  afterEach(() => {
    delete global.Office;
  });

  test("renders once Office is ready and the button posts the message through Office.context.ui", () => {
    const messageParent = jest.fn();
    let ready: () => void = () => undefined;
    global.Office = {
      onReady: (callback: () => void) => {
        ready = callback;
        return Promise.resolve();
      },
      context: { ui: { messageParent } },
    };
    loadEntry();
    expect(document.querySelector("button")).toBeNull();
    ready();
    expect(document.querySelector("h1")?.textContent).toBe("Đã xảy ra lỗi");
    expect(document.querySelector("p")?.textContent).toBe("<b>boom</b>. Hãy thử lại.");
    expect(document.querySelector("b")).toBeNull();
    document.querySelector("button")?.click();
    expect(messageParent).toHaveBeenCalledTimes(1);
    expect(messageParent).toHaveBeenCalledWith(CLOSE_MESSAGE);
  });

  test("outside Office (no office.js) it still shows the notice and the button closes the window", () => {
    const close = jest.spyOn(window, "close").mockImplementation(() => undefined);
    try {
      loadEntry();
      expect(document.querySelector("h1")?.textContent).toBe("Đã xảy ra lỗi");
      document.querySelector("button")?.click();
      expect(close).toHaveBeenCalledTimes(1);
    } finally {
      close.mockRestore();
    }
  });
});
