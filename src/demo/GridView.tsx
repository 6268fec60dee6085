// A read-only picture of one worksheet: values as Excel shows them, fills and font colours, merged cells, column
// widths, row and column headings. The selected cell is outlined and scrolled into view, as Excel would select it.
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import { excelSerialToIso, formatVnDate } from "../core/date/calendar";
import type { CellValue, Grid } from "../core/grid/Grid";
import { cellAddress, columnLetter, parseAddress } from "../core/grid/address";
import type { SheetLook } from "../xlsx/readCellStyles";

const useStyles = makeStyles({
  scroller: { overflow: "auto", flexGrow: 1, minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: "12px",
    fontFamily: "'Times New Roman', serif",
  },
  heading: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyBase,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  rowHeading: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    width: "36px",
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground3,
    textAlign: "center",
  },
  cell: {
    border: "1px solid #D4D4D4",
    padding: "2px 4px",
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    overflow: "hidden",
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

const DATE_FORMAT = /(^|[^a-z])(d{1,4}|m{1,4}|y{2,4})([^a-z]|$)/i;

/** The text Excel would show: dates in dd/mm/yyyy, whole numbers as such, the rest as written. */
function shown(value: CellValue | undefined, format: string | null | undefined, date1904: boolean): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && format && DATE_FORMAT.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ""))) {
    const iso = excelSerialToIso(value, date1904);
    if (iso) return formatVnDate(iso);
  }
  if (typeof value === "number" && format && format.includes("%")) return `${Math.round(value * 100)}%`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Excel character units to CSS pixels (Calibri 11: about 7 px a character plus padding). */
function widthPx(chars: number | undefined): number {
  return Math.round((chars ?? 8.43) * 7 + 5);
}

export interface GridViewProps {
  grid: Grid;
  look: SheetLook | undefined;
  /** A1 address to outline and scroll to. */
  selected: string | null;
  label: string;
}

export function GridView({ grid, look, selected, label }: GridViewProps) {
  const styles = useStyles();
  const selectedRef = useRef<HTMLTableCellElement>(null);
  const rowCount = Math.max(grid.values.length, 1);
  const colCount = Math.max(1, ...grid.values.map((r) => r.length), ...grid.merges.map((m) => m.right + 1));
  const sel = selected ? parseAddress(selected) : null;

  // Merged areas: the top-left cell spans, the cells it covers are not drawn.
  const { spans, covered } = useMemo(() => {
    const spans = new Map<string, { rows: number; cols: number }>();
    const covered = new Set<string>();
    for (const m of grid.merges) {
      spans.set(`${m.top},${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
    }
    return { spans, covered };
  }, [grid]);

  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: "center", inline: "nearest" });
  }, [selected, grid]);

  const columns = Array.from({ length: colCount }, (_, c) => c);
  return (
    <div className={styles.scroller} role="region" aria-label={label} tabIndex={0}>
      <table className={styles.table} data-sheet={grid.name}>
        <colgroup>
          <col style={{ width: "36px" }} />
          {columns.map((c) => (
            <col key={c} style={{ width: `${widthPx(look?.columnWidths[c])}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.heading} />
            {columns.map((c) => (
              <th key={c} className={styles.heading} scope="col">
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rowCount }, (_, r) => (
            <tr key={r}>
              <th className={styles.rowHeading} scope="row">
                {r + 1}
              </th>
              {columns.map((c) => {
                if (covered.has(`${r},${c}`)) return null;
                const address = cellAddress(r, c);
                const span = spans.get(`${r},${c}`);
                const cellLook = look?.cells[address];
                // A selection inside a merged area lands on its top-left cell, as in Excel.
                const isSelected =
                  sel !== null &&
                  (span
                    ? sel.row >= r && sel.row < r + span.rows && sel.col >= c && sel.col < c + span.cols
                    : sel.row === r && sel.col === c);
                return (
                  <td
                    key={c}
                    ref={isSelected ? selectedRef : undefined}
                    className={isSelected ? `${styles.cell} ${styles.selected}` : styles.cell}
                    rowSpan={span?.rows}
                    colSpan={span?.cols}
                    data-cell={address}
                    data-fill={cellLook?.fill}
                    style={{
                      backgroundColor: cellLook?.fill ? `#${cellLook.fill}` : undefined,
                      color: cellLook?.color ? `#${cellLook.color}` : undefined,
                      fontWeight: cellLook?.bold ? 700 : undefined,
                    }}
                  >
                    {shown(grid.values[r]?.[c], grid.formats?.[r]?.[c], grid.date1904 === true)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
