// A unit's reminder text with a copy button; when the clipboard is refused the text is left selected for Ctrl+C.
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { copyText } from "../model/copyText";
import { useText } from "../text/TextContext";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, alignItems: "stretch" },
  textarea: { minHeight: "160px" },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function ReminderBox({ text, label }: { text: string; label: string }) {
  const styles = useStyles();
  const { t } = useText();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [outcome, setOutcome] = useState<"copied" | "selected" | null>(null);
  return (
    <div className={styles.box}>
      <Field label={label}>
        <Textarea ref={ref} className={styles.textarea} value={text} readOnly resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button onClick={async () => setOutcome(await copyText(text, ref.current))}>{t("units.copy")}</Button>
        {outcome && (
          <span className={styles.note} role="status">
            {outcome === "copied" ? t("units.copied") : t("units.copyFailed")}
          </span>
        )}
      </div>
    </div>
  );
}
