// A read-only picture of one worksheet: values as Excel shows them, fills and font colours, merged cells, column
// widths, row and column headings. The selected cell is outlined and scrolled into view, as Excel would select it.
// As in Excel, columns keep the workbook's widths and the grid scrolls sideways rather than squeezing them into the
// window; the column letters stay on top and the row numbers on the left while it scrolls, and only the grid scrolls,
// never the page around it.
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import { excelSerialToIso, formatVnDate } from "../core/date/calendar";
import type { CellValue, Grid } from "../core/grid/Grid";
import { cellAddress, columnLetter, parseAddress } from "../core/grid/address";
import type { SheetLook } from "../xlsx/readCellStyles";

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    minWidth: 0,
    position: "relative",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Separate borders drawn on the right and bottom of each cell: with collapsed borders a sticky heading leaves its
  // borders behind and the rows scrolling under it show through the gap.
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontSize: "12px",
    fontFamily: "'Times New Roman', serif",
  },
  // Column letters above everything that scrolls, the corner above the row numbers too.
  heading: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyBase,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  corner: { left: 0, zIndex: 3 },
  rowHeading: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    width: "36px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground3,
    textAlign: "center",
  },
  cell: {
    borderRight: "1px solid #D4D4D4",
    borderBottom: "1px solid #D4D4D4",
    padding: "2px 4px",
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    overflow: "hidden",
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

const ROW_HEADING_PX = 36;

const DATE_FORMAT = /(^|[^a-z])(d{1,4}|m{1,4}|y{2,4})([^a-z]|$)/i;

/** The text Excel would show: dates in dd/mm/yyyy, whole numbers as such, the rest as written. */
function shown(value: CellValue | undefined, format: string | null | undefined, date1904: boolean): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && format && DATE_FORMAT.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ""))) {
    const iso = excelSerialToIso(value, date1904);
    if (iso) return formatVnDate(iso);
  }
  if (typeof value === "number" && format && format.includes("%")) return percentShown(value, format);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** A share in its cell's format: 0.875 in "0.0%" is 87.5%, in "0%" 88%; the decimals are the format's, never fewer. */
export function percentShown(value: number, format: string): string {
  const decimals = /\.(0+)%/.exec(format)?.[1]?.length ?? 0;
  return `${(value * 100).toFixed(decimals)}%`;
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
  const scrollerRef = useRef<HTMLDivElement>(null);
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

  // The selected cell is brought into view by scrolling the grid alone: scrollIntoView would scroll the page too.
  useEffect(() => {
    const cell = selectedRef.current;
    const scroller = scrollerRef.current;
    if (!cell || !scroller) return;
    const box = scroller.getBoundingClientRect();
    const at = cell.getBoundingClientRect();
    scroller.scrollTop += at.top - box.top - (box.height - at.height) / 2;
    if (at.left < box.left + ROW_HEADING_PX || at.right > box.right) scroller.scrollLeft += at.left - box.left - ROW_HEADING_PX;
  }, [selected, grid]);

  const columns = Array.from({ length: colCount }, (_, c) => c);
  const widths = columns.map((c) => widthPx(look?.columnWidths[c]));
  // A fixed table as wide as its columns: the scroller scrolls it sideways instead of the columns shrinking.
  const tableWidth = ROW_HEADING_PX + widths.reduce((sum, w) => sum + w, 0);
  return (
    <div ref={scrollerRef} className={styles.scroller} role="region" aria-label={label} tabIndex={0}>
      <table className={styles.table} style={{ width: `${tableWidth}px` }} data-sheet={grid.name}>
        <colgroup>
          <col style={{ width: `${ROW_HEADING_PX}px` }} />
          {columns.map((c) => (
            <col key={c} style={{ width: `${widths[c] ?? 0}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={`${styles.heading} ${styles.corner}`} />
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
