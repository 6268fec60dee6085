// A task's status as a badge: the status colour of the workbook's palette and, always, the words (colour is
// never the only signal).
import { Badge } from "@fluentui/react-components";
import type { StatusCode } from "../../core/model/Status";
import { STATUS_PALETTE } from "../../core/report/palette";
import { useText } from "../text/TextContext";

export function StatusBadge({ code }: { code: StatusCode }) {
  const { status } = useText();
  const colors = STATUS_PALETTE[code];
  return (
    <Badge
      appearance="filled"
      shape="rounded"
      data-status={code}
      style={{
        backgroundColor: `#${colors.fill}`,
        color: `#${colors.text}`,
        border: `1px solid #${colors.chart}`,
        whiteSpace: "normal",
        height: "auto",
        minHeight: "20px",
      }}
    >
      {status(code)}
    </Badge>
  );
}
