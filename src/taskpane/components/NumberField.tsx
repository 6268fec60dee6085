// A whole-number setting typed by the user: kept as typed while invalid, with the rule shown under the field.
import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useText } from "../text/TextContext";

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit(value: number): void;
}

export function NumberField({ label, value, min, max, onCommit }: NumberFieldProps) {
  const { t } = useText();
  const [raw, setRaw] = useState(String(value));
  useEffect(() => setRaw(String(value)), [value]);
  const parsed = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  const valid = Number.isInteger(parsed) && parsed >= min && parsed <= max;
  return (
    <Field
      label={label}
      validationState={valid ? "none" : "error"}
      validationMessage={valid ? undefined : t("report.invalidNumber", { min, max })}
    >
      <Input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={raw}
        onChange={(_e, data) => {
          setRaw(data.value);
          const n = /^\d+$/.test(data.value.trim()) ? Number(data.value.trim()) : NaN;
          if (Number.isInteger(n) && n >= min && n <= max && n !== value) onCommit(n);
        }}
      />
    </Field>
  );
}
