// The TT renumbering shown before it is written: old → new per row. It writes cells the staff typed, so nothing
// happens until the user presses the confirm button.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Renumbering } from "../../core/report/renumberPatch";
import { useText } from "../text/TextContext";

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: "40vh",
    overflowY: "auto",
  },
});

export interface RenumberDialogProps {
  renumbering: Renumbering;
  open: boolean;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function RenumberDialog({ renumbering, open, busy, onConfirm, onCancel }: RenumberDialogProps) {
  const styles = useStyles();
  const { t } = useText();
  const blank = t("checks.renumberBlank");
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_e, data) => !data.open && !busy && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("checks.renumberTitle")}</DialogTitle>
          <DialogContent>
            {t("checks.renumberIntro", { sheet: renumbering.sheet })}
            <ul className={styles.list}>
              {renumbering.changes.map((c) => (
                <li key={c.cell}>
                  {t("checks.renumberRow", {
                    row: c.row,
                    cell: c.cell,
                    from: c.from === "" ? blank : c.from,
                    to: c.to,
                  })}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={onConfirm}>
              {t("checks.renumberConfirm", { count: renumbering.changes.length })}
            </Button>
            <Button appearance="secondary" disabled={busy} onClick={onCancel}>
              {t("checks.renumberCancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
