import * as React from "react";
import { Link, makeStyles, tokens } from "@fluentui/react-components";

/** Why the pane is not running inside Excel. */
export type OutsideExcelReason =
  /** office.js did not load (no network, or blocked). */
  | "office-missing"
  /** office.js loaded but Office did not report ready in time. */
  | "not-ready"
  /** Office is ready but the host is not Excel (null = a plain browser tab). */
  | "other-host";

export interface OutsideExcelProps {
  reason: OutsideExcelReason;
  /** The host Office reported ("Word"), for reason "other-host"; null in a plain browser tab. */
  host?: string | null;
}

const useStyles = makeStyles({
  page: {
    maxWidth: "40rem",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h2: { margin: 0, marginTop: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  p: { margin: 0 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL },
});

function reasonText(reason: OutsideExcelReason, host: string | null | undefined): string {
  switch (reason) {
    case "office-missing":
      return "The Office JavaScript library (office.js) could not be loaded, so this page cannot reach a workbook. Check the network connection, or open the add-in from Excel.";
    case "not-ready":
      return "Office did not answer, so this page is most likely open in a browser tab rather than in Excel.";
    case "other-host":
      return host
        ? `This page is open in ${host}; KPI Tracker works only in Excel.`
        : "This page is open in a browser tab, not in Excel.";
  }
}

/** What the page shows when it is not running inside Excel, instead of staying blank. */
export function OutsideExcel({ reason, host }: OutsideExcelProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <h1 className={styles.h1}>KPI Tracker</h1>
      <p className={styles.p}>
        KPI Tracker is an Excel add-in that tracks a strategic action plan’s KPIs against their targets: it works
        out each KPI’s progress and status from the workbook’s Plan, WorkPlan and Updates tables, rolls them up per
        pillar and RSP milestone, lists problems and writes status sheets.
      </p>
      <p className={styles.p} role="status">
        {reasonText(reason, host)}
      </p>
      <h2 className={styles.h2}>Open it in Excel on Windows or Mac</h2>
      <ol className={styles.steps}>
        <li>Open the workbook in Excel.</li>
        <li>
          Choose Home → Add-ins (or Insert → My Add-ins), then upload the add-in’s manifest.xml, or pick KPI
          Tracker from the Shared Folder your administrator set up.
        </li>
        <li>Choose Home → KPI Tracker to open this pane beside the workbook.</li>
      </ol>
      <h2 className={styles.h2}>Open it in Excel on the web</h2>
      <ol className={styles.steps}>
        <li>
          Open the workbook in{" "}
          <Link href="https://www.office.com/launch/excel" target="_blank" rel="noreferrer">
            Excel on the web
          </Link>
          .
        </li>
        <li>Choose Home → Add-ins → More add-ins → Upload My Add-in, and upload manifest.xml.</li>
        <li>Choose Home → KPI Tracker to open this pane.</li>
      </ol>
    </main>
  );
}
