import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface Notice {
  intent: "error" | "warning" | "success" | "info";
  title?: string;
  text: string;
}

export interface NoticeBarProps {
  notice: Notice | null;
  onDismiss: () => void;
}

/** The pane's message area: the latest error or confirmation, in plain words. */
export function NoticeBar({ notice, onDismiss }: NoticeBarProps): React.JSX.Element {
  return (
    <div role="alert" aria-live="assertive">
      {notice ? (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>
            {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
            {notice.text}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDismiss}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </div>
  );
}
