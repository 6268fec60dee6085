// The Office.js host: reads the open workbook into grids and applies a WorkbookPatch to it, in a constant number of
// context.sync() round trips whatever the plan's size (a sync costs 50–500 ms on Excel on the web; one per cell
// would take minutes on a 5,000-task plan). Everything Office.js is reached through the two dependencies given to
// the constructor, so tests run it on a recording fake and nothing here touches the global `Excel` or `Office`.
//
// Requirement sets used (the manifest asks for ExcelApi 1.13; Worksheet.notes, 1.18, only where isSetSupported
// says this Excel has it):
//   Range.getMergedAreasOrNullObject 1.13 · Worksheet.comments, Comment.getLocation 1.10 · Worksheet.getRanges,
//   RangeAreas.format, Worksheet.pageLayout, RangeFormat.indentLevel, Range.getSpecialCellsOrNullObject 1.9 · Runtime.enableEvents, Range.dataValidation, Worksheet.showGridlines 1.8 ·
//   Workbook.protection, Worksheet.getRangeByIndexes, Range.hyperlink, Worksheet.tabColor, Worksheet.freezePanes,
//   NamedItem.formula, ChartSeries.setValues/setXAxisValues, ChartSeriesCollection.add 1.7 ·
//   Range.conditionalFormats 1.6 · Worksheet.getUsedRangeOrNullObject, Workbook.names.add, Worksheet.names 1.4 ·
//   Worksheet.protection, Range.unmerge, Workbook.functions (DATE, for the date system) 1.2 · the rest 1.1
//   (Range.clear, NamedItem.visible, Chart.delete, ChartCollection).
// The add-in writes no formulas, so it does not suspend calculation (Application.suspendApiCalculationUntilNextSync).
import type { CellRange, CellValue, DefinedName, Grid, WorkbookSnapshot } from "../core/grid/Grid";
import { quoteSheetName } from "../core/grid/address";
import type { Settings } from "../core/model/Status";
import type { PatchValue, WorkbookPatch } from "../core/patch/WorkbookPatch";
import { MARKER, findMarker, parseMarkerRef } from "../core/report/markers";
import { SETTINGS_NAME, decodeSettings, encodeSettings } from "../workbook/settingsName";
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
import { READ_BUDGET_BYTES, planRead, type ReadSync, type UsedRange } from "./readPlan";
import { toBase64, writeValuesInExcel } from "./cycleWrites";

/** Excel.run's shape: a batch function given a request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The part of Office.context.document.settings the session uses. */
export type DocumentSettings = Pick<Office.Settings, "get" | "set" | "remove" | "saveAsync">;

export interface ExcelSessionDeps {
  run: ExcelRun;
  /** Only to migrate settings older versions kept there; settings now live in a hidden defined name. */
  settings: DocumentSettings;
  /** SYNC_TIMEOUT_MS unless given (tests). */
  syncTimeoutMs?: number;
  /** Excel.createWorkbook: opens an .xlsx given as base64 as a new workbook (the units' forms). */
  createWorkbook?: (base64: string) => Promise<void>;
  /**
   * Office.context.requirements.isSetSupported: whether this Excel has an API set beyond the manifest's ExcelApi
   * 1.13 (Worksheet.notes needs 1.18). Without it, only what 1.13 guarantees is used.
   */
  isSetSupported?: (name: string, version: string) => boolean;
}

/** The document-settings key older versions kept the settings under; read until the next save moves them. */
export const LEGACY_SETTINGS_KEY = "planTracker";

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

function nameRef(formula: unknown): string {
  const text = typeof formula === "string" ? formula : "";
  return text.startsWith("=") ? text.slice(1) : text;
}

/** How long one context.sync() may take before the session gives up on it (a hung Excel never answers). */
export const SYNC_TIMEOUT_MS = 120_000;

/** DATE(1904,1,1) is 1462 in the 1900 date system and 0 in the 1904 one. */
const DATE_1904_PROBE = 1462;

/**
 * Queues the date-system probe (Office.js has no property for it); the returned function answers after the next
 * sync whether the workbook counts dates from 1904.
 */
function queueDate1904Probe(ctx: Excel.RequestContext): () => boolean {
  const probe = ctx.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return () => probe.value !== DATE_1904_PROBE;
}

interface ReadBasis {
  /** The sheets read, with the address of their used range (values only) when read. */
  sheets: [string, string | null][];
  /** Every defined name but the settings, with its formula. */
  names: [string, string][];
}

function basisNames(names: { name: string; formula: unknown }[]): [string, string][] {
  return names
    .filter((n) => n.name.toLowerCase() !== SETTINGS_NAME.toLowerCase())
    .map((n) => [n.name, typeof n.formula === "string" ? n.formula : ""] as [string, string])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

export class ExcelSession implements WorkbookSession {
  private readonly run: ExcelRun;
  private readonly settings: DocumentSettings;
  private readonly timeoutMs: number;
  private writingNow = false;

  private readonly createWorkbook: ((base64: string) => Promise<void>) | undefined;
  private readonly readsNotes: boolean;

  constructor(deps: ExcelSessionDeps) {
    this.run = deps.run;
    this.settings = deps.settings;
    this.timeoutMs = deps.syncTimeoutMs ?? SYNC_TIMEOUT_MS;
    this.createWorkbook = deps.createWorkbook;
    this.readsNotes = deps.isSetSupported?.("ExcelApi", "1.18") === true;
  }

  /** The values `collect` accepted, into existing cells keeping their formats (src/excel/cycleWrites.ts). */
  async writeValues(sheet: string, writes: { row: number; col: number; value: PatchValue }[]): Promise<void> {
    if (writes.length === 0) return;
    try {
      await this.run(async (ctx) => {
        // Dates go in as serials of the workbook's own date system (see read()).
        const date1904 = queueDate1904Probe(ctx);
        await this.sync(ctx);
        writeValuesInExcel(ctx, sheet, writes, date1904());
        await this.sync(ctx);
      });
    } catch (cause) {
      if (cause instanceof HostError) throw cause;
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

  /** context.sync() that gives up after the timeout with a HostError the user can act on. */
  private async sync(ctx: Excel.RequestContext): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new HostError("timeout", `excel: Excel did not answer within ${Math.round(this.timeoutMs / 1000)} s`),
          ),
        this.timeoutMs,
      );
    });
    try {
      await Promise.race([ctx.sync(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Reads what the engine needs and nothing more: the sheet list and the names (sync 1), the used range of every
   * sheet but plan-tracker's own report sheets (sync 2: those are rewritten whole and never read), then the
   * values, number formats and merged areas in bands planned under the response budget (see readPlan.ts). The
   * own sheets appear in the snapshot with their names and no cells.
   */
  async read(): Promise<WorkbookSnapshot> {
    try {
      return await this.readWithin(READ_BUDGET_BYTES);
    } catch (error) {
      throw readFailed(error);
    }
  }

  private readWithin(budget: number): Promise<WorkbookSnapshot> {
    return this.run(async (ctx) => {
      const worksheets = ctx.workbook.worksheets;
      worksheets.load("items/name,items/visibility");
      const workbookNames = ctx.workbook.names;
      workbookNames.load("items/name,items/formula");
      const isDate1904 = queueDate1904Probe(ctx);
      await this.sync(ctx);

      const date1904 = isDate1904();
      const names: DefinedName[] = workbookNames.items.map((n) => ({ name: n.name, ref: nameRef(n.formula) }));
      const owned = reportSheets(names);
      const isOwned = (name: string) => owned.has(name.normalize("NFC").toLowerCase());

      const read = worksheets.items.filter((sheet) => !isOwned(sheet.name));
      const queueUsed = () =>
        read.map((sheet) => {
          const used = sheet.getUsedRangeOrNullObject(true);
          used.load("address,rowIndex,columnIndex,rowCount,columnCount");
          sheet.names.load("items/name,items/formula");
          return { sheet, used };
        });
      let usedRanges = queueUsed();
      let hidden = read.map((sheet) => queueHiddenContent(sheet, this.readsNotes));
      try {
        await this.sync(ctx);
      } catch (error) {
        if (!isPayloadError(error)) throw error;
        // Some sheet's formula cells (or rules) are too scattered for their addresses to fit one answer: the used
        // ranges again, then each sheet's hidden content on its own; a sheet whose list still does not fit counts
        // as filled over its whole used range, so plan-tracker's columns go right of everything on it.
        usedRanges = queueUsed();
        await this.sync(ctx);
        hidden = [];
        for (const { sheet, used } of usedRanges) {
          const one = queueHiddenContent(sheet, this.readsNotes);
          try {
            await this.sync(ctx);
            hidden.push(one);
          } catch (cause) {
            if (!isPayloadError(cause)) throw cause;
            hidden.push(wholeUsedRange(sheet.name, used));
          }
        }
      }
      // Comments and notes are found by their cells in one more sync, only when a sheet has some.
      const located = hidden.flatMap((h) => h.locate());
      if (located.length > 0) await this.sync(ctx);

      const extents: UsedRange[] = [];
      const history = historySheetOf(names);
      for (const { sheet, used } of usedRanges) {
        if (!used.isNullObject)
          extents.push({
            sheet: sheet.name,
            top: used.rowIndex,
            left: used.columnIndex,
            rows: used.rowCount,
            columns: used.columnCount,
            ...(sheet.name.normalize("NFC").toLowerCase() === history ? { plain: true } : {}),
          });
      }
      const grids = new Map<string, Grid>();
      for (const sheet of worksheets.items) {
        grids.set(sheet.name, { name: sheet.name, values: [], formats: [], merges: [], hidden: sheet.visibility !== "Visible", ...(date1904 ? { date1904 } : {}) });
      }
      // A part whose answer still overflows (texts far longer than the estimate) is split in two and read again;
      // reading changes nothing, so a retry is safe.
      const pending = planRead(extents, budget);
      for (let part = pending.shift(); part; part = pending.shift()) {
        const bands = part.values.map((band) => {
          const range = worksheets.getItem(band.sheet).getRangeByIndexes(
            band.range.top,
            band.range.left,
            band.range.bottom - band.range.top + 1,
            band.range.right - band.range.left + 1,
          );
          range.load(band.plain ? "values" : "values,numberFormat");
          return { band, range };
        });
        const tiles = part.merges.map((tile) => {
          const areas = worksheets
            .getItem(tile.sheet)
            .getRangeByIndexes(
              tile.range.top,
              tile.range.left,
              tile.range.bottom - tile.range.top + 1,
              tile.range.right - tile.range.left + 1,
            )
            .getMergedAreasOrNullObject();
          areas.load("address,areaCount");
          return { tile, areas };
        });
        try {
          await this.sync(ctx);
        } catch (error) {
          const halves = isPayloadError(error) ? splitRead(part) : null;
          if (!halves) throw error;
          pending.unshift(...halves);
          continue;
        }
        for (const { band, range } of bands) {
          const grid = grids.get(band.sheet);
          if (grid) putBand(grid, band.range, range.values as unknown[][], band.plain ? [] : (range.numberFormat as unknown[][]));
        }
        for (const { tile, areas } of tiles) {
          if (areas.isNullObject) continue;
          const parsed = parseAreaAddress(areas.address);
          if (!parsed || parsed.length !== areas.areaCount) {
            throw new HostError("read-failed", `cannot read the merged cells of "${tile.sheet}"`, {
              sheet: tile.sheet,
            });
          }
          grids.get(tile.sheet)?.merges.push(...parsed);
        }
      }

      for (const { sheet } of usedRanges) {
        for (const n of sheet.names.items) names.push({ name: n.name, ref: nameRef(n.formula), scope: sheet.name });
      }
      for (const h of hidden) {
        const grid = grids.get(h.sheet);
        const content = h.ranges();
        if (grid && content.length > 0) grid.otherContent = content;
      }
      const basis: ReadBasis = {
        sheets: usedRanges.map(({ sheet, used }) => [sheet.name, used.isNullObject ? null : used.address]),
        names: basisNames(workbookNames.items),
      };
      return { sheets: worksheets.items.map((s) => grids.get(s.name) as Grid), names, basis: JSON.stringify(basis) };
    });
  }

  /**
   * Sync 1 checks protection (nothing is written when a target is protected) and, for a patch that says which read
   * it was built from (`basis`), whether the sheets it read and the names are still as they were (sync 2): a column
   * inserted or a row deleted while the pane was open moves the used range and the markers, and the patch's
   * positions would then land on staff cells, so the session refuses it (HostError "stale") rather than write it.
   * Every write is then queued and sent in MIN_PARTS requests of about equal size (more only past the payload
   * budget). Own sheets are emptied and rewritten in place, never deleted, so formulas pointing at them survive.
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
        workbook.names.load("items/name,items/formula");
        const isDate1904 = queueDate1904Probe(ctx);
        await this.sync(ctx);
        const date1904 = isDate1904();

        const existing = new Map(worksheets.items.map((ws) => [ws.name.normalize("NFC"), ws]));
        const find = (name: string) => existing.get(name.normalize("NFC"));
        for (const sheet of patch.sheets) {
          if (find(sheet.name)?.protection.protected) {
            throw new HostError("sheet-protected", `excel: sheet "${sheet.name}" is protected`, {
              sheet: sheet.name,
            });
          }
        }
        // Only adding a sheet changes the workbook's structure; own sheets that exist are rewritten in place.
        const adds = patch.sheets.filter((s) => !find(s.name));
        if (adds.length > 0 && workbook.protection.protected) {
          throw new HostError("workbook-protected", "excel: the workbook structure is protected", {
            sheet: adds[0]?.name,
          });
        }
        // Sync 2, on every run so the count stays the same: the charts of own sheets to rewrite (removed before
        // the sheet is drawn again) and, for a patch that names its read, what that read saw.
        const charts = new Map<string, Excel.ChartCollection>();
        for (const sheet of patch.sheets) {
          const old = find(sheet.name);
          if (sheet.mode === "replace" && old) charts.set(sheet.name, old.charts.load("items/name"));
        }
        const verify = patch.basis === undefined ? null : this.queueBasisCheck(ctx, patch.basis, find);
        await this.sync(ctx);
        verify?.();

        const result: ApplyResult = { cells: 0, sheetsCreated: [], sheetsUpdated: [] };
        for (const sheet of patch.sheets)
          (find(sheet.name) ? result.sheetsUpdated : result.sheetsCreated).push(sheet.name);

        const queue = new WriteQueue();
        const first = steps[0] ?? "names";
        queue.add(first, null, () => {
          ctx.runtime.enableEvents = false;
        });
        for (const sheet of patch.sheets) {
          const target = prepareSheet(queue, worksheets, sheet, find(sheet.name), charts.get(sheet.name));
          result.cells += writeSheet(queue, target, sheet, patch.styles, { date1904 });
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
          await this.sync(ctx);
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
      if (error instanceof HostError && error.code !== "timeout") throw error;
      const notWritten = steps.filter((s) => !written.includes(s));
      if (error instanceof HostError)
        throw new HostError(error.code, error.message, { written, notWritten }, { cause: error.cause });
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

  /**
   * Queues the loads that tell whether the sheets read and the names are still what `basis` recorded; the
   * returned check, run after the sync, throws HostError "stale" when they are not.
   */
  private queueBasisCheck(
    ctx: Excel.RequestContext,
    basisText: string,
    find: (name: string) => Excel.Worksheet | undefined,
  ): () => void {
    const basis = JSON.parse(basisText) as ReadBasis;
    const stale = (why: string) =>
      new HostError("stale", `excel: the workbook changed since it was read (${why})`, {});
    if (JSON.stringify(basisNames(ctx.workbook.names.items)) !== JSON.stringify(basis.names))
      throw stale("defined names");
    const used: [string, Excel.Range][] = [];
    for (const [name] of basis.sheets) {
      const ws = find(name);
      if (!ws) throw stale(`sheet "${name}" is gone`);
      const range = ws.getUsedRangeOrNullObject(true);
      range.load("address");
      used.push([name, range]);
    }
    return () => {
      for (const [index, [name, range]] of used.entries()) {
        const now = range.isNullObject ? null : range.address;
        if (now !== basis.sheets[index]?.[1]) throw stale(`the used range of "${name}"`);
      }
    };
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await this.sync(ctx);
    });
  }

  /**
   * The settings in the hidden defined name, as the .xlsx host keeps them; a workbook whose settings are still
   * in the document settings (older versions) has them read from there until the next save moves them.
   */
  async loadSettings(): Promise<Partial<Settings>> {
    try {
      const formula = await this.run(async (ctx) => {
        const names = ctx.workbook.names;
        names.load("items/name,items/formula");
        await this.sync(ctx);
        const item = names.items.find((n) => n.name.toLowerCase() === SETTINGS_NAME.toLowerCase());
        return item ? String(item.formula) : null;
      });
      if (formula !== null) return decodeSettings(formula);
    } catch (error) {
      throw readFailed(error);
    }
    const stored: unknown = this.settings.get(LEGACY_SETTINGS_KEY);
    return stored !== null && typeof stored === "object" && !Array.isArray(stored)
      ? { ...(stored as Partial<Settings>) }
      : {};
  }

  /**
   * Written into the hidden defined name (saved with the workbook, read by the command line too); the old
   * document-settings copy is removed once the name is written, so there is one place left.
   */
  async saveSettings(settings: Partial<Settings>): Promise<void> {
    try {
      await this.run(async (ctx) => {
        const names = ctx.workbook.names;
        names.load("items/name");
        await this.sync(ctx);
        if (names.items.some((n) => n.name.toLowerCase() === SETTINGS_NAME.toLowerCase()))
          names.getItem(SETTINGS_NAME).delete();
        const item = names.add(SETTINGS_NAME, `=${encodeSettings(settings)}`);
        item.visible = false;
        await this.sync(ctx);
      });
    } catch (error) {
      if (error instanceof HostError) throw error;
      throw new HostError(
        "write-failed",
        `excel: settings not saved (${describe(error)})`,
        { part: "settings" },
        { cause: error },
      );
    }
    if (this.settings.get(LEGACY_SETTINGS_KEY) !== null) await this.dropLegacySettings();
  }

  private async dropLegacySettings(): Promise<void> {
    this.settings.remove(LEGACY_SETTINGS_KEY);
    await new Promise<void>((resolve) => {
      // A failure here leaves a stale copy that the defined name overrides: nothing for the user to do.
      this.settings.saveAsync(() => resolve());
    });
  }

  private async restoreEvents(): Promise<void> {
    try {
      await this.run(async (ctx) => {
        ctx.runtime.enableEvents = true;
        await this.sync(ctx);
      });
    } catch {
      // The write error is the one the user needs to see; events come back with the next add-in load anyway.
    }
  }
}

/** The history sheet found by its marker (lower-case NFC name), or null: a plain table read for its values only. */
function historySheetOf(names: DefinedName[]): string | null {
  return findMarker({ names }, MARKER.historySheet)?.sheet.normalize("NFC").toLowerCase() ?? null;
}

/** A sheet's staff content that its values do not show, queued for the read's second sync. */
interface HiddenContent {
  sheet: string;
  /** Queues the comments' and notes' locations (after the second sync); returns what it queued. */
  locate(): Excel.Range[];
  /** Everything found, once every sync has run. */
  ranges(): CellRange[];
}

/**
 * What the values do not show but is the staff's all the same: a formula whose result is "" (or an error the
 * values hide), a data validation or a conditional format over empty cells, a comment or a note on an empty cell.
 * plan-tracker never places its own columns over them (Grid.otherContent). Range.getSpecialCellsOrNullObject
 * (ExcelApi 1.9) finds the first three over the whole sheet; Worksheet.comments (1.10) and Worksheet.notes (1.18,
 * when this Excel has it) the rest.
 */
function queueHiddenContent(sheet: Excel.Worksheet, readsNotes: boolean): HiddenContent {
  const whole = sheet.getRange();
  const special = (["Formulas", "ConditionalFormats", "DataValidations"] as const).map((type) => {
    const areas = whole.getSpecialCellsOrNullObject(type);
    areas.load("address,areaCount");
    return areas;
  });
  const comments = sheet.comments;
  comments.load("items/id");
  const notes = readsNotes ? sheet.notes : null;
  notes?.load("items/content");
  let locations: Excel.Range[] = [];
  return {
    sheet: sheet.name,
    locate() {
      const items: { getLocation(): Excel.Range }[] = [...comments.items, ...(notes?.items ?? [])];
      locations = items.map((item) => {
        const at = item.getLocation();
        at.load("rowIndex,columnIndex");
        return at;
      });
      return locations;
    },
    ranges() {
      const out: CellRange[] = [];
      for (const areas of special) {
        if (areas.isNullObject) continue;
        const parsed = parseAreaAddress(areas.address);
        if (!parsed || parsed.length !== areas.areaCount)
          throw new HostError("read-failed", `cannot read the cells of "${sheet.name}"`, { sheet: sheet.name });
        out.push(...parsed);
      }
      for (const at of locations) out.push({ top: at.rowIndex, left: at.columnIndex, bottom: at.rowIndex, right: at.columnIndex });
      return out;
    },
  };
}

/** Hidden content that could not be listed: the sheet's whole used range stands for it. */
function wholeUsedRange(sheet: string, used: Excel.Range): HiddenContent {
  return {
    sheet,
    locate: () => [],
    ranges: () =>
      used.isNullObject
        ? []
        : [{ top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 }],
  };
}

/**
 * The report sheets plan-tracker rewrites whole on every run ("Tổng hợp", "Lộ trình", the months' reports), found
 * by their markers: the engine never reads them, so neither does the host. Other sheets of the add-in's (a history
 * the next report compares with) are read like any other.
 */
function reportSheets(names: DefinedName[]): Set<string> {
  const report = new Set([MARKER.summarySheet, MARKER.timelineSheet].map((n) => n.toLowerCase()));
  const sheets = new Set<string>();
  for (const n of names) {
    const name = n.name.toLowerCase();
    if (!report.has(name) && !name.startsWith("plantracker_sheet_report_")) continue;
    const marked = parseMarkerRef(n.ref);
    if (marked) sheets.add(marked.sheet.normalize("NFC").toLowerCase());
  }
  return sheets;
}

/** A read part in two halves: its bands cut in half by rows, its merge tiles shared out; null when one row is left. */
function splitRead(part: ReadSync): ReadSync[] | null {
  const first: ReadSync = { values: [], merges: part.merges.slice(0, Math.ceil(part.merges.length / 2)) };
  const second: ReadSync = { values: [], merges: part.merges.slice(first.merges.length) };
  if (part.values.length > 1) {
    const half = Math.ceil(part.values.length / 2);
    first.values = part.values.slice(0, half);
    second.values = part.values.slice(half);
  } else {
    const band = part.values[0];
    if (band && band.range.bottom > band.range.top) {
      const middle = band.range.top + Math.floor((band.range.bottom - band.range.top) / 2);
      first.values = [{ ...band, range: { ...band.range, bottom: middle } }];
      second.values = [{ ...band, range: { ...band.range, top: middle + 1 } }];
    } else if (part.merges.length <= 1) return null;
    else first.values = part.values;
  }
  return [first, second];
}

function readFailed(error: unknown): HostError {
  if (error instanceof HostError) return error;
  return new HostError("read-failed", `excel: the workbook cannot be read (${describe(error)})`, {}, { cause: error });
}

/** One band's values and number formats into the grid (values[0][0] is A1; rows before it stay empty). */
function putBand(grid: Grid, range: CellRange, values: unknown[][], formats: unknown[][]): void {
  const gridFormats = (grid.formats ??= []);
  values.forEach((row, r) => {
    const at = range.top + r;
    while (grid.values.length <= at) grid.values.push([]);
    while (gridFormats.length <= at) gridFormats.push([]);
    const line = grid.values[at] as CellValue[];
    const formatLine = gridFormats[at] as (string | null)[];
    while (line.length < range.left) line.push(null);
    while (formatLine.length < range.left) formatLine.push(null);
    row.forEach((v, c) => {
      line[range.left + c] = gridValue(v);
      formatLine[range.left + c] = gridFormat(formats[r]?.[c]);
    });
  });
}
