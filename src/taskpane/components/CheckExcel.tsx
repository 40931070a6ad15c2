import * as React from "react";
import { Button, Spinner, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { SelfTestReport } from "../../workbook/addinApi";

export interface CheckExcelProps {
  /** Runs the self-test against the Excel the pane is in (AddinApi.checkExcel). */
  run: () => Promise<SelfTestReport>;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
  report: { width: "100%", fontFamily: tokens.fontFamilyMonospace },
});

/** "Check this Excel": runs the self-test and shows each check and a report to copy. */
export function CheckExcel({ run }: CheckExcelProps): React.JSX.Element {
  const styles = useStyles();
  const [running, setRunning] = React.useState(false);
  const [report, setReport] = React.useState<SelfTestReport | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [copied, setCopied] = React.useState(false);
  const area = React.useRef<HTMLTextAreaElement>(null);

  const start = async (): Promise<void> => {
    setRunning(true);
    setFailure(null);
    setCopied(false);
    try {
      setReport(await run());
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(false);
    }
  };

  const copy = async (): Promise<void> => {
    if (!report) return;
    try {
      await navigator.clipboard.writeText(report.text);
      setCopied(true);
    } catch {
      // The clipboard may be closed to add-ins: select the text for Ctrl+C instead.
      area.current?.select();
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="setup-check-heading">
      <h3 id="setup-check-heading" className={styles.heading}>
        Check this Excel
      </h3>
      <Text>
        Tests, on a temporary sheet it deletes afterwards, that this Excel does what KPI Tracker relies on. Send the
        report with any question about the add-in.
      </Text>
      <Button onClick={() => void start()} disabled={running}>
        Check this Excel
      </Button>
      <div role="status" aria-live="polite">
        {running ? <Spinner size="tiny" labelPosition="after" label="Checking…" /> : null}
        {failure ? <Text className={styles.error}>{failure}</Text> : null}
      </div>
      {report ? (
        <>
          <ul className={styles.list} aria-label="Checks">
            {report.checks.map((check) => (
              <li key={check.name}>
                <Text className={check.ok ? styles.ok : styles.error}>{check.ok ? "ok" : "error"}</Text> {check.name}
                {check.ok ? null : `: ${check.detail}`}
              </li>
            ))}
          </ul>
          <Textarea
            ref={area}
            className={styles.report}
            readOnly
            resize="vertical"
            rows={Math.min(12, report.checks.length + 2)}
            value={report.text}
            aria-label="Report"
          />
          <Button size="small" onClick={() => void copy()}>
            {copied ? "Copied" : "Copy report"}
          </Button>
        </>
      ) : null}
    </section>
  );
}
