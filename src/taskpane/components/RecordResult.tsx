import * as React from "react";
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";

export interface RecordResultProps {
  running: boolean;
  message: string | undefined;
  busyLabel: string;
}

/** A form's live region: a spinner while writing, then what was written. */
export function RecordResult({ running, message, busyLabel }: RecordResultProps): React.JSX.Element {
  return (
    <div role="status" aria-live="polite">
      {running ? <Spinner size="tiny" labelPosition="after" label={busyLabel} /> : null}
      {!running && message ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
