import type { Notice } from "../../src/commands/Notice";
import { readNoticeQuery } from "../../src/commands/noticeQuery";
import { openNoticeDialog, type DialogApi } from "../../src/commands/openNoticeDialog";

const PAGE = "https://localhost:3000/notice.html";
const NOTICE: Notice = {
  lang: "vi",
  title: "Chưa tìm thấy bảng kế hoạch",
  body: "Hãy mở đúng tệp.",
  close: "Đóng",
};

// office.js's run-time values of the enums the flow uses.
const MESSAGE = "dialogMessageReceived";
const EVENT = "dialogEventReceived";
const FAILED = "failed";

type Handler = (args: { message: string; origin: string | undefined } | { error: number }) => void;

/** A fake Office.context.ui whose dialog records close() and lets the test raise its events. */
function fakeOffice(opening: "opens" | { code: number; message: string }) {
  const handlers = new Map<string, Handler>();
  const calls: { url: string; options: Office.DialogOptions | undefined }[] = [];
  let closes = 0;
  const dialog = {
    close: () => (closes += 1),
    addEventHandler: (type: unknown, handler: Handler) => handlers.set(String(type), handler),
  };
  const ui = {
    displayDialogAsync(
      url: string,
      options?: Office.DialogOptions,
      callback?: (result: Office.AsyncResult<Office.Dialog>) => void,
    ) {
      calls.push({ url, options });
      const result =
        opening === "opens"
          ? { status: "succeeded", value: dialog }
          : { status: FAILED, value: undefined, error: { code: opening.code, message: opening.message } };
      // Office calls back asynchronously.
      setTimeout(() => callback?.(result as unknown as Office.AsyncResult<Office.Dialog>), 0);
    },
  } as Pick<Office.UI, "displayDialogAsync">;
  const api: DialogApi = {
    ui,
    EventType: {
      DialogMessageReceived: MESSAGE as unknown as Office.EventType.DialogMessageReceived,
      DialogEventReceived: EVENT as unknown as Office.EventType.DialogEventReceived,
    },
    AsyncResultStatus: { Failed: FAILED as unknown as Office.AsyncResultStatus.Failed },
  };
  const raise = async (type: string, args: Parameters<Handler>[0]) => {
    while (!handlers.has(type)) await new Promise((resolve) => setTimeout(resolve, 0));
    handlers.get(type)?.(args);
  };
  return { api, calls, raise, closes: () => closes };
}

describe("openNoticeDialog", () => {
  test("opens notice.html with the notice in its query string, as an iframe in Office on the web", async () => {
    const office = fakeOffice("opens");
    const shown = openNoticeDialog(office.api, PAGE, NOTICE);
    await office.raise(MESSAGE, { message: "close", origin: "https://localhost:3000" });
    await shown;
    expect(office.calls).toHaveLength(1);
    const { url, options } = office.calls[0] ?? { url: "", options: undefined };
    expect(url.startsWith(`${PAGE}?`)).toBe(true);
    expect(readNoticeQuery(new URL(url).search)).toEqual(NOTICE);
    expect(options).toEqual({ height: 35, width: 30, displayInIframe: true });
  });

  test("the page's message closes the dialog and settles", async () => {
    const office = fakeOffice("opens");
    let settled = false;
    const shown = openNoticeDialog(office.api, PAGE, NOTICE).then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(settled).toBe(false);
    await office.raise(MESSAGE, { message: "close", origin: undefined });
    await shown;
    expect(settled).toBe(true);
    expect(office.closes()).toBe(1);
  });

  test("the user closing the dialog with its X (12006) settles without closing it again", async () => {
    const office = fakeOffice("opens");
    const shown = openNoticeDialog(office.api, PAGE, NOTICE);
    await office.raise(EVENT, { error: 12006 });
    await expect(shown).resolves.toBeUndefined();
    expect(office.closes()).toBe(0);
  });

  test("a page that fails to load (12002) closes the dialog and rejects", async () => {
    const office = fakeOffice("opens");
    const shown = openNoticeDialog(office.api, PAGE, NOTICE);
    await office.raise(EVENT, { error: 12002 });
    await expect(shown).rejects.toThrow("dialog: the notice page failed (12002)");
    expect(office.closes()).toBe(1);
  });

  test("a dialog that cannot be opened rejects with Office's error", async () => {
    const office = fakeOffice({ code: 12009, message: "The user chose to ignore the dialog box." });
    await expect(openNoticeDialog(office.api, PAGE, NOTICE)).rejects.toThrow(
      "dialog: not opened (12009: The user chose to ignore the dialog box.)",
    );
  });
});
