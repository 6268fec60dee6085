// The monthly cycle on the Office.js host (the recording fake): the forms handed to Excel.createWorkbook as base64
// of a valid .xlsx, and collect writing only the plan's progress input cells, keeping their formats.
import { readFileSync } from "fs";
import * as path from "path";
import { analyzeWorkbook, reportInput } from "../../src/core/engine";
import { DEFAULT_SETTINGS } from "../../src/core/model/Status";
import { buildPatch } from "../../src/core/report/buildPatch";
import { makeContext } from "../../src/core/report/ReportContext";
import { ExcelSession } from "../../src/excel/ExcelSession";
import { applyCollect, formFiles, previewCollect } from "../../src/workbook/cycle";
import { readForm } from "../../src/core/collect/readForm";
import { readHistory } from "../../src/core/history/readHistory";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { XlsxSession } from "../../src/xlsx/XlsxSession";
import { FakeDocumentSettings, FakeWorkbookModel } from "./fakeExcel";
import { fill } from "../cli/formEdits";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";

const settings = { ...DEFAULT_SETTINGS, reportDate: "2026-11-10" };

async function reportedSample(): Promise<Uint8Array> {
  const session = new XlsxSession(new Uint8Array(readFileSync(path.join(__dirname, "../../assets/sample/ke-hoach-mau.xlsx"))));
  const snapshot = await session.read();
  await session.apply(buildPatch(reportInput(analyzeWorkbook(snapshot, settings), settings, snapshot)!));
  return session.bytes();
}

test("forms open through Excel.createWorkbook with a valid .xlsx; collect writes only the progress input cells", async () => {
  const model = FakeWorkbookModel.fromSnapshot(readXlsx(await reportedSample()));
  const created: string[] = [];
  const session = new ExcelSession({
    run: model.run,
    settings: new FakeDocumentSettings(model),
    createWorkbook: async (base64) => void created.push(base64),
  });
  const snapshot = await session.read();
  const ctx = makeContext(reportInput(analyzeWorkbook(snapshot, settings), settings, snapshot)!);
  const forms = formFiles(ctx);
  await session.deliverWorkbooks(forms);
  expect(created).toHaveLength(1);
  const bytes = new Uint8Array(Buffer.from(created[0] ?? "", "base64"));
  const form = readForm(readXlsx(bytes));
  expect(form).toMatchObject({ ok: false, reason: "empty", planId: expect.stringMatching(/^[0-9a-f]{8}$/) });

  // A unit fills it in; collect on the Office.js host.
  const dir = mkdtempSync(path.join(tmpdir(), "pt-cycle-excel-"));
  try {
    const sent = path.join(dir, "form.xlsx");
    writeFileSync(sent, bytes);
    const back = fill(sent, path.join(dir, "back.xlsx"), { "NV-003": { percent: 45, result: "Đã khảo sát 12 trường" } });
    const preview = previewCollect(ctx, [{ name: "back.xlsx", bytes: new Uint8Array(readFileSync(back)), lastModified: 1 }], "none");
    expect(preview.refused).toEqual([]);
    expect(preview.result.writes).toHaveLength(2);
    const before = new Map(model.sheet("Kế hoạch")?.cells);
    await session.writeValues("Kế hoạch", preview.result.writes);
    const after = model.sheet("Kế hoạch")?.cells ?? new Map();
    const changed = [...after].filter(([k, c]) => JSON.stringify(before.get(k)) !== JSON.stringify(c)).map(([k]) => k);
    const expected = preview.result.writes.map((w) => `${w.row},${w.col}`);
    expect(changed.sort()).toEqual(expected.sort());
    const percentCell = model.cell("Kế hoạch", 10, ctx.plan.columns.find((c) => c.role === "progressPercent")?.col ?? -1);
    expect(percentCell?.value).toBe(45);
    // Then the statuses and history, with the form's provenance.
    await applyCollect(session, settings, "Kế hoạch", { ...preview.result, writes: [] });
    const nov = readHistory(await session.read()).rows.filter((r) => r.period === "11/2026");
    expect(nov.find((r) => r.key === "NV-003")).toMatchObject({ source: "form", percent: 45, file: "back.xlsx", unit: "Sở Giáo dục và Đào tạo" });
    expect(nov.find((r) => r.key === "NV-001")).toMatchObject({ source: "plan" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
