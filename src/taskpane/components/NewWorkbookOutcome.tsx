import * as React from "react";
import { Link, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { NewWorkbookFile } from "../../workbook/addinApi";

export interface NewWorkbookOutcomeProps {
  file: NewWorkbookFile;
  /** The result's own message above the file's note (what went into the new workbook). */
  message?: string;
}

const useStyles = makeStyles({
  outcome: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A link to the bytes as a file; the object URL is released when the link goes. */
function useDownloadUrl(file: NewWorkbookFile): string | null {
  const [url, setUrl] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (typeof URL.createObjectURL !== "function") return undefined;
    const made = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [file]);
  return url;
}

/** A new workbook the pane built: opened in a new window, or why not, and always the download. */
export function NewWorkbookOutcome({ file, message }: NewWorkbookOutcomeProps): React.JSX.Element {
  const styles = useStyles();
  const url = useDownloadUrl(file);
  return (
    <MessageBar layout="multiline" intent={file.opened ? "success" : "warning"}>
      <MessageBarBody className={styles.outcome}>
        {message ? <span>{message}</span> : null}
        <span>{file.note}</span>
        {url ? (
          <Link href={url} download={file.fileName}>
            Download {file.fileName}
          </Link>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
