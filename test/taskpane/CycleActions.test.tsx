/** @jest-environment jsdom */
// "Tạo phiếu báo cáo" and "Tổng hợp phiếu" in the Đơn vị panel, on the .xlsx host over the reported sample: the
// forms handed to the host, a returned form chosen, its preview, then the write.
import { TextDecoder, TextEncoder } from "util";
Object.assign(globalThis, { TextDecoder, TextEncoder });
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { analyzeWorkbook, reportInput } from "../../src/core/engine";
import { readHistory } from "../../src/core/history/readHistory";
import { DEFAULT_SETTINGS } from "../../src/core/model/Status";
import { buildPatch } from "../../src/core/report/buildPatch";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { XlsxSession } from "../../src/xlsx/XlsxSession";
import { fill } from "../cli/formEdits";
import { renderPaneOn } from "./support/renderPane";

class DeliveringSession extends XlsxSession {
  readonly delivered: { name: string; bytes: Uint8Array }[] = [];
  async deliverWorkbooks(files: { name: string; bytes: Uint8Array }[]): Promise<void> {
    this.delivered.push(...files);
  }
}

async function reportedSession(): Promise<DeliveringSession> {
  const bytes = new Uint8Array(readFileSync(path.join(__dirname, "../../assets/sample/ke-hoach-mau.xlsx")));
  const session = new DeliveringSession(bytes);
  const settings = { ...DEFAULT_SETTINGS, reportDate: "2026-11-30" };
  const snapshot = await session.read();
  await session.apply(buildPatch(reportInput(analyzeWorkbook(snapshot, settings), settings, snapshot)!));
  return session;
}

test("forms made, a returned form previewed, then written into the plan", async () => {
  const session = await reportedSession();
  await renderPaneOn(session);
  fireEvent.click(screen.getByRole("tab", { name: /^Đơn vị/ }));
  await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Tạo phiếu báo cáo" })));
  await screen.findByText("Đã tạo 1 phiếu báo cáo, hạn gửi lại 14/11/2026.");
  expect(session.delivered.map((f) => f.name)).toEqual(["so-giao-duc-va-dao-tao.T11-2026.xlsx"]);
  expect(readXlsx(session.delivered[0]!.bytes).sheets.map((s) => s.name)).toEqual(["Phiếu báo cáo", "PT_Phieu"]);

  const dir = mkdtempSync(path.join(tmpdir(), "pt-pane-cycle-"));
  try {
    const sent = path.join(dir, "phieu.xlsx");
    writeFileSync(sent, session.delivered[0]!.bytes);
    const back = new Uint8Array(readFileSync(fill(sent, path.join(dir, "gui-lai.xlsx"), { "NV-002": { percent: 30 } })));
    const input = screen.getByLabelText("Tổng hợp phiếu") as HTMLInputElement;
    const file = { name: "gui-lai.xlsx", lastModified: 1, arrayBuffer: async () => back.buffer.slice(back.byteOffset, back.byteOffset + back.byteLength) };
    Object.defineProperty(input, "files", { value: [file] });
    await act(async () => fireEvent.change(input));
    await screen.findByText("Sẽ ghi 1 giá trị vào kế hoạch:");
    expect(screen.getByText("NV-002 · Tiến độ (%): “(trống)” → “30” (Sở Giáo dục và Đào tạo)")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Ghi vào bảng tính" })));
    await screen.findByText("Đã ghi 1 giá trị; trạng thái và trang Lịch sử đã cập nhật.");
    await waitFor(async () => {
      const rows = readHistory(await session.read()).rows;
      expect(rows.find((r) => r.key === "NV-002" && r.period === "11/2026")).toMatchObject({ source: "form", percent: 30 });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test("two returned forms that disagree: nothing written for that value until the user chooses which to take", async () => {
  const session = await reportedSession();
  await renderPaneOn(session);
  fireEvent.click(screen.getByRole("tab", { name: /^Đơn vị/ }));
  await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Tạo phiếu báo cáo" })));
  await screen.findByText("Đã tạo 1 phiếu báo cáo, hạn gửi lại 14/11/2026.");
  const dir = mkdtempSync(path.join(tmpdir(), "pt-pane-conflict-"));
  try {
    const sent = path.join(dir, "phieu.xlsx");
    writeFileSync(sent, session.delivered[0]!.bytes);
    const early = new Uint8Array(readFileSync(fill(sent, path.join(dir, "lan-1.xlsx"), { "NV-002": { percent: 30 } })));
    const late = new Uint8Array(readFileSync(fill(sent, path.join(dir, "lan-2.xlsx"), { "NV-002": { percent: 50 } })));
    const asFile = (name: string, bytes: Uint8Array, lastModified: number) => ({
      name,
      lastModified,
      arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    });
    const input = screen.getByLabelText("Tổng hợp phiếu") as HTMLInputElement;
    Object.defineProperty(input, "files", { value: [asFile("lan-1.xlsx", early, 1), asFile("lan-2.xlsx", late, 2)] });
    await act(async () => fireEvent.change(input));
    await screen.findByText("Không có giá trị nào thay đổi.");
    expect(screen.getByText(/NV-002, Tiến độ \(%\): các đơn vị báo khác nhau .*chưa ghi, hãy chọn cách lấy giá trị ở ô bên dưới\./)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Ghi vào bảng tính" }) as HTMLButtonElement).disabled).toBe(true);

    const choice = screen.getByLabelText("Khi các phiếu báo khác nhau cho một nhiệm vụ:") as HTMLSelectElement;
    await act(async () => fireEvent.change(choice, { target: { value: "latest" } }));
    await screen.findByText("Sẽ ghi 1 giá trị vào kế hoạch:");
    expect(screen.getByText("NV-002 · Tiến độ (%): “(trống)” → “50” (Sở Giáo dục và Đào tạo)")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Ghi vào bảng tính" })));
    await screen.findByText("Đã ghi 1 giá trị; trạng thái và trang Lịch sử đã cập nhật.");
    await waitFor(async () => {
      const rows = readHistory(await session.read()).rows;
      expect(rows.find((r) => r.key === "NV-002" && r.period === "11/2026")).toMatchObject({ source: "form", percent: 50, file: "lan-2.xlsx" });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
