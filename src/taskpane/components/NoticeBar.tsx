// A failure (or a success) in plain words, with what to do next, until the user dismisses it.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { useText } from "../text/TextContext";

export interface Notice {
  intent: MessageBarIntent;
  title: string;
  body: string;
}

export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss?: () => void }) {
  const { t } = useText();
  return (
    <MessageBar
      intent={notice.intent}
      layout="multiline"
      role={notice.intent === "error" ? "alert" : "status"}
    >
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle> {notice.body}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" aria-label={t("error.dismiss")} onClick={onDismiss}>
              ✕
            </Button>
          }
        />
      )}
    </MessageBar>
  );
}
