import * as React from "react";
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ActivityInput, ActualInput, KpiRecords, RecordReport, UpdateInput } from "../../workbook/addinApi";
import type { EvaluatedKpi, PlanEvaluation } from "../../workbook/model";
import { kpiLabel } from "../kpiExplain";
import { useDetailStyles } from "../detailStyles";
import { ActivityList } from "./ActivityList";
import { HistoryTrend } from "./HistoryTrend";
import { KpiFacts } from "./KpiFacts";
import { LogUpdateForm } from "./LogUpdateForm";
import { MembersMissing } from "./MembersMissing";
import { SetActualForm } from "./SetActualForm";
import { UpdatesList } from "./UpdatesList";

export interface KpiDetailProps {
  kpi: EvaluatedKpi;
  evaluation: PlanEvaluation;
  /** True when the KPI's action has several parts, so "part N" is shown. */
  hasParts: boolean;
  loadRecords: (ref: string, part: number) => Promise<KpiRecords>;
  /** Changes after each write, so the records are read again. */
  version: number;
  goToRow: (kpi: EvaluatedKpi) => void;
  onBack: () => void;
  logUpdate: (input: UpdateInput) => Promise<RecordReport>;
  setActual: (input: ActualInput) => Promise<RecordReport>;
  recordActivity: (input: ActivityInput) => Promise<RecordReport>;
  onError: (error: unknown) => void;
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  top: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

/** One KPI: what it is, where it stands and why, its records, and forms to record more. */
export function KpiDetail(props: KpiDetailProps): React.JSX.Element {
  const styles = useStyles();
  const detail = useDetailStyles();
  const { kpi, evaluation, loadRecords, version, onError } = props;
  const [records, setRecords] = React.useState<KpiRecords | null>(null);
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    heading.current?.focus();
  }, [kpi.ref, kpi.part]);
  React.useEffect(() => {
    let active = true;
    loadRecords(kpi.ref, kpi.part).then(
      (loaded) => active && setRecords(loaded),
      (error: unknown) => active && onError(error)
    );
    return () => {
      active = false;
    };
  }, [loadRecords, kpi.ref, kpi.part, version, onError]);
  const defaultDate = evaluation.asOf;
  const label = kpiLabel(kpi, props.hasParts);
  return (
    <article className={styles.view} aria-labelledby="kpi-detail-heading">
      <div className={styles.top}>
        <Button onClick={props.onBack}>Back</Button>
        <Button onClick={() => props.goToRow(kpi)}>Go to row</Button>
      </div>
      <h2 id="kpi-detail-heading" ref={heading} tabIndex={-1} className={styles.title}>
        {label}: {kpi.kpi || kpi.action}
      </h2>
      <KpiFacts kpi={kpi} evaluation={evaluation} />
      <section className={detail.section} aria-labelledby="kpi-record-heading">
        <h3 id="kpi-record-heading" className={detail.heading}>
          Record
        </h3>
        {records === null ? (
          <Spinner size="tiny" label="Reading Updates and WorkPlan…" />
        ) : (
          <LogUpdateForm
            refText={kpi.ref}
            part={kpi.part}
            measure={kpi.measure}
            members={records.members}
            defaultDate={defaultDate}
            logUpdate={props.logUpdate}
            onError={onError}
          />
        )}
        {kpi.measure === "manual" ? (
          <SetActualForm
            refText={kpi.ref}
            part={kpi.part}
            measure={kpi.measure}
            current={kpi.actual}
            defaultDate={defaultDate}
            setActual={props.setActual}
            onError={onError}
          />
        ) : null}
      </section>
      {records?.coverage ? <MembersMissing coverage={records.coverage} /> : null}
      <section className={detail.section} aria-labelledby="kpi-updates-heading">
        <h3 id="kpi-updates-heading" className={detail.heading}>
          Updates
        </h3>
        {records ? <UpdatesList updates={records.updates} /> : <Text>Reading…</Text>}
      </section>
      <section className={detail.section} aria-labelledby="kpi-activities-heading">
        <h3 id="kpi-activities-heading" className={detail.heading}>
          Activities
        </h3>
        {records ? (
          <ActivityList activities={records.activities} defaultDate={defaultDate} recordActivity={props.recordActivity} onError={onError} />
        ) : (
          <Text>Reading…</Text>
        )}
      </section>
      <section className={detail.section} aria-labelledby="kpi-history-heading">
        <h3 id="kpi-history-heading" className={detail.heading}>
          History
        </h3>
        {records ? <HistoryTrend points={records.history} /> : <Text>Reading…</Text>}
      </section>
    </article>
  );
}
