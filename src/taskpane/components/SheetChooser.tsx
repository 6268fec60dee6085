// Which sheet holds the plan: automatic (the best-looking table) or one the user names.
import { Dropdown, Field, Option } from "@fluentui/react-components";
import { useText } from "../text/TextContext";

const AUTO = "*auto*";

export interface SheetChooserProps {
  /** Sheets whose table looks like a plan, the one read first. */
  candidates: string[];
  /** The sheet read when the choice is automatic. */
  autoSheet: string | null;
  /** The user's choice, undefined for automatic. */
  chosen: string | undefined;
  onChoose(sheet: string | undefined): void;
}

export function SheetChooser({ candidates, autoSheet, chosen, onChoose }: SheetChooserProps) {
  const { t } = useText();
  const autoLabel = t("plan.sheetAuto", { sheet: autoSheet ?? "—" });
  const value = chosen ?? AUTO;
  return (
    <Field label={t("plan.chooseSheet")}>
      <Dropdown
        value={chosen ?? autoLabel}
        selectedOptions={[value]}
        onOptionSelect={(_e, data) => {
          if (data.optionValue === undefined || data.optionValue === value) return;
          onChoose(data.optionValue === AUTO ? undefined : data.optionValue);
        }}
      >
        <Option value={AUTO}>{autoLabel}</Option>
        {candidates.map((sheet) => (
          <Option key={sheet} value={sheet}>
            {sheet}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
