// The browser demo end to end in Debian's Chromium: build the pages, serve dist on a local port, open the sample,
// set the reporting date to 30/11/2026, run the checks, update the workbook, and check the status words and
// colours in the grid and in the downloaded file. Screenshots of each panel go to docs/screenshots/.
//
// Needs /usr/bin/chromium (CI installs it). PLAN_TRACKER_SKIP_E2E=1 skips it, saying so.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { readCellStyles } from "../../src/xlsx/readCellStyles";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { STATUS_PALETTE } from "../../src/core/report/palette";
import { unzipSync } from "fflate";
import { readHistory } from "../../src/core/history/readHistory";
import { fill } from "../cli/formEdits";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = resolve(__dirname, "../..");
// Screenshots go to test-output/ on every run (so a test run leaves the work tree clean); with
// UPDATE_SCREENSHOTS=1 they replace the committed pictures in docs/screenshots/.
const SHOTS = join(ROOT, process.env.UPDATE_SCREENSHOTS === "1" ? "docs/screenshots" : "test-output/screenshots");
const SKIP = process.env.PLAN_TRACKER_SKIP_E2E === "1";
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

if (SKIP) console.log("test/e2e/demo.e2e.test.ts skipped: PLAN_TRACKER_SKIP_E2E=1 is set.");

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^([/\\])+/,
      "",
    );
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

(SKIP ? describe.skip : describe)("browser demo (Chromium)", () => {
  jest.setTimeout(300_000);
  let outDir = "";
  let profile = "";
  let server: Server | null = null;
  let context: BrowserContext | null = null;
  let page: Page;
  /** Every request the pages made that failed (a favicon 404 included). */
  const failed: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium) to run the demo test, ` +
          "or set PLAN_TRACKER_SKIP_E2E=1 to skip it.",
      );
    }
    outDir = mkdtempSync(join(tmpdir(), "plan-tracker-dist-"));
    execFileSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "local", "--output-path", outDir],
      {
        cwd: ROOT,
        stdio: "pipe",
      },
    );
    server = await serve(outDir);
    profile = mkdtempSync(join(tmpdir(), "plan-tracker-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
      locale: "vi-VN",
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("response", (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/demo.html?paneWidth=320`);
  });

  afterAll(async () => {
    await context?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
    for (const dir of [outDir, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const pane = () => page.getByRole("complementary", { name: "Theo dõi Kế hoạch" });

  async function expectNoHorizontalScroll(): Promise<void> {
    const overflow = await pane().evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }

  it("builds a task-pane bundle under 1 MB with no Node module in it", () => {
    const bundle = readFileSync(join(outDir, "taskpane.js"), "utf8");
    expect(Buffer.byteLength(bundle)).toBeLessThan(1024 * 1024);
    expect(bundle).not.toMatch(/require\("(node:)?(fs|path|os|child_process|zlib|stream)"\)/);
  });

  it("opens the sample and shows the plan found", async () => {
    await page.getByRole("button", { name: "Mở bảng tính mẫu" }).click();
    await pane().getByRole("tablist").waitFor();
    await pane()
      .getByRole("tab", { name: /^Báo cáo/ })
      .click();
    // Typed as staff write it; the field is text, not the browser's month-first date input.
    const date = pane().getByLabel("Ngày báo cáo");
    expect(await date.getAttribute("type")).toBe("text");
    await date.fill("30/11/2026");
    await pane().getByText("Báo cáo tháng 11/2026: số liệu từ 15/10/2026 đến 14/11/2026").waitFor();
    await pane()
      .getByRole("tab", { name: /^Kế hoạch/ })
      .click();
    const facts = await pane().getByRole("definition").allTextContents();
    expect(facts).toEqual(["Kế hoạch", "8", "8", "2023 – 2030"]);
    await expectNoHorizontalScroll();
    await pane().screenshot({ path: join(SHOTS, "pane-ke-hoach.png") });
  });

  it("runs the checks and selects the offending cell in the grid", async () => {
    // The same count as `plan-tracker check` prints for the sample: "Vấn đề cần xem lại: 14 vấn đề, ở 13 ô".
    await pane()
      .getByRole("tab", { name: "Kiểm tra (14)" })
      .click();
    await pane()
      .getByText(/^14 vấn đề, ở 13 ô: 0 lỗi, 2 cảnh báo, 12 lưu ý$/)
      .waitFor();
    await expectNoHorizontalScroll();
    await pane().screenshot({ path: join(SHOTS, "pane-kiem-tra.png") });
    // A10 is one of the four cells of the "no number" line; each cell has its own button.
    await pane().getByRole("button", { name: /^Ô A10, A14, A15, A16 \(trang Kế hoạch\): / }).waitFor();
    await pane().getByRole("button", { name: "Chọn ô A10" }).click();
    await page.locator('td[data-cell="A10"]').and(page.locator("td")).waitFor();
    const outlined = await page
      .locator('td[data-cell="A10"]')
      .evaluate((td) => getComputedStyle(td).outlineStyle);
    expect(outlined).toBe("solid");
    // Only the grid scrolled to the cell: the page itself never moves.
    expect(await page.evaluate(() => [window.scrollX, window.scrollY, document.documentElement.scrollHeight - window.innerHeight])).toEqual([0, 0, 0]);
  });

  it("shows the units with a reminder text", async () => {
    await pane()
      .getByRole("tab", { name: /^Đơn vị/ })
      .click();
    await pane()
      .getByRole("button", { name: /^Sở Giáo dục và Đào tạo/ })
      .first()
      .click();
    const reminder = pane().getByLabel("Nội dung nhắc việc");
    expect(await reminder.inputValue()).toContain("Nhiệm vụ đã quá hạn:");
    await expectNoHorizontalScroll();
    await pane().screenshot({ path: join(SHOTS, "pane-don-vi.png") });
  });

  it("updates the workbook: status words and colours in the grid and in the downloaded file", async () => {
    await pane()
      .getByRole("tab", { name: /^Báo cáo/ })
      .click();
    await expectNoHorizontalScroll();
    await pane().screenshot({ path: join(SHOTS, "pane-bao-cao.png") });
    await pane().getByRole("button", { name: "Cập nhật bảng tính" }).click();
    await pane().getByRole("list", { name: "Xem trước những gì sẽ ghi" }).waitFor();
    await pane().screenshot({ path: join(SHOTS, "pane-bao-cao-xem-truoc.png") });
    await pane().getByRole("button", { name: "Ghi vào bảng tính" }).click();
    await pane()
      .getByText(/^Đã cập nhật: \d+ ô/)
      .waitFor({ timeout: 60_000 });

    await page
      .getByRole("tablist", { name: "Các trang tính" })
      .getByRole("tab", { name: /^Kế hoạch/ })
      .click();
    const overdue = page.locator("td", { hasText: /^Quá hạn$/ }).first();
    await overdue.waitFor();
    const inProgress = page.locator("td", { hasText: /^Đang thực hiện trong hạn$/ }).first();
    expect(await inProgress.getAttribute("data-fill")).toBe(STATUS_PALETTE.in_progress.fill);
    await page
      .locator("main, body")
      .first()
      .evaluate(() => window.scrollTo(0, 0));

    // The workbook's column widths, scrolled sideways as in Excel: the plan with its added columns is wider than the
    // grid, and a date in "Hạn" stays on one line.
    const grid = page.locator('div[role="region"][aria-label="Bảng tính"]');
    const [scrollWidth, clientWidth] = await grid.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    const dueLines = await page
      .locator("td", { hasText: /^31\/12\/2030$/ })
      .first()
      .evaluate((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
    expect(dueLines).toBe(1);
    // Scrolled down, the column letters stay on top: what shows at a letter's place is the letter, not a row.
    await grid.evaluate((el) => el.scrollTo(0, 300));
    const onTop = await page.locator("thead th", { hasText: /^C$/ }).evaluate((th) => {
      const box = th.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit === th || th.contains(hit);
    });
    expect(onTop).toBe(true);
    const cornerOnTop = await page.locator("thead th").first().evaluate((th) => {
      const box = th.getBoundingClientRect();
      return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === th;
    });
    expect(cornerOnTop).toBe(true);
    // The picture: the grid scrolled sideways to bring the status, due date and days-left columns into view.
    await grid.evaluate((el) => {
      const header = [...el.querySelectorAll("td")].find((td) => td.textContent === "Còn lại (ngày)");
      const right = header ? header.offsetLeft + header.offsetWidth : el.scrollWidth;
      el.scrollTo(Math.max(0, right - el.clientWidth + 8), 0);
    });
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
    await page.screenshot({ path: join(SHOTS, "demo-sau-cap-nhat.png") });

    // Tổng hợp: the shares as the file holds them, with their decimal (7 of 8 is 87.5 %, 1 of 8 is 12.5 %).
    await page
      .getByRole("tablist", { name: "Các trang tính" })
      .getByRole("tab", { name: /^Tổng hợp/ })
      .click();
    await page.locator("td", { hasText: /^87\.5%$/ }).first().waitFor();
    expect(await page.locator("td", { hasText: /^12\.5%$/ }).count()).toBeGreaterThan(0);
    expect(await page.locator("td", { hasText: /^88%$/ }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, "demo-tong-hop.png") });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải xuống" }).click(),
    ]);
    const file = join(outDir, "downloaded.xlsx");
    await download.saveAs(file);
    const bytes = new Uint8Array(readFileSync(file));
    const plan = readXlsx(bytes).sheets.find((s) => s.name === "Kế hoạch");
    const looks = readCellStyles(bytes).find((s) => s.name === "Kế hoạch");
    const statusCells: [string, string][] = [];
    plan?.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === "Đang thực hiện trong hạn")
          statusCells.push([String(v), `${String.fromCharCode(65 + c)}${r + 1}`]);
      }),
    );
    expect(statusCells.length).toBeGreaterThan(0);
    for (const [, address] of statusCells)
      expect(looks?.cells[address]?.fill).toBe(STATUS_PALETTE.in_progress.fill);
    expect(readXlsx(bytes).sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Tổng hợp", "BC T11-2026"]),
    );
  });

  it("the monthly cycle: forms downloaded as one .zip, one filled in, uploaded, previewed and written", async () => {
    await pane()
      .getByRole("tab", { name: /^Đơn vị/ })
      .click();
    const [zip] = await Promise.all([
      page.waitForEvent("download"),
      pane().getByRole("button", { name: "Tạo phiếu báo cáo" }).click(),
    ]);
    expect(zip.suggestedFilename()).toBe("phieu-bao-cao.zip");
    const zipFile = join(outDir, "phieu.zip");
    await zip.saveAs(zipFile);
    const forms = unzipSync(new Uint8Array(readFileSync(zipFile)));
    expect(Object.keys(forms)).toEqual(["so-giao-duc-va-dao-tao.T11-2026.xlsx"]);
    const sent = join(outDir, "phieu.xlsx");
    writeFileSync(sent, forms["so-giao-duc-va-dao-tao.T11-2026.xlsx"] as Uint8Array);
    const back = fill(sent, join(outDir, "phieu-gui-lai.xlsx"), { "NV-001": { percent: 35, result: "Đã ban hành kế hoạch" } });
    await pane().getByLabel("Tổng hợp phiếu").setInputFiles(back);
    await pane().getByText("Sẽ ghi 2 giá trị vào kế hoạch:").waitFor();
    await pane().getByText("NV-001 · Tiến độ (%): “(trống)” → “35” (Sở Giáo dục và Đào tạo)").waitFor();
    await expectNoHorizontalScroll();
    await pane().screenshot({ path: join(SHOTS, "pane-tong-hop-phieu.png") });
    await pane().getByRole("button", { name: "Ghi vào bảng tính" }).click();
    await pane().getByText("Đã ghi 2 giá trị; trạng thái và trang Lịch sử đã cập nhật.").waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải xuống" }).click(),
    ]);
    const file = join(outDir, "after-collect.xlsx");
    await download.saveAs(file);
    const after = readXlsx(new Uint8Array(readFileSync(file)));
    const rows = readHistory(after).rows.filter((r) => r.period === "11/2026");
    expect(rows.find((r) => r.key === "NV-001")).toMatchObject({ source: "form", percent: 35, file: "phieu-gui-lai.xlsx" });
    // Back on the Báo cáo tab, so the page has one file input (the demo's) again.
    await pane()
      .getByRole("tab", { name: /^Báo cáo/ })
      .click();
  });

  it("opens another .xlsx file from disk, and explains a file that is not one", async () => {
    const input = page.locator('input[type="file"]');
    await input.setInputFiles(join(ROOT, "assets/sample/ke-hoach-dan-tu-word.xlsx"));
    await page.getByText("Tệp: ke-hoach-dan-tu-word.xlsx").waitFor();
    await pane()
      .getByRole("tab", { name: /^Kế hoạch/ })
      .click();
    await pane().getByRole("definition").first().waitFor();
    expect(await pane().getByRole("definition").nth(2).textContent()).toBe("8");

    await input.setInputFiles({
      name: "ke-hoach.xlsx",
      mimeType: "text/csv",
      buffer: Buffer.from("TT;Nhiệm vụ\n1;Xây dựng"),
    });
    await page.getByRole("alert").getByText("Tệp này không phải tệp .xlsx", { exact: false }).waitFor();
  });

  it("loads every page resource, the favicon included, without a failed request", () => {
    expect(failed).toEqual([]);
  });

  it("taskpane.html opened in a browser outside Office says so in both languages", async () => {
    const outside = await (context as BrowserContext).newPage();
    try {
      // office.js from Microsoft's CDN is refused, as on a machine without Office or without network; with it, a
      // browser page gets Office.onReady with no host, and the same words.
      await outside.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
      const { port } = (server as Server).address() as AddressInfo;
      await outside.goto(`http://127.0.0.1:${port}/taskpane.html`);
      await outside.getByRole("heading", { name: "Trang này chạy bên trong Excel" }).waitFor();
      await outside.getByRole("heading", { name: "This page runs inside Excel" }).waitFor();
      expect(await outside.getByRole("alert").textContent()).toContain("Mở bảng điều khiển");
    } finally {
      await outside.close();
    }
  });
});
