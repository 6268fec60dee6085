// The Office.js host: reads the open workbook into grids and applies a WorkbookPatch to it, in a constant number of
// context.sync() round trips whatever the plan's size (a sync costs 50–500 ms on Excel on the web; one per cell
// would take minutes on a 5,000-task plan). Everything Office.js is reached through the two dependencies given to
// the constructor, so tests run it on a recording fake and nothing here touches the global `Excel` or `Office`.
//
// Requirement sets used (the manifest asks for ExcelApi 1.13):
//   Range.getMergedAreasOrNullObject 1.13 · Worksheet.getRanges, RangeAreas.format, Worksheet.pageLayout,
//   RangeFormat.indentLevel 1.9 · Runtime.enableEvents, Range.dataValidation, Worksheet.showGridlines 1.8 ·
//   Workbook.protection, Worksheet.getRangeByIndexes, Range.hyperlink, Worksheet.tabColor, Worksheet.freezePanes,
//   NamedItem.formula, ChartSeries.setValues/setXAxisValues, ChartSeriesCollection.add 1.7 ·
//   Application.suspendApiCalculationUntilNextSync, Range.conditionalFormats 1.6 · Worksheet.getUsedRangeOrNullObject,
//   Workbook.names.add, Worksheet.names 1.4 · Worksheet.protection, Range.unmerge 1.2 · the rest 1.1.
import type { CellRange, CellValue, DefinedName, Grid, WorkbookSnapshot } from "../core/grid/Grid";
import { quoteSheetName } from "../core/grid/address";
import type { Settings } from "../core/model/Status";
import type { PatchValue, WorkbookPatch } from "../core/patch/WorkbookPatch";
import {
  HostError,
  type ApplyProgress,
  type ApplyResult,
  type WorkbookSession,
} from "../workbook/WorkbookSession";
import { parseAreaAddress } from "./parseAreaAddress";
import { WriteQueue } from "./PayloadBudget";
import { prepareSheet, writeSheet } from "./queueSheetPatch";
import { absoluteAddress } from "./rangeAddress";
import { toBase64, writeValuesInExcel } from "./cycleWrites";

/** Excel.run's shape: a batch function given a request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The part of Office.context.document.settings the session uses. */
export type DocumentSettings = Pick<Office.Settings, "get" | "set" | "saveAsync">;

export interface ExcelSessionDeps {
  run: ExcelRun;
  settings: DocumentSettings;
  /** Excel.createWorkbook: opens an .xlsx given as base64 as a new workbook (the units' forms). */
  createWorkbook?: (base64: string) => Promise<void>;
}

/** The one document-settings key plan-tracker keeps its settings under. */
export const SETTINGS_KEY = "planTracker";

interface LoadedSheet {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && code !== "" ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

/** Excel reports empty cells as "" and unformatted ones as "General"; grids say null. */
function gridValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

function gridFormat(format: unknown): string | null {
  return typeof format === "string" && format !== "" && format !== "General" ? format : null;
}

/** A used range that starts at, say, C4 is padded with empty rows and columns so values[0][0] is A1. */
function paddedGrid(name: string, hidden: boolean, used: Excel.Range | null, merges: CellRange[]): Grid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  if (used) {
    const top = used.rowIndex;
    const left = used.columnIndex;
    for (let r = 0; r < top; r++) {
      values.push([]);
      formats.push([]);
    }
    const rawValues = used.values as unknown[][];
    const rawFormats = used.numberFormat as unknown[][];
    rawValues.forEach((row, r) => {
      const line: CellValue[] = new Array<CellValue>(left).fill(null);
      const formatLine: (string | null)[] = new Array<string | null>(left).fill(null);
      row.forEach((v, c) => {
        line.push(gridValue(v));
        formatLine.push(gridFormat(rawFormats[r]?.[c]));
      });
      values.push(line);
      formats.push(formatLine);
    });
  }
  return { name, values, formats, merges, hidden };
}

function nameRef(formula: unknown): string {
  const text = typeof formula === "string" ? formula : "";
  return text.startsWith("=") ? text.slice(1) : text;
}

export class ExcelSession implements WorkbookSession {
  private readonly run: ExcelRun;
  private readonly settings: DocumentSettings;
  private writingNow = false;

  private readonly createWorkbook: ((base64: string) => Promise<void>) | undefined;

  constructor(deps: ExcelSessionDeps) {
    this.run = deps.run;
    this.settings = deps.settings;
    this.createWorkbook = deps.createWorkbook;
  }

  /** The values `collect` accepted, into existing cells keeping their formats (src/excel/cycleWrites.ts). */
  async writeValues(sheet: string, writes: { row: number; col: number; value: PatchValue }[]): Promise<void> {
    try {
      await writeValuesInExcel(this.run, sheet, writes);
    } catch (cause) {
      throw new HostError("write-failed", `excel: the collected values could not be written to "${sheet}"`, { sheet }, { cause });
    }
  }

  /** Each form opens as a new workbook in Excel. */
  async deliverWorkbooks(files: { name: string; bytes: Uint8Array }[]): Promise<void> {
    const create = this.createWorkbook;
    if (!create) throw new HostError("write-failed", "excel: this Excel cannot create workbooks (ExcelApi 1.8)");
    for (const f of files) await create(toBase64(f.bytes));
  }

  /**
   * True while apply() is writing. apply() also switches Office.js events off for this add-in
   * (Runtime.enableEvents) around its writes, so worksheet onChanged handlers in the pane do not hear the
   * add-in's own writes; a handler registered elsewhere can check this flag as well.
   */
  get writing(): boolean {
    return this.writingNow;
  }

  /** Two syncs whatever the workbook's size: the sheet list, then every sheet's cells, merges and names at once. */
  async read(): Promise<WorkbookSnapshot> {
    try {
      return await this.run(async (ctx) => {
        const worksheets = ctx.workbook.worksheets;
        worksheets.load("items/name,items/visibility");
        const workbookNames = ctx.workbook.names;
        workbookNames.load("items/name,items/formula");
        await ctx.sync();

        const loaded: LoadedSheet[] = worksheets.items.map((sheet) => {
          // valuesOnly: a sheet formatted down to row 1,048,576 must not load a million empty rows.
          const used = sheet.getUsedRangeOrNullObject(true);
          used.load("values,numberFormat,rowIndex,columnIndex");
          const merged = sheet.getRange().getMergedAreasOrNullObject();
          merged.load("address,areaCount");
          sheet.names.load("items/name,items/formula");
          return { sheet, used, merged };
        });
        await ctx.sync();

        const sheets = loaded.map(({ sheet, used, merged }) => {
          let merges: CellRange[] = [];
          if (!merged.isNullObject) {
            const parsed = parseAreaAddress(merged.address);
            if (!parsed || parsed.length !== merged.areaCount) {
              throw new HostError("read-failed", `cannot read the merged cells of "${sheet.name}"`, {
                sheet: sheet.name,
              });
            }
            merges = parsed;
          }
          return paddedGrid(
            sheet.name,
            sheet.visibility !== "Visible",
            used.isNullObject ? null : used,
            merges,
          );
        });
        const names: DefinedName[] = workbookNames.items.map((n) => ({
          name: n.name,
          ref: nameRef(n.formula),
        }));
        for (const { sheet } of loaded) {
          for (const n of sheet.names.items)
            names.push({ name: n.name, ref: nameRef(n.formula), scope: sheet.name });
        }
        return { sheets, names };
      });
    } catch (error) {
      if (error instanceof HostError) throw error;
      throw new HostError(
        "read-failed",
        `excel: the workbook cannot be read (${describe(error)})`,
        {},
        { cause: error },
      );
    }
  }

  /**
   * Sync 1 checks protection (nothing is written when a target is protected). Every write is then queued and sent
   * in MIN_PARTS requests of about equal size (more only past the payload budget): three syncs in all for a
   * 10-task plan and for a 5,000-task one.
   */
  async apply(patch: WorkbookPatch, onProgress?: (p: ApplyProgress) => void): Promise<ApplyResult> {
    const steps = [...patch.sheets.map((s) => s.name), ...(patch.names.length > 0 ? ["names"] : [])];
    const report = (fraction: number, step: string) => onProgress?.({ fraction, step });
    const written: string[] = [];
    let eventsOff = false;
    this.writingNow = true;
    try {
      return await this.run(async (ctx) => {
        report(0, "check");
        const workbook = ctx.workbook;
        const worksheets = workbook.worksheets;
        worksheets.load("items/name,items/position,items/protection/protected");
        workbook.protection.load("protected");
        workbook.names.load("items/name");
        await ctx.sync();

        const existing = new Map(worksheets.items.map((ws) => [ws.name.normalize("NFC"), ws]));
        const find = (name: string) => existing.get(name.normalize("NFC"));
        for (const sheet of patch.sheets) {
          if (find(sheet.name)?.protection.protected) {
            throw new HostError("sheet-protected", `excel: sheet "${sheet.name}" is protected`, {
              sheet: sheet.name,
            });
          }
        }
        // Replace-mode sheets are deleted and added again, which workbook structure protection forbids.
        const adds = patch.sheets.filter((s) => s.mode === "replace" || !find(s.name));
        if (adds.length > 0 && workbook.protection.protected) {
          throw new HostError("workbook-protected", "excel: the workbook structure is protected", {
            sheet: adds[0]?.name,
          });
        }

        const result: ApplyResult = { cells: 0, sheetsCreated: [], sheetsUpdated: [] };
        for (const sheet of patch.sheets)
          (find(sheet.name) ? result.sheetsUpdated : result.sheetsCreated).push(sheet.name);

        const queue = new WriteQueue();
        const first = steps[0] ?? "names";
        queue.add(first, null, () => {
          ctx.runtime.enableEvents = false;
          workbook.application.suspendApiCalculationUntilNextSync();
        });
        for (const sheet of patch.sheets) {
          const target = prepareSheet(queue, worksheets, sheet, find(sheet.name));
          result.cells += writeSheet(queue, target, sheet, patch.styles);
        }
        const oldNames = new Set(workbook.names.items.map((n) => n.name.toLowerCase()));
        for (const marker of patch.names) {
          queue.add("names", marker, () => {
            if (oldNames.has(marker.name.toLowerCase())) workbook.names.getItem(marker.name).delete();
            workbook.names.add(
              marker.name,
              `=${quoteSheetName(marker.sheet)}!${absoluteAddress(marker.range)}`,
            );
          });
        }
        const last = steps[steps.length - 1] ?? first;
        queue.add(last, null, () => {
          if (patch.activate !== undefined) worksheets.getItem(patch.activate).activate();
          ctx.runtime.enableEvents = true;
        });

        const parts = queue.parts();
        const total = Math.max(1, queue.bytes);
        let sent = 0;
        eventsOff = true;
        for (const [index, part] of parts.entries()) {
          for (const write of part) write.run();
          report(0.05 + (sent / total) * 0.95, part[0]?.step ?? "");
          await ctx.sync();
          sent += part.reduce((sum, w) => sum + w.bytes, 0);
          // A step is written once none of its writes is left in a later part.
          const later = new Set(parts.slice(index + 1).flatMap((p) => p.map((w) => w.step)));
          for (const step of steps) if (!later.has(step) && !written.includes(step)) written.push(step);
        }
        eventsOff = false;
        report(1, "done");
        return result;
      });
    } catch (error) {
      if (eventsOff) await this.restoreEvents();
      if (error instanceof HostError) throw error;
      const notWritten = steps.filter((s) => !written.includes(s));
      throw new HostError(
        "write-failed",
        `excel: writing stopped (${describe(error)}); written: ${written.join(", ") || "nothing"}; not written: ${notWritten.join(", ")}`,
        { written, notWritten },
        { cause: error },
      );
    } finally {
      this.writingNow = false;
    }
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  async loadSettings(): Promise<Partial<Settings>> {
    const stored: unknown = this.settings.get(SETTINGS_KEY);
    return stored !== null && typeof stored === "object" && !Array.isArray(stored)
      ? { ...(stored as Partial<Settings>) }
      : {};
  }

  /** Stored in the document and saved with it (saveAsync), so whoever opens the workbook next gets the same settings. */
  async saveSettings(settings: Partial<Settings>): Promise<void> {
    this.settings.set(SETTINGS_KEY, JSON.parse(JSON.stringify(settings)) as unknown);
    await new Promise<void>((resolve, reject) => {
      this.settings.saveAsync((result) => {
        // Office.AsyncResultStatus is "succeeded" | "failed" at run time; compared as text so the session does not
        // need the global Office object.
        if (String(result.status) === "failed" || result.error) {
          reject(
            new HostError(
              "write-failed",
              `excel: settings not saved (${result.error?.message ?? "unknown error"})`,
              { part: "settings" },
              {
                cause: result.error,
              },
            ),
          );
        } else resolve();
      });
    });
  }

  private async restoreEvents(): Promise<void> {
    try {
      await this.run(async (ctx) => {
        ctx.runtime.enableEvents = true;
        await ctx.sync();
      });
    } catch {
      // The write error is the one the user needs to see; events come back with the next add-in load anyway.
    }
  }
}
