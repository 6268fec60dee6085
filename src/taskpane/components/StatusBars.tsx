// The counts per status as horizontal bars in plain HTML/CSS (no chart library): the label and the number are
// text, the bar is the status colour, so the chart reads at 320 px and without colour.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { StatusCode } from "../../core/model/Status";
import { STATUS_ORDER, STATUS_PALETTE } from "../../core/report/palette";
import { useText } from "../text/TextContext";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  line: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  track: {
    height: "10px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  bar: { height: "100%", borderRadius: tokens.borderRadiusSmall, minWidth: "2px" },
});

export function StatusBars({ counts, label }: { counts: Record<StatusCode, number>; label: string }) {
  const styles = useStyles();
  const { status } = useText();
  const shown = STATUS_ORDER.filter((code) => counts[code] > 0);
  const max = Math.max(1, ...shown.map((code) => counts[code]));
  return (
    <ul className={styles.list} aria-label={label}>
      {shown.map((code) => (
        <li key={code} data-status={code}>
          <div className={styles.line}>
            <span>{status(code)}</span>
            <strong>{counts[code]}</strong>
          </div>
          <div className={styles.track} aria-hidden="true">
            <div
              className={styles.bar}
              style={{
                width: `${(counts[code] / max) * 100}%`,
                backgroundColor: `#${STATUS_PALETTE[code].chart}`,
              }}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
