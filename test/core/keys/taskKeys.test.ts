// Task keys on the real sample: written once by the first report, read back on later runs, and following their
// task when staff insert, delete or sort rows (done here on the workbook as read back, the way Excel moves cells and
// the markers' defined names); a copied key is re-keyed with an issue.
import { readFileSync } from "fs";
import * as path from "path";
import { analyzeWorkbook } from "../../../src/core/engine";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/grid/Grid";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/model/Status";
import { buildPatch } from "../../../src/core/report/buildPatch";
import { formatTaskKey, parseTaskKey } from "../../../src/core/keys/taskKey";
import { reportInput } from "../../../src/core/engine";
import { XlsxSession } from "../../../src/xlsx/XlsxSession";

const SAMPLE = path.join(__dirname, "../../../assets/sample/ke-hoach-mau.xlsx");
const settings: Settings = { ...DEFAULT_SETTINGS, reportDate: "2026-10-14" };

async function reportedSnapshot(): Promise<WorkbookSnapshot> {
  const session = new XlsxSession(new Uint8Array(readFileSync(SAMPLE)));
  const snapshot = await session.read();
  const analysis = analyzeWorkbook(snapshot, settings);
  await session.apply(buildPatch(reportInput(analysis, settings, snapshot)!));
  return session.read();
}

function keyTitles(snapshot: WorkbookSnapshot): [string, string][] {
  const a = analyzeWorkbook(snapshot, settings);
  return a.plan!.tasks.map((t) => [a.keys!.byTask.get(t.id) ?? "", t.title.slice(0, 30)]);
}

/** Shifts the row numbers of the defined names on `sheet` at or below `at` (1-based) by `by`, as Excel does. */
function shiftNames(snapshot: WorkbookSnapshot, at: number, by: number): void {
  for (const n of snapshot.names) {
    n.ref = n.ref.replace(/\$(\d+)/g, (m, d: string) => (Number(d) >= at ? `$${Number(d) + by}` : m));
  }
}

function planGrid(snapshot: WorkbookSnapshot) {
  const grid = snapshot.sheets.find((s) => s.name === "Kế hoạch");
  if (!grid) throw new Error("no plan sheet");
  return grid;
}

function insertRow(snapshot: WorkbookSnapshot, before1: number, values: CellValue[]): void {
  const grid = planGrid(snapshot);
  grid.values.splice(before1 - 1, 0, values);
  grid.formats?.splice(before1 - 1, 0, []);
  for (const m of grid.merges) {
    if (m.top >= before1 - 1) m.top++;
    if (m.bottom >= before1 - 1) m.bottom++;
  }
  shiftNames(snapshot, before1, 1);
}

function deleteRow(snapshot: WorkbookSnapshot, row1: number): void {
  const grid = planGrid(snapshot);
  grid.values.splice(row1 - 1, 1);
  grid.formats?.splice(row1 - 1, 1);
  for (const m of grid.merges) {
    if (m.top > row1 - 1) m.top--;
    if (m.bottom >= row1 - 1) m.bottom--;
  }
  shiftNames(snapshot, row1 + 1, -1);
}

test("keys are read back, not renumbered: parse and format", () => {
  expect(formatTaskKey(7)).toBe("NV-007");
  expect(formatTaskKey(1234)).toBe("NV-1234");
  expect(["NV-007", "nv-7", " NV 007 ", "NV–12", "NV-0", "7", "NV-abc", ""].map(parseTaskKey)).toEqual([7, 7, 7, 12, null, null, null, null]);
});

describe("task keys on the sample plan", () => {
  let reported: WorkbookSnapshot;
  let original: [string, string][];
  beforeAll(async () => {
    reported = await reportedSnapshot();
    original = keyTitles(reported);
  });
  const fresh = () => structuredClone(reported);

  test("the first report gives NV-001 … NV-008 in plan order, in the column headed Mã NV", () => {
    expect(original.map(([k]) => k)).toEqual(["NV-001", "NV-002", "NV-003", "NV-004", "NV-005", "NV-006", "NV-007", "NV-008"]);
    const grid = planGrid(reported);
    const headerRow = grid.values[7] ?? [];
    const col = headerRow.findIndex((v) => v === "Mã NV");
    expect(col).toBeGreaterThan(6);
    expect(grid.values[8]?.[col]).toBe("NV-001");
    const again = analyzeWorkbook(reported, settings);
    expect(again.issues.filter((i) => i.code.startsWith("task-key"))).toEqual([]);
  });

  test("a row inserted between tasks: old keys stay with their tasks, the new task gets NV-009 (said so)", () => {
    const s = fresh();
    insertRow(s, 11, ["", "Nhiệm vụ bổ sung: khảo sát trường mầm non vùng khó khăn", "Sở GDĐT", "", "Quý I/2027", ""]);
    const keys = keyTitles(s);
    expect(keys).toHaveLength(9);
    expect(keys[2]).toEqual(["NV-009", "Nhiệm vụ bổ sung: khảo sát trư"]);
    expect(keys.filter((_, i) => i !== 2)).toEqual(original);
    const issues = analyzeWorkbook(s, settings).issues.filter((i) => i.code.startsWith("task-key"));
    expect(issues.map((i) => [i.code, i.row])).toEqual([["task-key-missing", 11]]);
  });

  test("a row deleted: the others keep their keys; a task added later does not reuse the deleted key", () => {
    const s = fresh();
    deleteRow(s, 10);
    const keys = keyTitles(s);
    expect(keys).toEqual(original.filter(([k]) => k !== "NV-002"));
    insertRow(s, 16, ["", "Nhiệm vụ mới sau khi xóa", "Sở GDĐT", "", "2027", ""]);
    expect(keyTitles(s).at(-1)).toEqual(["NV-009", "Nhiệm vụ mới sau khi xóa"]);
  });

  test("rows sorted by task text (the whole row, owned columns included): every key follows its task", () => {
    const s = fresh();
    const grid = planGrid(s);
    const rows = grid.values.slice(8, 16);
    rows.sort((a, b) => String(a[1]).localeCompare(String(b[1]), "vi"));
    grid.values.splice(8, 8, ...rows);
    const keys = keyTitles(s);
    expect(keys.map(([, t]) => t)).not.toEqual(original.map(([, t]) => t));
    expect([...keys].sort()).toEqual([...original].sort());
  });

  test("a row copied with its key: the copy is re-keyed with a warning, never merged with the original", () => {
    const s = fresh();
    const grid = planGrid(s);
    const copy = [...(grid.values[9] ?? [])];
    copy[1] = "Bản sao: " + String(copy[1]);
    insertRow(s, 17, copy);
    const a = analyzeWorkbook(s, settings);
    const keys = keyTitles(s);
    expect(keys[1]?.[0]).toBe("NV-002");
    expect(keys.at(-1)).toEqual(["NV-009", "Bản sao: Rà soát, đánh giá, xâ"]);
    const dup = a.issues.filter((i) => i.code === "task-key-duplicate");
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ row: 17, key: "NV-002", firstRow: 10, newKey: "NV-009", severity: "warning" });
  });

  test("a key cell overwritten with text is re-keyed with a warning", () => {
    const s = fresh();
    const grid = planGrid(s);
    const col = (grid.values[7] ?? []).findIndex((v) => v === "Mã NV");
    (grid.values[12] as CellValue[])[col] = "xem lại";
    const a = analyzeWorkbook(s, settings);
    expect(a.issues.filter((i) => i.code === "task-key-invalid")).toEqual([
      expect.objectContaining({ row: 13, text: "xem lại", newKey: "NV-009" }),
    ]);
  });
});
