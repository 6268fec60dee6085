// A recording fake of the part of the Excel JavaScript API that ExcelSession uses, over a real in-memory workbook.
// Like Office.js it queues every load, property set and method call until context.sync(), runs them in order
// against the model (stopping at the first failure, earlier operations staying done), refuses to hand out a
// property that was not loaded and synced (PropertyNotLoaded), and refuses a request or a response over 5 MB.
// It counts syncs and the bytes of each request and response.
//
// Where Excel's documentation sets a limit or a behaviour, the fake enforces it, with the documentation's words
// beside the rule (each rule has its own test in fakeExcel.rules.test.ts, so the fake cannot drift back to lenient):
// - payload: "Excel on the web has a payload size limit for requests and responses of 5MB. A RichAPI.Error error
//   is triggered if that limit is exceeded." (Resource limits and performance optimization for Office Add-ins,
//   Excel add-ins) — requests in sync(), responses summed over every load answered by one sync;
// - Range.getMergedAreasOrNullObject: "if the merged areas count in this range is more than 512, then this method
//   will fail to return the result" (Excel.Range reference); it reports the areas whose top-left cell is in the
//   range, an area over every column as whole rows ("Sheet1!3:5") and one over every row as columns ("Sheet1!C:D");
// - Worksheet.delete: formulas that referred to the deleted sheet turn into #REF! ("=#REF!B5"), as in Excel;
// - DateTimeDataValidation: formula1 and formula2 are "a Date, a Range object, or a string formula (where the
//   string is either a stringified date/time in ISO8601 format, a cell reference like "=A1", or a formula like
//   "=MIN(A1, B1)")": a plain number is refused, and the fake asks for both bounds (Between / NotBetween);
// - RangeFormat.rowHeight: "Row height: 409 points" (Excel specifications and limits): a taller row is refused;
// - Range.values: "Total number of characters that a cell can contain: 32,767 characters" and "Length of formula
//   contents: 8,192 characters" (Excel specifications and limits): a longer text or formula is refused;
// - the 1904 date system: serials of a 1904 workbook are 1,462 days smaller; Office.js exposes it only through
//   the worksheet functions ("DATE: year Is a number from 1900 or 1904 (depending on the workbook's date
//   system)", Excel.Functions.date), which the fake computes in the workbook's system.
//
// Typing: the session is written against @types/office-js, so a misspelt call there does not compile. The fake's
// public members are checked against the same declarations at the bottom of this file (`conformance`), so a fake
// member that Office.js does not have does not compile either.
import type { CellRange, CellValue, WorkbookSnapshot } from "../../src/core/grid/Grid";
import { cellAddress, columnIndex } from "../../src/core/grid/address";
import { parseBlock } from "../../src/excel/parseAreaAddress";
import type { DocumentSettings, ExcelRun } from "../../src/excel/ExcelSession";

/** Office.js declares Range.values, Range.numberFormat and Settings.get/set with `any`; the fake keeps those signatures. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type OfficeAny = any;

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;
/** Range.getMergedAreasOrNullObject fails past this many areas. */
export const MERGED_AREAS_LIMIT = 512;
/** The tallest row Excel allows, in points. */
export const MAX_ROW_HEIGHT_POINTS = 409;
/** Days between serial 0 of the 1900 system (1899-12-30) and of the 1904 system (1904-01-01). */
export const DAYS_1904 = 1462;
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The workbook model

export interface BorderLine {
  style: string;
  weight: string;
  color?: string;
}

export interface FakeCell {
  /** null = empty. */
  value: CellValue;
  formula?: string;
  numberFormat: string;
  fill: string | null;
  font: {
    name?: string;
    size?: number;
    bold?: boolean;
    italic?: boolean;
    underline?: string;
    color?: string;
  };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  borders: Partial<Record<"top" | "bottom" | "left" | "right", BorderLine>>;
  hyperlink?: Excel.RangeHyperlink;
}

export interface FakeConditionalFormatModel {
  range: CellRange;
  type: string;
  rule?: Excel.ConditionalCellValueRule;
  format: { fill?: string; font: FakeCell["font"] };
  dataBar?: {
    lower?: Excel.ConditionalDataBarRule;
    upper?: Excel.ConditionalDataBarRule;
    fillColor?: string;
  };
}

export interface FakeValidation {
  range: CellRange;
  rule: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface FakeChartModel {
  name: string;
  type: string;
  title: string;
  series: { name: string; values: string; xValues?: string; color?: string }[];
  position?: { start: string; end?: string };
}

export interface FakeNameModel {
  name: string;
  formula: string;
  /** False for a hidden name. */
  visible?: boolean;
}

export interface FakeSheetModel {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  conditionalFormats: FakeConditionalFormatModel[];
  validations: FakeValidation[];
  charts: FakeChartModel[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  tabColor: string;
  showGridlines: boolean;
  pageLayout: Record<string, unknown>;
  freeze: { rows: number; cols: number } | null;
  names: FakeNameModel[];
  /** Threaded comments (Worksheet.comments, ExcelApi 1.10) and notes (Worksheet.notes, 1.18), by cell. */
  comments: FakeAnnotation[];
  notes: FakeAnnotation[];
}

export interface FakeAnnotation {
  row: number;
  col: number;
  content: string;
}

export interface RequestRecord {
  operations: number;
  bytes: number;
  /** Bytes of the answers to the loads this sync ran. */
  responseBytes: number;
  labels: string[];
  /** Bytes per operation label, to see what fills a request. */
  bytesByLabel: Record<string, number>;
}

const key = (row: number, col: number) => `${row},${col}`;

function emptyCell(): FakeCell {
  return { value: null, numberFormat: "General", fill: null, font: {}, borders: {} };
}

function newSheet(name: string): FakeSheetModel {
  return {
    name,
    visibility: "Visible",
    protected: false,
    cells: new Map(),
    merges: [],
    conditionalFormats: [],
    validations: [],
    charts: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    tabColor: "",
    showGridlines: true,
    pageLayout: {},
    freeze: null,
    names: [],
    comments: [],
    notes: [],
  };
}

/** The cells covered by a sheet's merged areas, rebuilt when the list was replaced or changed elsewhere. */
const mergeIndex = new WeakMap<FakeSheetModel, { merges: CellRange[]; count: number; cells: Set<string> }>();
function mergedCells(sheet: FakeSheetModel): Set<string> {
  const cached = mergeIndex.get(sheet);
  if (cached && cached.merges === sheet.merges && cached.count === sheet.merges.length) return cached.cells;
  const cells = new Set<string>();
  for (const m of sheet.merges)
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) cells.add(key(r, c));
  mergeIndex.set(sheet, { merges: sheet.merges, count: sheet.merges.length, cells });
  return cells;
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function inside(inner: CellRange, outer: CellRange): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

function a1(range: CellRange): string {
  const first = cellAddress(range.top, range.left);
  return range.top === range.bottom && range.left === range.right
    ? first
    : `${first}:${cellAddress(range.bottom, range.right)}`;
}

/** An area as Excel writes it in an address: whole rows "3:5" or whole columns "C:D" when it spans the sheet. */
function areaText(range: CellRange): string {
  if (range.left === 0 && range.right === MAX_COL) return `${range.top + 1}:${range.bottom + 1}`;
  if (range.top === 0 && range.bottom === MAX_ROW) {
    const col = (c: number) => cellAddress(0, c).replace(/\d+$/, "");
    return `${col(range.left)}:${col(range.right)}`;
  }
  return a1(range);
}

function absolute(range: CellRange): string {
  return a1(range).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** "A1", "B2:C9", "$5:$6" (whole rows) → range. */
function parseRange(address: string): CellRange {
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address.trim());
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: MAX_COL };
  const cols = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(address.trim());
  if (cols)
    return { top: 0, left: columnIndex(cols[1] ?? "A"), bottom: MAX_ROW, right: columnIndex(cols[2] ?? "A") };
  const range = parseBlock(address.trim());
  if (!range)
    throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing: "${address}"`);
  return range;
}

/** A sheet name as Excel writes it in an address it reports: quoted only when it must be (spaces, letters beyond
 * ASCII, a name that reads as a cell such as KH2026). */
function excelSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*([RrCc]\d*)?$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A reference to the sheet inside a formula: 'Tổng hợp'! or TongHop! (any case, quoted or not). */
function sheetReference(name: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = `'${escape(name.replace(/'/g, "''"))}'!`;
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `|(?<![A-Za-z0-9_.'])${escape(name)}!` : "";
  return new RegExp(`${quoted}${bare}`, "giu");
}

/** "Total number of characters that a cell can contain: 32,767 characters" (Excel specifications and limits). */
const MAX_CELL_CHARS = 32_767;
/** "Length of formula contents: 8,192 characters" (Excel specifications and limits). */
const MAX_FORMULA_CHARS = 8_192;

/** Text typed into a cell, as Excel takes it: formula, quoted text, number, boolean, or text. */
function typed(input: unknown): { value: CellValue; formula?: string } {
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  if (typeof input !== "string")
    throw new FakeOfficeError("InvalidArgument", `Unsupported cell value ${String(input)}`);
  if (input === "") return { value: null };
  if (input.startsWith("=")) {
    if (input.length > MAX_FORMULA_CHARS) throw new FakeOfficeError("InvalidArgument", `A formula of ${input.length} characters`);
    return { value: null, formula: input };
  }
  const text = input.startsWith("'") ? input.slice(1) : input;
  if (text.length > MAX_CELL_CHARS) throw new FakeOfficeError("InvalidArgument", `A cell text of ${text.length} characters`);
  if (input.startsWith("'")) return { value: text };
  if (/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(input)) return { value: Number(input) };
  if (/^\s*\d+(\.\d+)?\s*%\s*$/.test(input)) return { value: Number(input.replace("%", "")) / 100 };
  if (/^\s*true\s*$/i.test(input)) return { value: true };
  if (/^\s*false\s*$/i.test(input)) return { value: false };
  // d/m/yyyy and yyyy-mm-dd read as dates in a Vietnamese or ISO-aware Excel.
  if (/^\s*\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\s*$/.test(input)) return { value: 45000 };
  return { value: input };
}

/** The workbook behind the fake: sheets, names, protection, document settings, and what the session did to it. */
export class FakeWorkbookModel {
  sheets: FakeSheetModel[] = [];
  names: FakeNameModel[] = [];
  protected = false;
  /** The workbook's date system (Excel Options > Advanced > Use 1904 date system). */
  date1904 = false;
  /** Document settings as saved in the file (saveAsync). */
  savedSettings: Record<string, unknown> = {};
  activeSheet = "";
  selection = "";
  eventsEnabled = true;
  /** Change events raised by writes while events were enabled (what a worksheet onChanged handler would hear). */
  changeEvents: string[] = [];
  calculationSuspended = false;
  /** One record per context.sync(). */
  requests: RequestRecord[] = [];
  /** When set, the first queued operation whose label matches fails at sync with this error code. */
  failWhen: { label: RegExp; code: string } | null = null;
  /** Loads read this many response bytes (values and formats dominate). */
  responseBytes: number[] = [];

  get syncs(): number {
    return this.requests.length;
  }

  static fromSnapshot(snapshot: WorkbookSnapshot): FakeWorkbookModel {
    const model = new FakeWorkbookModel();
    for (const grid of snapshot.sheets) {
      const sheet = newSheet(grid.name);
      if (grid.hidden) sheet.visibility = "Hidden";
      grid.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const format = grid.formats?.[r]?.[c];
          if (value === null && !format) return;
          sheet.cells.set(key(r, c), { ...emptyCell(), value, numberFormat: format ?? "General" });
        }),
      );
      sheet.merges = grid.merges.map((m) => ({ ...m }));
      model.sheets.push(sheet);
    }
    for (const n of snapshot.names) {
      const entry = { name: n.name, formula: `=${n.ref}` };
      const scope = n.scope === undefined ? undefined : model.sheets.find((s) => s.name === n.scope);
      if (scope) scope.names.push(entry);
      else model.names.push(entry);
    }
    model.activeSheet = model.sheets[0]?.name ?? "";
    return model;
  }

  sheet(name: string): FakeSheetModel | undefined {
    const wanted = name.normalize("NFC").toLowerCase();
    return this.sheets.find((s) => s.name.normalize("NFC").toLowerCase() === wanted);
  }

  cell(sheet: string, row: number, col: number): FakeCell | undefined {
    return this.sheet(sheet)?.cells.get(key(row, col));
  }

  /** Excel.run over this workbook. */
  readonly run: ExcelRun = async (batch) => {
    const context = new FakeRequestContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending() > 0) {
      throw new Error(`fake Excel: ${context.pending()} queued operations were never synced`);
    }
    return result;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The request context and its queue

interface Operation {
  label: string;
  bytes: number;
  run: () => void;
}

class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  private queue: Operation[] = [];
  private responding = 0;

  constructor(readonly model: FakeWorkbookModel) {
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
  }

  enqueue(label: string, args: unknown, run: () => void): void {
    const bytes = Buffer.byteLength(JSON.stringify({ label, args }) ?? "", "utf8") + 40;
    this.queue.push({ label, bytes, run });
  }

  pending(): number {
    return this.queue.length;
  }

  /** A load answered in the running sync: its JSON counts toward the response. */
  respond(value: unknown): void {
    const bytes = Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
    this.responding += bytes;
    this.model.responseBytes.push(bytes);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.responding = 0;
    const bytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    const bytesByLabel: Record<string, number> = {};
    for (const op of ops) bytesByLabel[op.label] = (bytesByLabel[op.label] ?? 0) + op.bytes;
    const record: RequestRecord = {
      operations: ops.length,
      bytes,
      responseBytes: 0,
      labels: ops.map((o) => o.label),
      bytesByLabel,
    };
    this.model.requests.push(record);
    if (bytes > REQUEST_LIMIT_BYTES) {
      this.responding = 0;
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    const fail = this.model.failWhen;
    for (const op of ops) {
      if (fail && fail.label.test(op.label)) {
        this.model.failWhen = null;
        throw new FakeOfficeError(fail.code, `Injected failure at ${op.label}`);
      }
      op.run();
    }
    // Suspension lasts until the next sync.
    this.model.calculationSuspended = false;
    record.responseBytes = this.responding;
    this.responding = 0;
    if (record.responseBytes > RESPONSE_LIMIT_BYTES) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
  }

  /** A write to a sheet: refused on a protected sheet, heard by change handlers while events are on. */
  write(
    label: string,
    args: unknown,
    sheet: () => FakeSheetModel,
    run: (sheet: FakeSheetModel) => void,
  ): void {
    this.enqueue(label, args, () => {
      const target = sheet();
      if (target.protected) {
        throw new FakeOfficeError(
          "AccessDenied",
          "The cell or chart that you are trying to change is protected.",
        );
      }
      run(target);
      if (this.model.eventsEnabled) this.model.changeEvents.push(`${target.name}: ${label}`);
    });
  }
}

/** The loaded-properties store every proxy has: reading before load + sync throws, as Office.js does. */
class Loaded {
  private values = new Map<string, unknown>();
  constructor(private readonly owner: string) {}
  set(prop: string, value: unknown): void {
    this.values.set(prop, value);
  }
  get<T>(prop: string): T {
    if (!this.values.has(prop)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' of ${this.owner} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.values.get(prop) as T;
  }
}

/** "items/name, items/protection/protected" → ["items/name", "items/protection/protected"]. */
function loadPaths(spec?: string | string[]): string[] {
  const list = spec === undefined ? [] : Array.isArray(spec) ? spec : spec.split(",");
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

// ---------------------------------------------------------------------------------------------------------------
// Workbook-level objects

class FakeRuntime {
  constructor(private readonly ctx: FakeRequestContext) {}
  set enableEvents(value: boolean) {
    this.ctx.enqueue("Runtime.enableEvents", value, () => (this.ctx.model.eventsEnabled = value));
  }
  get enableEvents(): boolean {
    throw new FakeOfficeError("PropertyNotLoaded", "Runtime.enableEvents is not loaded");
  }
}

class FakeApplication {
  constructor(private readonly ctx: FakeRequestContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue(
      "Application.suspendApiCalculationUntilNextSync",
      null,
      () => (this.ctx.model.calculationSuspended = true),
    );
  }
}

class FakeWorkbookProtection {
  readonly #loaded = new Loaded("WorkbookProtection");
  constructor(private readonly ctx: FakeRequestContext) {}
  get protected(): boolean {
    return this.#loaded.get("protected");
  }
  load(spec?: string | string[]): this {
    const paths = loadPaths(spec);
    this.ctx.enqueue("WorkbookProtection.load", paths, () => this.loadNow(paths));
    return this;
  }
  loadNow(paths: string[]): void {
    if (paths.includes("protected")) this.#loaded.set("protected", this.ctx.model.protected);
  }
}

/** A worksheet function's answer, read after load and sync. */
class FakeFunctionResult {
  readonly #loaded = new Loaded("FunctionResult");
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly compute: () => number,
  ) {}
  get value(): number {
    return this.#loaded.get("value");
  }
  get error(): string {
    return this.#loaded.get("error");
  }
  load(spec?: string | string[]): this {
    const paths = loadPaths(spec);
    this.ctx.enqueue("FunctionResult.load", paths, () => {
      const value = this.compute();
      this.#loaded.set("value", value);
      this.#loaded.set("error", null);
      this.ctx.respond(value);
    });
    return this;
  }
}

/** Excel.Functions: only DATE, which answers in the workbook's date system. */
class FakeFunctions {
  constructor(private readonly ctx: FakeRequestContext) {}
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.ctx, () => {
      const serial = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
      return this.ctx.model.date1904 ? serial - DAYS_1904 : serial;
    });
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly functions: FakeFunctions;
  readonly names: FakeNamedItemCollection;
  readonly protection: FakeWorkbookProtection;
  readonly application: FakeApplication;
  constructor(ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx, () => ctx.model.names, null);
    this.protection = new FakeWorkbookProtection(ctx);
    this.application = new FakeApplication(ctx);
    this.functions = new FakeFunctions(ctx);
  }
}

class FakeNamedItem {
  readonly #loaded = new Loaded("NamedItem");
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly list: () => FakeNameModel[],
    private readonly find: () => FakeNameModel,
  ) {}
  get name(): string {
    return this.#loaded.get("name");
  }
  get formula(): string {
    return this.#loaded.get("formula");
  }
  get visible(): boolean {
    return this.#loaded.get("visible");
  }
  set visible(value: boolean) {
    this.ctx.enqueue("NamedItem.visible", value, () => (this.find().visible = value));
  }
  load(spec?: string | string[]): this {
    const paths = loadPaths(spec);
    this.ctx.enqueue("NamedItem.load", paths, () => this.loadNow(paths));
    return this;
  }
  loadNow(paths: string[]): void {
    const item = this.find();
    for (const p of paths) {
      if (p === "name") this.#loaded.set("name", item.name);
      if (p === "formula") this.#loaded.set("formula", item.formula);
      if (p === "visible") this.#loaded.set("visible", item.visible !== false);
    }
  }
  delete(): void {
    this.ctx.enqueue("NamedItem.delete", null, () => {
      const item = this.find();
      const list = this.list();
      list.splice(list.indexOf(item), 1);
    });
  }
}

class FakeNamedItemCollection {
  #items: FakeNamedItem[] | null = null;
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly list: () => FakeNameModel[],
    private readonly scope: (() => FakeSheetModel) | null,
  ) {}
  get items(): FakeNamedItem[] {
    if (!this.#items)
      throw new FakeOfficeError("PropertyNotLoaded", "NamedItemCollection.items is not loaded");
    return this.#items;
  }
  load(spec?: string | string[]): this {
    const paths = loadPaths(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue("NamedItemCollection.load", paths, () => {
      this.#items = this.list().map((model) => {
        const item = new FakeNamedItem(this.ctx, this.list, () => model);
        item.loadNow(paths);
        return item;
      });
      this.ctx.respond(this.list().map((n) => [n.name, n.formula]));
    });
    return this;
  }
  private lookup(name: string): FakeNameModel {
    const found = this.list().find((n) => n.name.toLowerCase() === name.toLowerCase());
    if (!found)
      throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: name ${name}`);
    return found;
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, this.list, () => this.lookup(name));
  }
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    const formula = typeof reference === "string" ? null : reference;
    this.ctx.enqueue(
      "NamedItemCollection.add",
      { name, reference: typeof reference === "string" ? reference : "range", comment },
      () => {
        if (!/^[A-Za-z_\\][\w.\\]*$/u.test(name))
          throw new FakeOfficeError("InvalidArgument", `Invalid name ${name}`);
        const list = this.list();
        if (list.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
          throw new FakeOfficeError("ItemAlreadyExists", `A name "${name}" already exists.`);
        }
        const text = formula ? `=${formula.referenceText()}` : (reference as string);
        list.push({ name, formula: text.startsWith("=") ? text : `=${text}` });
      },
    );
    void this.scope;
    return this.getItem(name);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Worksheets

class FakeWorksheetProtection {
  readonly #loaded = new Loaded("WorksheetProtection");
  constructor(private readonly sheet: () => FakeSheetModel) {}
  get protected(): boolean {
    return this.#loaded.get("protected");
  }
  loadNow(paths: string[]): void {
    if (paths.includes("protected")) this.#loaded.set("protected", this.sheet().protected);
  }
}

class FakeWorksheetCollection {
  #items: FakeWorksheet[] | null = null;
  constructor(private readonly ctx: FakeRequestContext) {}
  get items(): FakeWorksheet[] {
    if (!this.#items)
      throw new FakeOfficeError("PropertyNotLoaded", "WorksheetCollection.items is not loaded");
    return this.#items;
  }
  load(spec?: string | string[]): this {
    const paths = loadPaths(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue("WorksheetCollection.load", paths, () => {
      this.#items = this.ctx.model.sheets.map((model) => {
        const ws = new FakeWorksheet(this.ctx, () => {
          if (!this.ctx.model.sheets.includes(model))
            throw new FakeOfficeError("ItemNotFound", "The worksheet was deleted.");
          return model;
        });
        ws.loadNow(paths);
        return ws;
      });
    });
    return this;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const sheet = this.ctx.model.sheet(name);
      if (!sheet)
        throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet ${name}`);
      return sheet;
    });
  }
  add(name?: string): FakeWorksheet {
    let created: FakeSheetModel | null = null;
    this.ctx.enqueue("WorksheetCollection.add", name, () => {
      const model = this.ctx.model;
      if (model.protected) throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.");
      const sheetName = name ?? `Sheet${model.sheets.length + 1}`;
      if (/[:\\/?*[\]]/.test(sheetName) || sheetName.length > 31 || sheetName === "") {
        throw new FakeOfficeError("InvalidArgument", `Invalid sheet name ${sheetName}`);
      }
      if (model.sheet(sheetName))
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet "${sheetName}" already exists.`);
      created = newSheet(sheetName);
      model.sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "The worksheet was not created.");
      return created;
    });
  }
}

class FakeWorksheet {
  readonly #loaded = new Loaded("Worksheet");
  readonly protection: FakeWorksheetProtection;
  readonly names: FakeNamedItemCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly comments: FakeAnnotationCollection;
  readonly notes: FakeAnnotationCollection;

  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly model: () => FakeSheetModel,
  ) {
    this.comments = new FakeAnnotationCollection(ctx, model, "comments");
    this.notes = new FakeAnnotationCollection(ctx, model, "notes");
    this.protection = new FakeWorksheetProtection(model);
    this.names = new FakeNamedItemCollection(ctx, () => model().names, model);
    this.charts = new FakeChartCollection(ctx, model);
    this.freezePanes = new FakeFreezePanes(ctx, model);
    this.pageLayout = new FakePageLayout(ctx, model);
  }

  get name(): string {
    return this.#loaded.get("name");
  }
  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.#loaded.get("visibility");
  }
  /**
   * Worksheet.visibility (ExcelApi 1.1) is settable; Excel refuses to hide the last visible sheet ("A workbook must
   * contain at least one visible worksheet").
   */
  set visibility(value: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.ctx.enqueue("Worksheet.visibility", value, () => {
      const sheet = this.model();
      const othersVisible = this.ctx.model.sheets.some((s) => s !== sheet && s.visibility === "Visible");
      if (value !== "Visible" && !othersVisible)
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      sheet.visibility = value;
    });
  }
  get position(): number {
    return this.#loaded.get("position");
  }
  set position(value: number) {
    this.ctx.enqueue("Worksheet.position", value, () => {
      const sheets = this.ctx.model.sheets;
      const sheet = this.model();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(value, sheets.length), 0, sheet);
    });
  }
  set tabColor(value: string) {
    this.ctx.write("Worksheet.tabColor", value, this.model, (s) => (s.tabColor = value.toUpperCase()));
  }
  get tabColor(): string {
    return this.#loaded.get("tabColor");
  }
  set showGridlines(value: boolean) {
    this.ctx.write("Worksheet.showGridlines", value, this.model, (s) => (s.showGridlines = value));
  }
  get showGridlines(): boolean {
    return this.#loaded.get("showGridlines");
  }

  load(spec?: string | string[]): this {
    const paths = loadPaths(spec);
    this.ctx.enqueue("Worksheet.load", paths, () => this.loadNow(paths));
    return this;
  }
  loadNow(paths: string[]): void {
    const sheet = this.model();
    for (const p of paths) {
      if (p === "name") this.#loaded.set("name", sheet.name);
      else if (p === "visibility") this.#loaded.set("visibility", sheet.visibility);
      else if (p === "position") this.#loaded.set("position", this.ctx.model.sheets.indexOf(sheet));
      else if (p === "protection/protected") this.protection.loadNow(["protected"]);
      else throw new Error(`fake Excel: loading Worksheet.${p} is not modelled`);
    }
  }

  activate(): void {
    this.ctx.enqueue("Worksheet.activate", null, () => (this.ctx.model.activeSheet = this.model().name));
  }
  delete(): void {
    this.ctx.enqueue("Worksheet.delete", null, () => {
      const model = this.ctx.model;
      if (model.protected) throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.");
      const sheet = this.model();
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      // References to a deleted sheet become #REF!, as in Excel: names, and every formula in every sheet
      // ("='Tổng hợp'!B5" → "=#REF!B5", its value the error).
      const reference = sheetReference(sheet.name);
      const points = (formula: string) => formula.replace(reference, "#REF!") !== formula;
      for (const n of model.names) if (points(n.formula)) n.formula = "=#REF!";
      for (const other of model.sheets) {
        for (const n of other.names) if (points(n.formula)) n.formula = "=#REF!";
        for (const cell of other.cells.values()) {
          if (cell.formula === undefined) continue;
          const replaced = cell.formula.replace(reference, "#REF!");
          if (replaced === cell.formula) continue;
          cell.formula = replaced;
          cell.value = "#REF!";
        }
      }
      if (model.activeSheet === sheet.name) model.activeSheet = model.sheets[0]?.name ?? "";
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => ({
      sheet: this.model(),
      range:
        address === undefined ? { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL } : parseRange(address),
    }));
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) {
        throw new FakeOfficeError("InvalidArgument", "getRangeByIndexes: invalid size");
      }
      return {
        sheet: this.model(),
        range: {
          top: startRow,
          left: startColumn,
          bottom: startRow + rowCount - 1,
          right: startColumn + columnCount - 1,
        },
      };
    });
  }
  getRanges(address?: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => ({
      sheet: this.model(),
      ranges: (address ?? "").split(",").map((a) => parseRange(a)),
    }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.model();
      let box: CellRange | null = null;
      for (const [k, cell] of sheet.cells) {
        const used =
          cell.value !== null ||
          cell.formula !== undefined ||
          (!valuesOnly && (cell.fill !== null || cell.numberFormat !== "General"));
        if (!used) continue;
        const [row, col] = k.split(",").map(Number) as [number, number];
        box = box
          ? {
              top: Math.min(box.top, row),
              left: Math.min(box.left, col),
              bottom: Math.max(box.bottom, row),
              right: Math.max(box.right, col),
            }
          : { top: row, left: col, bottom: row, right: col };
      }
      return box ? { sheet, range: box } : null;
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Ranges

type RangeTarget = { sheet: FakeSheetModel; range: CellRange };
type AreasTarget = { sheet: FakeSheetModel; ranges: CellRange[] };

function cellsOf(
  sheet: FakeSheetModel,
  range: CellRange,
  each: (cell: FakeCell, row: number, col: number) => void,
): void {
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) {
      let cell = sheet.cells.get(key(r, c));
      if (!cell) sheet.cells.set(key(r, c), (cell = emptyCell()));
      each(cell, r, c);
    }
  }
}

class FakeRange {
  readonly #loaded = new Loaded("Range");
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  readonly dataValidation: FakeDataValidation;

  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly target: () => RangeTarget | null,
  ) {
    const areas = () => {
      const t = this.resolve();
      return { sheet: t.sheet, ranges: [t.range] };
    };
    this.format = new FakeRangeFormat(ctx, areas);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, () => this.resolve());
    this.dataValidation = new FakeDataValidation(ctx, () => this.resolve());
  }

  private resolve(): RangeTarget {
    const t = this.target();
    if (!t) throw new FakeOfficeError("ItemNotFound", "The range is a null object.");
    return t;
  }

  /** "'Kế hoạch'!$A$1:$B$2", for names and chart series. */
  referenceText(): string {
    const t = this.resolve();
    return `${excelSheetName(t.sheet.name)}!${absolute(t.range)}`;
  }

  get isNullObject(): boolean {
    return this.#loaded.get("isNullObject");
  }
  get values(): OfficeAny[][] {
    return this.#loaded.get("values");
  }
  set values(values: OfficeAny[][]) {
    this.ctx.write(
      "Range.values",
      values,
      () => this.resolve().sheet,
      () => {
        const { sheet, range } = this.resolve();
        const rows = range.bottom - range.top + 1;
        const cols = range.right - range.left + 1;
        if (values.length !== rows || values.some((line) => line.length !== cols)) {
          throw new FakeOfficeError(
            "InvalidArgument",
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
          );
        }
        cellsOf(sheet, range, (cell, r, c) => {
          const input = values[r - range.top]?.[c - range.left];
          if (input === null || input === undefined) return; // null leaves the cell unchanged
          const t = typed(input);
          cell.value = t.value;
          if (t.formula !== undefined) cell.formula = t.formula;
          else delete cell.formula;
        });
      },
    );
  }
  get numberFormat(): OfficeAny[][] {
    return this.#loaded.get("numberFormat");
  }
  set numberFormat(formats: OfficeAny[][]) {
    this.ctx.write(
      "Range.numberFormat",
      formats,
      () => this.resolve().sheet,
      () => {
        const { sheet, range } = this.resolve();
        if (formats.length !== range.bottom - range.top + 1)
          throw new FakeOfficeError("InvalidArgument", "numberFormat: wrong size");
        cellsOf(sheet, range, (cell, r, c) => {
          const f = formats[r - range.top]?.[c - range.left];
          if (typeof f === "string") cell.numberFormat = f;
        });
      },
    );
  }
  get rowIndex(): number {
    return this.#loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.#loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.#loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.#loaded.get("columnCount");
  }
  get address(): string {
    return this.#loaded.get("address");
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.ctx.write(
      "Range.hyperlink",
      link,
      () => this.resolve().sheet,
      () => {
        const { sheet, range } = this.resolve();
        cellsOf(sheet, range, (cell) => {
          cell.hyperlink = { ...link };
          if (link.textToDisplay !== undefined) {
            cell.value = link.textToDisplay;
            delete cell.formula;
          }
        });
      },
    );
  }
  get hyperlink(): Excel.RangeHyperlink {
    return this.#loaded.get("hyperlink");
  }

  load(spec?: string | string[]): this {
    const paths = loadPaths(spec);
    this.ctx.enqueue("Range.load", paths, () => {
      const t = this.target();
      this.#loaded.set("isNullObject", t === null);
      if (!t) return;
      const { sheet, range } = t;
      const read = <T>(pick: (cell: FakeCell | undefined) => T): T[][] => {
        const out: T[][] = [];
        for (let r = range.top; r <= range.bottom; r++) {
          const line: T[] = [];
          for (let c = range.left; c <= range.right; c++) line.push(pick(sheet.cells.get(key(r, c))));
          out.push(line);
        }
        return out;
      };
      for (const p of paths) {
        if (p === "values")
          this.#loaded.set(
            "values",
            read((cell) => cell?.value ?? ""),
          );
        else if (p === "numberFormat")
          this.#loaded.set(
            "numberFormat",
            read((cell) => cell?.numberFormat ?? "General"),
          );
        else if (p === "rowIndex") this.#loaded.set("rowIndex", range.top);
        else if (p === "columnIndex") this.#loaded.set("columnIndex", range.left);
        else if (p === "rowCount") this.#loaded.set("rowCount", range.bottom - range.top + 1);
        else if (p === "columnCount") this.#loaded.set("columnCount", range.right - range.left + 1);
        else if (p === "address") this.#loaded.set("address", `${excelSheetName(sheet.name)}!${a1(range)}`);
        else throw new Error(`fake Excel: loading Range.${p} is not modelled`);
      }
      this.ctx.respond(paths.map((p) => this.#loaded.get(p)));
    });
    return this;
  }

  merge(across?: boolean): void {
    this.ctx.write(
      "Range.merge",
      { across },
      () => this.resolve().sheet,
      (sheet) => {
        const { range } = this.resolve();
        // Stricter than Excel, which silently merges overlapping areas together: a patch never asks for that.
        const taken = mergedCells(sheet);
        for (let r = range.top; r <= range.bottom; r++)
          for (let c = range.left; c <= range.right; c++)
            if (taken.has(key(r, c)))
              throw new FakeOfficeError("InvalidArgument", `merge over an existing merged area at ${a1(range)}`);
        const parts: CellRange[] = across
          ? Array.from({ length: range.bottom - range.top + 1 }, (_, i) => ({
              ...range,
              top: range.top + i,
              bottom: range.top + i,
            }))
          : [range];
        for (const part of parts) {
          // A merged area keeps the top-left value only.
          cellsOf(sheet, part, (cell, r, c) => {
            if (r !== part.top || c !== part.left) {
              cell.value = null;
              delete cell.formula;
            }
          });
          sheet.merges.push({ ...part });
          for (let r = part.top; r <= part.bottom; r++) for (let c = part.left; c <= part.right; c++) taken.add(key(r, c));
          mergeIndex.set(sheet, { merges: sheet.merges, count: sheet.merges.length, cells: taken });
        }
      },
    );
  }
  unmerge(): void {
    this.ctx.write(
      "Range.unmerge",
      null,
      () => this.resolve().sheet,
      (sheet) => {
        const { range } = this.resolve();
        sheet.merges = sheet.merges.filter((m) => !intersects(m, range));
      },
    );
  }
  clear(
    applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks",
  ): void {
    this.ctx.write(
      "Range.clear",
      applyTo ?? "All",
      () => this.resolve().sheet,
      (sheet) => {
        const { range } = this.resolve();
        const all = applyTo === undefined || applyTo === "All";
        for (const [k, cell] of [...sheet.cells]) {
          const [r, c] = k.split(",").map(Number) as [number, number];
          if (r < range.top || r > range.bottom || c < range.left || c > range.right) continue;
          {
            if (all) sheet.cells.delete(k);
            else if (applyTo === "Contents") {
              cell.value = null;
              delete cell.formula;
            } else if (applyTo === "Formats")
              Object.assign(cell, { ...emptyCell(), value: cell.value, formula: cell.formula });
          }
        }
      },
    );
  }
  select(): void {
    this.ctx.enqueue("Range.select", null, () => {
      const { sheet, range } = this.resolve();
      if (this.ctx.model.activeSheet !== sheet.name)
        throw new FakeOfficeError("InvalidSelection", "Select a range on the active sheet.");
      this.ctx.model.selection = `${sheet.name}!${a1(range)}`;
    });
  }
  /**
   * The cells of this range that hold a formula, a conditional format or a data validation (ExcelApi 1.9), as
   * areas; a null object when there are none ("getSpecialCellsOrNullObject … If no cells are found, then this
   * method returns an object with its isNullObject property set to true", Excel.Range reference). Other cell
   * types, and value types, are not modelled.
   */
  getSpecialCellsOrNullObject(cellType: Excel.SpecialCellType | string, cellValueType?: Excel.SpecialCellValueType | string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const { sheet, range } = this.resolve();
      if (cellValueType !== undefined) throw new Error("fake Excel: getSpecialCells value types are not modelled");
      const clip = (r: CellRange): CellRange | null =>
        intersects(r, range)
          ? { top: Math.max(r.top, range.top), left: Math.max(r.left, range.left), bottom: Math.min(r.bottom, range.bottom), right: Math.min(r.right, range.right) }
          : null;
      let found: CellRange[];
      if (cellType === "Formulas") {
        found = [];
        for (const [k, cell] of sheet.cells) {
          if (cell.formula === undefined) continue;
          const [row, col] = k.split(",").map(Number) as [number, number];
          if (row >= range.top && row <= range.bottom && col >= range.left && col <= range.right)
            found.push({ top: row, left: col, bottom: row, right: col });
        }
      } else if (cellType === "ConditionalFormats") found = sheet.conditionalFormats.map((f) => clip(f.range)).filter((r): r is CellRange => r !== null);
      else if (cellType === "DataValidations") found = sheet.validations.map((v) => clip(v.range)).filter((r): r is CellRange => r !== null);
      else throw new Error(`fake Excel: getSpecialCells(${String(cellType)}) is not modelled`);
      return found.length === 0 ? null : { sheet, ranges: found };
    });
  }
  /**
   * The merged areas whose top-left cell lies in this range. "Note that if the merged areas count in this range
   * is more than 512, then this method will fail to return the result." (Excel.Range reference, ExcelApi 1.13)
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const { sheet, range } = this.resolve();
      const merged = sheet.merges.filter(
        (m) => m.top >= range.top && m.top <= range.bottom && m.left >= range.left && m.left <= range.right,
      );
      if (merged.length > MERGED_AREAS_LIMIT) {
        throw new FakeOfficeError(
          "GeneralException",
          `getMergedAreasOrNullObject: ${merged.length} merged areas in ${a1(range)}, more than ${MERGED_AREAS_LIMIT}`,
        );
      }
      return merged.length === 0 ? null : { sheet, ranges: merged };
    });
  }
}

class FakeRangeAreas {
  readonly #loaded = new Loaded("RangeAreas");
  readonly format: FakeRangeFormat;
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly target: () => AreasTarget | null,
  ) {
    this.format = new FakeRangeFormat(ctx, () => {
      const t = this.target();
      if (!t) throw new FakeOfficeError("ItemNotFound", "The range areas are a null object.");
      return t;
    });
  }
  get isNullObject(): boolean {
    return this.#loaded.get("isNullObject");
  }
  get address(): string {
    return this.#loaded.get("address");
  }
  get areaCount(): number {
    return this.#loaded.get("areaCount");
  }
  load(spec?: string | string[]): this {
    const paths = loadPaths(spec);
    this.ctx.enqueue("RangeAreas.load", paths, () => {
      const t = this.target();
      this.#loaded.set("isNullObject", t === null);
      if (!t) return;
      for (const p of paths) {
        if (p === "address")
          this.#loaded.set(
            "address",
            t.ranges.map((r) => `${excelSheetName(t.sheet.name)}!${areaText(r)}`).join(", "),
          );
        else if (p === "areaCount") this.#loaded.set("areaCount", t.ranges.length);
        else throw new Error(`fake Excel: loading RangeAreas.${p} is not modelled`);
      }
      this.ctx.respond(paths.map((p) => this.#loaded.get(p)));
    });
    return this;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Comments and notes

/** Worksheet.comments (ExcelApi 1.10) or Worksheet.notes (1.18): the items, each found by its cell. */
class FakeAnnotationCollection {
  #items: FakeAnnotationItem[] | null = null;
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheetModel,
    private readonly kind: "comments" | "notes",
  ) {}
  get items(): FakeAnnotationItem[] {
    if (!this.#items) throw new FakeOfficeError("PropertyNotLoaded", `${this.kind}.items is not loaded`);
    return this.#items;
  }
  load(spec?: string | string[]): this {
    const paths = loadPaths(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(`${this.kind}.load`, paths, () => {
      const list = this.sheet()[this.kind];
      this.#items = list.map((model) => new FakeAnnotationItem(this.ctx, () => ({ sheet: this.sheet(), model })));
      this.ctx.respond(list.map((m) => (paths.includes("content") ? { content: m.content } : { id: `${m.row},${m.col}` })));
    });
    return this;
  }
}

class FakeAnnotationItem {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly target: () => { sheet: FakeSheetModel; model: FakeAnnotation },
  ) {}
  getLocation(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, model } = this.target();
      return { sheet, range: { top: model.row, left: model.col, bottom: model.row, right: model.col } };
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Formats

class FakeRangeFill {
  constructor(
    private readonly set: (label: string, value: unknown, apply: (cell: FakeCell) => void) => void,
  ) {}
  set color(value: string) {
    this.set("RangeFill.color", value, (cell) => (cell.fill = value.replace("#", "").toUpperCase()));
  }
  get color(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFill.color is not loaded");
  }
}

class FakeRangeFont {
  constructor(
    private readonly set: (label: string, value: unknown, apply: (cell: FakeCell) => void) => void,
  ) {}
  private put<K extends keyof FakeCell["font"]>(prop: K, value: FakeCell["font"][K]): void {
    this.set(`RangeFont.${prop}`, value, (cell) => (cell.font[prop] = value));
  }
  set name(v: string) {
    this.put("name", v);
  }
  get name(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFont.name is not loaded");
  }
  set size(v: number) {
    this.put("size", v);
  }
  get size(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFont.size is not loaded");
  }
  set bold(v: boolean) {
    this.put("bold", v);
  }
  get bold(): boolean {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFont.bold is not loaded");
  }
  set italic(v: boolean) {
    this.put("italic", v);
  }
  get italic(): boolean {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFont.italic is not loaded");
  }
  set underline(
    v: Excel.RangeUnderlineStyle | "None" | "Single" | "Double" | "SingleAccountant" | "DoubleAccountant",
  ) {
    this.put("underline", String(v));
  }
  get underline():
    Excel.RangeUnderlineStyle | "None" | "Single" | "Double" | "SingleAccountant" | "DoubleAccountant" {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFont.underline is not loaded");
  }
  set color(v: string) {
    this.put("color", v.replace("#", "").toUpperCase());
  }
  get color(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFont.color is not loaded");
  }
}

type BorderSide = "top" | "bottom" | "left" | "right";

class FakeRangeBorder {
  constructor(
    private readonly edge: string,
    private readonly set: (
      label: string,
      value: unknown,
      apply: (cell: FakeCell, row: number, col: number, area: CellRange) => void,
      part?: (area: CellRange) => CellRange,
    ) => void,
  ) {}
  /** The cells an edge index can draw on: one row or column of the area for an outer edge. */
  private partOf(area: CellRange): CellRange {
    switch (this.edge) {
      case "EdgeTop":
        return { ...area, bottom: area.top };
      case "EdgeBottom":
        return { ...area, top: area.bottom };
      case "EdgeLeft":
        return { ...area, right: area.left };
      case "EdgeRight":
        return { ...area, left: area.right };
      default:
        return area;
    }
  }
  /** Which sides of which cells an edge index draws in an area. */
  private sidesOf(row: number, col: number, area: CellRange): BorderSide[] {
    switch (this.edge) {
      case "EdgeTop":
        return row === area.top ? ["top"] : [];
      case "EdgeBottom":
        return row === area.bottom ? ["bottom"] : [];
      case "EdgeLeft":
        return col === area.left ? ["left"] : [];
      case "EdgeRight":
        return col === area.right ? ["right"] : [];
      case "InsideHorizontal":
        return [
          ...(row > area.top ? (["top"] as const) : []),
          ...(row < area.bottom ? (["bottom"] as const) : []),
        ];
      case "InsideVertical":
        return [
          ...(col > area.left ? (["left"] as const) : []),
          ...(col < area.right ? (["right"] as const) : []),
        ];
      default:
        throw new FakeOfficeError("InvalidArgument", `Unknown border index ${this.edge}`);
    }
  }
  private put(prop: keyof BorderLine, value: string): void {
    this.set(
      `RangeBorder.${prop}`,
      { edge: this.edge, value },
      (cell, row, col, area) => {
        for (const side of this.sidesOf(row, col, area)) {
          const line = (cell.borders[side] ??= { style: "None", weight: "Thin" });
          line[prop] = value;
        }
      },
      (area) => this.partOf(area),
    );
  }
  set style(
    v:
      | Excel.BorderLineStyle
      | "None"
      | "Continuous"
      | "Dash"
      | "DashDot"
      | "DashDotDot"
      | "Dot"
      | "Double"
      | "SlantDashDot",
  ) {
    this.put("style", String(v));
  }
  get style():
    | Excel.BorderLineStyle
    | "None"
    | "Continuous"
    | "Dash"
    | "DashDot"
    | "DashDotDot"
    | "Dot"
    | "Double"
    | "SlantDashDot" {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeBorder.style is not loaded");
  }
  set weight(v: Excel.BorderWeight | "Hairline" | "Thin" | "Medium" | "Thick") {
    this.put("weight", String(v));
  }
  get weight(): Excel.BorderWeight | "Hairline" | "Thin" | "Medium" | "Thick" {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeBorder.weight is not loaded");
  }
  set color(v: string) {
    this.put("color", v.replace("#", "").toUpperCase());
  }
  get color(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeBorder.color is not loaded");
  }
}

class FakeRangeBorderCollection {
  constructor(
    private readonly set: (
      label: string,
      value: unknown,
      apply: (cell: FakeCell, row: number, col: number, area: CellRange) => void,
      part?: (area: CellRange) => CellRange,
    ) => void,
  ) {}
  getItem(
    index:
      | Excel.BorderIndex
      | "EdgeTop"
      | "EdgeBottom"
      | "EdgeLeft"
      | "EdgeRight"
      | "InsideVertical"
      | "InsideHorizontal"
      | "DiagonalDown"
      | "DiagonalUp",
  ): FakeRangeBorder {
    return new FakeRangeBorder(String(index), this.set);
  }
}

class FakeRangeFormat {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorderCollection;
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly target: () => AreasTarget,
  ) {
    const set = (
      label: string,
      value: unknown,
      apply: (cell: FakeCell, row: number, col: number, area: CellRange) => void,
      part: (area: CellRange) => CellRange = (area) => area,
    ) =>
      this.ctx.write(
        label,
        value,
        () => this.target().sheet,
        (sheet) => {
          for (const area of this.target().ranges)
            cellsOf(sheet, part(area), (cell, r, c) => apply(cell, r, c, area));
        },
      );
    this.fill = new FakeRangeFill(set);
    this.font = new FakeRangeFont(set);
    this.borders = new FakeRangeBorderCollection(set);
  }
  private cells(label: string, value: unknown, apply: (cell: FakeCell) => void): void {
    this.ctx.write(
      label,
      value,
      () => this.target().sheet,
      (sheet) => {
        for (const area of this.target().ranges) cellsOf(sheet, area, apply);
      },
    );
  }
  set horizontalAlignment(
    v:
      | Excel.HorizontalAlignment
      | "General"
      | "Left"
      | "Center"
      | "Right"
      | "Fill"
      | "Justify"
      | "CenterAcrossSelection"
      | "Distributed",
  ) {
    this.cells("RangeFormat.horizontalAlignment", v, (cell) => (cell.horizontalAlignment = String(v)));
  }
  get horizontalAlignment():
    | Excel.HorizontalAlignment
    | "General"
    | "Left"
    | "Center"
    | "Right"
    | "Fill"
    | "Justify"
    | "CenterAcrossSelection"
    | "Distributed" {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFormat.horizontalAlignment is not loaded");
  }
  set verticalAlignment(
    v: Excel.VerticalAlignment | "Top" | "Center" | "Bottom" | "Justify" | "Distributed",
  ) {
    this.cells("RangeFormat.verticalAlignment", v, (cell) => (cell.verticalAlignment = String(v)));
  }
  get verticalAlignment(): Excel.VerticalAlignment | "Top" | "Center" | "Bottom" | "Justify" | "Distributed" {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFormat.verticalAlignment is not loaded");
  }
  set wrapText(v: boolean) {
    this.cells("RangeFormat.wrapText", v, (cell) => (cell.wrapText = v));
  }
  get wrapText(): boolean {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFormat.wrapText is not loaded");
  }
  set indentLevel(v: number) {
    this.cells("RangeFormat.indentLevel", v, (cell) => (cell.indentLevel = v));
  }
  get indentLevel(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFormat.indentLevel is not loaded");
  }
  set columnWidth(v: number) {
    this.ctx.write(
      "RangeFormat.columnWidth",
      v,
      () => this.target().sheet,
      (sheet) => {
        for (const area of this.target().ranges)
          for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, v);
      },
    );
  }
  get columnWidth(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFormat.columnWidth is not loaded");
  }
  set rowHeight(v: number) {
    this.ctx.write(
      "RangeFormat.rowHeight",
      v,
      () => this.target().sheet,
      (sheet) => {
        // "Row height: 409 points" (Excel specifications and limits).
        if (!(v >= 0 && v <= MAX_ROW_HEIGHT_POINTS))
          throw new FakeOfficeError("InvalidArgument", `row height ${v} is outside 0–${MAX_ROW_HEIGHT_POINTS} points`);
        for (const area of this.target().ranges)
          for (let r = area.top; r <= area.bottom; r++) sheet.rowHeights.set(r, v);
      },
    );
  }
  get rowHeight(): number {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFormat.rowHeight is not loaded");
  }
  set useStandardHeight(v: boolean) {
    this.ctx.write("RangeFormat.useStandardHeight", v, () => this.target().sheet, (sheet) => {
      if (!v) return;
      for (const area of this.target().ranges)
        for (const row of [...sheet.rowHeights.keys()]) if (row >= area.top && row <= area.bottom) sheet.rowHeights.delete(row);
    });
  }
  get useStandardHeight(): boolean {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFormat.useStandardHeight is not loaded");
  }
  set useStandardWidth(v: boolean) {
    this.ctx.write("RangeFormat.useStandardWidth", v, () => this.target().sheet, (sheet) => {
      if (!v) return;
      for (const area of this.target().ranges)
        for (const col of [...sheet.columnWidths.keys()]) if (col >= area.left && col <= area.right) sheet.columnWidths.delete(col);
    });
  }
  get useStandardWidth(): boolean {
    throw new FakeOfficeError("PropertyNotLoaded", "RangeFormat.useStandardWidth is not loaded");
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Conditional formats and data validation

class FakeConditionalRangeFormat {
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean; italic: boolean; underline: string };
  constructor(ctx: FakeRequestContext, model: () => FakeConditionalFormatModel) {
    const put = (label: string, value: unknown, apply: (m: FakeConditionalFormatModel) => void) =>
      ctx.enqueue(label, value, () => apply(model()));
    this.fill = {
      set color(v: string) {
        put("ConditionalRangeFill.color", v, (m) => (m.format.fill = v.replace("#", "").toUpperCase()));
      },
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "ConditionalRangeFill.color is not loaded");
      },
    };
    const font = (prop: "color" | "bold" | "italic" | "underline") => ({
      set(v: unknown) {
        put(`ConditionalRangeFont.${prop}`, v, (m) => {
          (m.format.font as Record<string, unknown>)[prop] =
            prop === "color" ? String(v).replace("#", "").toUpperCase() : v;
        });
      },
      get(): never {
        throw new FakeOfficeError("PropertyNotLoaded", `ConditionalRangeFont.${prop} is not loaded`);
      },
    });
    this.font = Object.defineProperties(
      {} as { color: string; bold: boolean; italic: boolean; underline: string },
      {
        color: font("color"),
        bold: font("bold"),
        italic: font("italic"),
        underline: font("underline"),
      },
    );
  }
}

class FakeCellValueConditionalFormat {
  readonly format: FakeConditionalRangeFormat;
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly model: () => FakeConditionalFormatModel,
  ) {
    this.format = new FakeConditionalRangeFormat(ctx, model);
  }
  set rule(rule: Excel.ConditionalCellValueRule) {
    this.ctx.enqueue("CellValueConditionalFormat.rule", rule, () => {
      if (typeof rule.formula1 !== "string" || rule.formula1 === "")
        throw new FakeOfficeError("InvalidArgument", "formula1 is required");
      this.model().rule = { ...rule };
    });
  }
  get rule(): Excel.ConditionalCellValueRule {
    throw new FakeOfficeError("PropertyNotLoaded", "CellValueConditionalFormat.rule is not loaded");
  }
}

class FakeDataBarConditionalFormat {
  readonly positiveFormat: { fillColor: string };
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly model: () => FakeConditionalFormatModel,
  ) {
    this.positiveFormat = {
      set fillColor(v: string) {
        ctx.enqueue("ConditionalDataBarPositiveFormat.fillColor", v, () => {
          const m = model();
          (m.dataBar ??= {}).fillColor = v.replace("#", "").toUpperCase();
        });
      },
      get fillColor(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "fillColor is not loaded");
      },
    };
  }
  set lowerBoundRule(rule: Excel.ConditionalDataBarRule) {
    this.ctx.enqueue(
      "DataBarConditionalFormat.lowerBoundRule",
      rule,
      () => ((this.model().dataBar ??= {}).lower = rule),
    );
  }
  get lowerBoundRule(): Excel.ConditionalDataBarRule {
    throw new FakeOfficeError("PropertyNotLoaded", "lowerBoundRule is not loaded");
  }
  set upperBoundRule(rule: Excel.ConditionalDataBarRule) {
    this.ctx.enqueue(
      "DataBarConditionalFormat.upperBoundRule",
      rule,
      () => ((this.model().dataBar ??= {}).upper = rule),
    );
  }
  get upperBoundRule(): Excel.ConditionalDataBarRule {
    throw new FakeOfficeError("PropertyNotLoaded", "upperBoundRule is not loaded");
  }
}

class FakeConditionalFormat {
  readonly cellValue: FakeCellValueConditionalFormat;
  readonly dataBar: FakeDataBarConditionalFormat;
  constructor(ctx: FakeRequestContext, model: () => FakeConditionalFormatModel) {
    this.cellValue = new FakeCellValueConditionalFormat(ctx, model);
    this.dataBar = new FakeDataBarConditionalFormat(ctx, model);
  }
}

class FakeConditionalFormatCollection {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly target: () => RangeTarget,
  ) {}
  add(
    type:
      | Excel.ConditionalFormatType
      | "Custom"
      | "DataBar"
      | "ColorScale"
      | "IconSet"
      | "TopBottom"
      | "PresetCriteria"
      | "ContainsText"
      | "CellValue",
  ): FakeConditionalFormat {
    let created: FakeConditionalFormatModel | null = null;
    this.ctx.write(
      "ConditionalFormatCollection.add",
      type,
      () => this.target().sheet,
      (sheet) => {
        created = { range: { ...this.target().range }, type: String(type), format: { font: {} } };
        sheet.conditionalFormats.push(created);
      },
    );
    return new FakeConditionalFormat(this.ctx, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "conditional format not created");
      return created;
    });
  }
  /** Removes the conditional formats on these cells (those lying inside the range; Excel trims wider ones). */
  clearAll(): void {
    this.ctx.write(
      "ConditionalFormatCollection.clearAll",
      null,
      () => this.target().sheet,
      (sheet) => {
        const { range } = this.target();
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !inside(cf.range, range));
      },
    );
  }
}

/**
 * "When setting the value, it can be passed in as a Date, a Range object, or a string formula (where the string is
 * either a stringified date/time in ISO8601 format, a cell reference like "=A1", or a formula like
 * "=MIN(A1, B1)")" (Excel.DateTimeDataValidation): a bare number is none of these. Both bounds are required
 * (Between / NotBetween), as "Add data validation to Excel ranges" sets date rules.
 */
function checkDateRule(rule: Excel.DateTimeDataValidation): void {
  const operand = (value: unknown, which: string) => {
    const ok =
      value instanceof Date ||
      (typeof value === "string" && (value.startsWith("=") || /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(value)));
    if (!ok) throw new FakeOfficeError("InvalidArgument", `date validation ${which}: ${String(value)}`);
  };
  if (String(rule.operator) !== "Between" && String(rule.operator) !== "NotBetween")
    throw new FakeOfficeError("InvalidArgument", `date validation needs both bounds, not ${String(rule.operator)}`);
  operand(rule.formula1, "formula1");
  operand(rule.formula2, "formula2");
}

class FakeDataValidation {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly target: () => RangeTarget,
  ) {}
  private current(sheet: FakeSheetModel): FakeValidation {
    const { range } = this.target();
    let found = sheet.validations.find(
      (v) =>
        v.range.top === range.top &&
        v.range.left === range.left &&
        v.range.bottom === range.bottom &&
        v.range.right === range.right,
    );
    if (!found) {
      sheet.validations = sheet.validations.filter((v) => !inside(v.range, range));
      sheet.validations.push((found = { range: { ...range }, rule: {} }));
    }
    return found;
  }
  set rule(rule: Excel.DataValidationRule) {
    this.ctx.write(
      "DataValidation.rule",
      rule,
      () => this.target().sheet,
      (sheet) => {
        const kinds = Object.keys(rule);
        if (kinds.length !== 1)
          throw new FakeOfficeError("InvalidArgument", "A data validation rule has exactly one kind.");
        const v = this.current(sheet);
        if (Object.keys(v.rule).length > 0 && Object.keys(v.rule)[0] !== kinds[0]) {
          throw new FakeOfficeError(
            "InvalidOperation",
            "Clear the existing data validation before setting another kind of rule.",
          );
        }
        if (rule.date) checkDateRule(rule.date);
        v.rule = rule;
      },
    );
  }
  get rule(): Excel.DataValidationRule {
    throw new FakeOfficeError("PropertyNotLoaded", "DataValidation.rule is not loaded");
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.ctx.write(
      "DataValidation.prompt",
      prompt,
      () => this.target().sheet,
      (sheet) => (this.current(sheet).prompt = prompt),
    );
  }
  get prompt(): Excel.DataValidationPrompt {
    throw new FakeOfficeError("PropertyNotLoaded", "DataValidation.prompt is not loaded");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.ctx.write(
      "DataValidation.errorAlert",
      alert,
      () => this.target().sheet,
      (sheet) => (this.current(sheet).errorAlert = alert),
    );
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    throw new FakeOfficeError("PropertyNotLoaded", "DataValidation.errorAlert is not loaded");
  }
  /** Removes the validations on these cells (those lying inside the range). */
  clear(): void {
    this.ctx.write(
      "DataValidation.clear",
      null,
      () => this.target().sheet,
      (sheet) => {
        const { range } = this.target();
        sheet.validations = sheet.validations.filter((v) => !inside(v.range, range));
      },
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Charts, page layout, freeze panes

class FakeChartSeries {
  readonly format: { fill: { setSolidColor(color: string): void } };
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly model: () => FakeChartModel["series"][number],
  ) {
    this.format = {
      fill: {
        setSolidColor: (color: string) =>
          ctx.enqueue(
            "ChartFill.setSolidColor",
            color,
            () => (model().color = color.replace("#", "").toUpperCase()),
          ),
      },
    };
  }
  set name(v: string) {
    this.ctx.enqueue("ChartSeries.name", v, () => (this.model().name = v));
  }
  get name(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "ChartSeries.name is not loaded");
  }
  setValues(sourceData: FakeRange): void {
    this.ctx.enqueue("ChartSeries.setValues", null, () => (this.model().values = sourceData.referenceText()));
  }
  setXAxisValues(sourceData: FakeRange): void {
    this.ctx.enqueue(
      "ChartSeries.setXAxisValues",
      null,
      () => (this.model().xValues = sourceData.referenceText()),
    );
  }
}

class FakeChartSeriesCollection {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly chart: () => FakeChartModel,
  ) {}
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.ctx, () => {
      const s = this.chart().series[index];
      if (!s) throw new FakeOfficeError("ItemNotFound", `chart has no series ${index}`);
      return s;
    });
  }
  add(name?: string, index?: number): FakeChartSeries {
    let created: FakeChartModel["series"][number] | null = null;
    this.ctx.enqueue("ChartSeriesCollection.add", { name, index }, () => {
      created = { name: name ?? "", values: "" };
      this.chart().series.push(created);
    });
    return new FakeChartSeries(this.ctx, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "series not created");
      return created;
    });
  }
}

class FakeChart {
  readonly title: { text: string };
  readonly series: FakeChartSeriesCollection;
  readonly #loaded = new Loaded("Chart");
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly model: () => FakeChartModel,
    private readonly sheet: () => FakeSheetModel,
  ) {
    this.series = new FakeChartSeriesCollection(ctx, model);
    this.title = {
      set text(v: string) {
        ctx.enqueue("ChartTitle.text", v, () => (model().title = v));
      },
      get text(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "ChartTitle.text is not loaded");
      },
    };
  }
  get name(): string {
    return this.#loaded.get("name");
  }
  set name(v: string) {
    this.ctx.enqueue("Chart.name", v, () => (this.model().name = v));
  }
  loadNow(paths: string[]): void {
    if (paths.includes("name")) this.#loaded.set("name", this.model().name);
  }
  delete(): void {
    this.ctx.write("Chart.delete", null, this.sheet, (sheet) => {
      sheet.charts = sheet.charts.filter((c) => c !== this.model());
    });
  }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.ctx.enqueue("Chart.setPosition", { startCell, endCell }, () => {
      const text = (c: FakeRange | string) =>
        typeof c === "string" ? (parseRange(c), c) : c.referenceText();
      this.model().position = {
        start: text(startCell),
        ...(endCell === undefined ? {} : { end: text(endCell) }),
      };
    });
  }
}

class FakeChartCollection {
  #items: FakeChart[] | null = null;
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheetModel,
  ) {}
  get items(): FakeChart[] {
    if (!this.#items) throw new FakeOfficeError("PropertyNotLoaded", "ChartCollection.items is not loaded");
    return this.#items;
  }
  load(spec?: string | string[]): this {
    const paths = loadPaths(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue("ChartCollection.load", paths, () => {
      this.#items = this.sheet().charts.map((model) => {
        const chart = new FakeChart(this.ctx, () => model, this.sheet);
        chart.loadNow(paths);
        return chart;
      });
    });
    return this;
  }
  add(
    type: Excel.ChartType | string,
    sourceData: FakeRange,
    seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows",
  ): FakeChart {
    let created: FakeChartModel | null = null;
    this.ctx.write("ChartCollection.add", { type, seriesBy }, this.sheet, (sheet) => {
      const source = parseRange(sourceData.referenceText().replace(/^.*!/, "").replace(/\$/g, ""));
      const byRows = seriesBy === "Rows";
      const count = byRows ? source.bottom - source.top + 1 : source.right - source.left + 1;
      const series = Array.from({ length: count }, (_, i) => {
        const slice = byRows
          ? { ...source, top: source.top + i, bottom: source.top + i }
          : { ...source, left: source.left + i, right: source.left + i };
        return { name: `Series${i + 1}`, values: `${excelSheetName(sheet.name)}!${absolute(slice)}` };
      });
      created = { name: `Chart ${sheet.charts.length + 1}`, type: String(type), title: "", series };
      sheet.charts.push(created);
    });
    return new FakeChart(
      this.ctx,
      () => {
        if (!created) throw new FakeOfficeError("ItemNotFound", "chart not created");
        return created;
      },
      this.sheet,
    );
  }
}

class FakePageLayout {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheetModel,
  ) {}
  private put(prop: string, value: unknown): void {
    this.ctx.write(`PageLayout.${prop}`, value, this.sheet, (s) => (s.pageLayout[prop] = value));
  }
  private unloaded(prop: string): never {
    throw new FakeOfficeError("PropertyNotLoaded", `PageLayout.${prop} is not loaded`);
  }
  set orientation(v: Excel.PageOrientation | "Portrait" | "Landscape") {
    this.put("orientation", v);
  }
  get orientation(): Excel.PageOrientation | "Portrait" | "Landscape" {
    return this.unloaded("orientation");
  }
  set paperSize(v: Excel.PageLayout["paperSize"]) {
    this.put("paperSize", v);
  }
  get paperSize(): Excel.PageLayout["paperSize"] {
    return this.unloaded("paperSize");
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    // 0 pages in one direction: as many as needed (fitToHeight="0" in the file format).
    for (const n of [v.horizontalFitToPages, v.verticalFitToPages]) {
      if (n !== undefined && (!Number.isInteger(n) || n < 0))
        throw new FakeOfficeError("InvalidArgument", `fit to ${n} pages`);
    }
    this.put("zoom", { ...v });
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.unloaded("zoom");
  }
  set topMargin(v: number) {
    this.put("topMargin", v);
  }
  get topMargin(): number {
    return this.unloaded("topMargin");
  }
  set bottomMargin(v: number) {
    this.put("bottomMargin", v);
  }
  get bottomMargin(): number {
    return this.unloaded("bottomMargin");
  }
  set leftMargin(v: number) {
    this.put("leftMargin", v);
  }
  get leftMargin(): number {
    return this.unloaded("leftMargin");
  }
  set rightMargin(v: number) {
    this.put("rightMargin", v);
  }
  get rightMargin(): number {
    return this.unloaded("rightMargin");
  }
  set headerMargin(v: number) {
    this.put("headerMargin", v);
  }
  get headerMargin(): number {
    return this.unloaded("headerMargin");
  }
  set footerMargin(v: number) {
    this.put("footerMargin", v);
  }
  get footerMargin(): number {
    return this.unloaded("footerMargin");
  }
  set centerHorizontally(v: boolean) {
    this.put("centerHorizontally", v);
  }
  get centerHorizontally(): boolean {
    return this.unloaded("centerHorizontally");
  }
  setPrintTitleRows(printTitleRows: FakeRange | string): void {
    if (typeof printTitleRows === "string") parseRange(printTitleRows);
    this.put(
      "printTitleRows",
      typeof printTitleRows === "string" ? printTitleRows : printTitleRows.referenceText(),
    );
  }
  setPrintArea(printArea: FakeRange | FakeRangeAreas | string): void {
    if (typeof printArea !== "string")
      throw new Error("fake Excel: print area as a range object is not modelled");
    parseRange(printArea);
    this.put("printArea", printArea);
  }
}

class FakeFreezePanes {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheetModel,
  ) {}
  unfreeze(): void {
    this.ctx.write("WorksheetFreezePanes.unfreeze", null, this.sheet, (s) => (s.freeze = null));
  }
  freezeAt(frozenRange: FakeRange | string): void {
    this.ctx.write("WorksheetFreezePanes.freezeAt", null, this.sheet, (s) => {
      const range =
        typeof frozenRange === "string"
          ? parseRange(frozenRange)
          : parseRange(frozenRange.referenceText().replace(/^.*!/, "").replace(/\$/g, ""));
      s.freeze = { rows: range.bottom + 1, cols: range.right + 1 };
    });
  }
  freezeRows(count?: number): void {
    this.ctx.write(
      "WorksheetFreezePanes.freezeRows",
      count,
      this.sheet,
      (s) => (s.freeze = { rows: count ?? 1, cols: 0 }),
    );
  }
  freezeColumns(count?: number): void {
    this.ctx.write(
      "WorksheetFreezePanes.freezeColumns",
      count,
      this.sheet,
      (s) => (s.freeze = { rows: 0, cols: count ?? 1 }),
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Document settings (Office.context.document.settings): staged in memory, kept in the file by saveAsync.

export class FakeDocumentSettings implements DocumentSettings {
  private staged: Record<string, unknown>;
  /** The next saveAsync fails with this message. */
  failNextSave: string | null = null;

  /** Opening the document loads the settings saved in it. */
  constructor(private readonly model: FakeWorkbookModel) {
    this.staged = JSON.parse(JSON.stringify(model.savedSettings)) as Record<string, unknown>;
  }
  get(name: string): OfficeAny {
    return name in this.staged ? this.staged[name] : null;
  }
  remove(name: string): void {
    delete this.staged[name];
  }
  set(name: string, value: OfficeAny): void {
    // Office serialises settings to JSON; what cannot be serialised does not survive.
    this.staged[name] = JSON.parse(JSON.stringify(value)) as unknown;
  }
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
  saveAsync(
    options?: Office.SaveSettingsOptions,
    callback?: (result: Office.AsyncResult<void>) => void,
  ): void;
  saveAsync(a?: unknown, b?: unknown): void {
    const callback = (typeof a === "function" ? a : b) as
      ((result: Office.AsyncResult<void>) => void) | undefined;
    const failure = this.failNextSave;
    this.failNextSave = null;
    if (failure === null)
      this.model.savedSettings = JSON.parse(JSON.stringify(this.staged)) as Record<string, unknown>;
    const result = {
      status: failure === null ? "succeeded" : "failed",
      value: undefined,
      error: failure === null ? undefined : { code: 5001, message: failure, name: "Internal Error" },
      asyncContext: undefined,
      diagnostics: undefined,
    } as unknown as Office.AsyncResult<void>;
    setTimeout(() => callback?.(result), 0);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Conformance: every public member of a fake exists in @types/office-js, with the same type where it is a value.

type Extra<F, R> = Exclude<keyof F, keyof R>;
type Scalar = string | number | boolean;
type Mismatched<F, R> = {
  [K in keyof F & keyof R]: F[K] extends Scalar
    ? [F[K]] extends [R[K]]
      ? [R[K]] extends [F[K]]
        ? never
        : K
      : K
    : never;
}[keyof F & keyof R];
type Conforms<F, R> = [Extra<F, R> | Mismatched<F, R>] extends [never]
  ? true
  : { notInOfficeJs: Extra<F, R>; typeDiffers: Mismatched<F, R> };

export const conformance: [
  Conforms<
    FakeRequestContext,
    Excel.RequestContext & { model: unknown; enqueue: unknown; pending: unknown; write: unknown; respond: unknown }
  >,
  Conforms<FakeRuntime, Excel.Runtime>,
  Conforms<FakeApplication, Excel.Application>,
  Conforms<FakeWorkbook, Excel.Workbook>,
  Conforms<FakeFunctions, Excel.Functions>,
  Conforms<FakeFunctionResult, Excel.FunctionResult<number>>,
  Conforms<FakeWorkbookProtection, Excel.WorkbookProtection & { loadNow: unknown }>,
  Conforms<FakeNamedItem, Excel.NamedItem & { loadNow: unknown }>,
  Conforms<FakeNamedItemCollection, Excel.NamedItemCollection>,
  Conforms<FakeWorksheetCollection, Excel.WorksheetCollection>,
  Conforms<FakeWorksheet, Excel.Worksheet & { loadNow: unknown }>,
  Conforms<FakeWorksheetProtection, Excel.WorksheetProtection & { loadNow: unknown }>,
  Conforms<FakeRange, Excel.Range & { referenceText: unknown }>,
  Conforms<FakeRangeAreas, Excel.RangeAreas>,
  Conforms<FakeRangeFormat, Excel.RangeFormat>,
  Conforms<FakeRangeFill, Excel.RangeFill>,
  Conforms<FakeRangeFont, Excel.RangeFont>,
  Conforms<FakeRangeBorder, Excel.RangeBorder>,
  Conforms<FakeRangeBorderCollection, Excel.RangeBorderCollection>,
  Conforms<FakeConditionalFormatCollection, Excel.ConditionalFormatCollection>,
  Conforms<FakeConditionalFormat, Excel.ConditionalFormat>,
  Conforms<FakeCellValueConditionalFormat, Excel.CellValueConditionalFormat>,
  Conforms<FakeDataBarConditionalFormat, Excel.DataBarConditionalFormat>,
  Conforms<FakeConditionalRangeFormat, Excel.ConditionalRangeFormat>,
  Conforms<FakeDataValidation, Excel.DataValidation>,
  Conforms<FakeChartCollection, Excel.ChartCollection>,
  Conforms<FakeChart, Excel.Chart & { loadNow: unknown }>,
  Conforms<FakeChartSeriesCollection, Excel.ChartSeriesCollection>,
  Conforms<FakeChartSeries, Excel.ChartSeries>,
  Conforms<FakePageLayout, Excel.PageLayout>,
  Conforms<FakeFreezePanes, Excel.WorksheetFreezePanes>,
  Conforms<FakeAnnotationCollection, Excel.CommentCollection>,
  Conforms<FakeAnnotationCollection, Excel.NoteCollection>,
  Conforms<FakeAnnotationItem, Excel.Comment>,
  Conforms<FakeAnnotationItem, Excel.Note>,
] = [
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
];
