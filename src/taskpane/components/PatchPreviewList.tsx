// What "Cập nhật bảng tính" will write, as a list: sheets created or rewritten, columns added, cells.
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { PatchPreview } from "../model/previewPatch";
import { useText } from "../text/TextContext";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  muted: { color: tokens.colorNeutralForeground3, display: "block", overflowWrap: "anywhere" },
});

export function PatchPreviewList({ preview }: { preview: PatchPreview }) {
  const styles = useStyles();
  const { t } = useText();
  const actionKey = {
    create: "report.sheetCreated",
    replace: "report.sheetReplaced",
    update: "report.sheetUpdated",
  } as const;
  return (
    <ul className={styles.list} aria-label={t("report.preview")}>
      {preview.sheets.map((sheet) => (
        <li key={sheet.name}>
          {t(actionKey[sheet.action], { sheet: sheet.name })}
          <Caption1 className={styles.muted}>
            {t("report.cells", { cells: sheet.cells })}
            {sheet.columns.length > 0 &&
              ` · ${t("report.columnsAdded", { columns: sheet.columns.join(", ") })}`}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
