import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RecalcReport, StatusSheetReport } from "../../workbook/addinApi";
import type { EvaluatedKpi, PlanEvaluation } from "../../workbook/model";
import { kpisNeedingAttention } from "../attention";
import { formatDate } from "../format";
import { refsWithParts } from "../kpiExplain";
import { useFirstOverviewMark } from "../firstRenderMark";
import { AttentionList } from "./AttentionList";
import { OverviewActions } from "./OverviewActions";
import { PillarCard } from "./PillarCard";

export interface OverviewProps {
  evaluation: PlanEvaluation;
  recalculating: boolean;
  lastRecalc: RecalcReport | null;
  onRecalculate: () => void;
  /** Opens a KPI's detail. */
  onOpenKpi: (kpi: EvaluatedKpi) => void;
  /** Opens Plan filtered to a pillar. */
  onOpenPillar: (pillar: number) => void;
  generateStatusSheet: () => Promise<StatusSheetReport>;
  onError: (error: unknown) => void;
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** What a coordinator checks first: the as-of date, what needs attention, then each pillar. */
export function Overview(props: OverviewProps): React.JSX.Element {
  const styles = useStyles();
  useFirstOverviewMark();
  const { evaluation, onError } = props;
  const needing = kpisNeedingAttention(evaluation.kpis);
  const empty = evaluation.kpis.length === 0;
  return (
    <div className={styles.view}>
      <section className={styles.section} aria-labelledby="overview-heading">
        <h2 id="overview-heading" className={styles.heading}>
          {evaluation.settings.planName || "Overview"}
        </h2>
        <Text>As of {formatDate(evaluation.asOf)}</Text>
        <OverviewActions
          recalculating={props.recalculating}
          lastRecalc={props.lastRecalc}
          onRecalculate={props.onRecalculate}
          generateStatusSheet={props.generateStatusSheet}
          onError={onError}
        />
      </section>
      <section className={styles.section} aria-labelledby="attention-heading">
        <h2 id="attention-heading" className={styles.heading}>
          {empty ? "No KPIs yet" : `Needs attention (${needing.length})`}
        </h2>
        {empty ? (
          <Text>
            The plan has no KPIs yet: import plan text in Set up, or add rows to the Plan table. Nothing can be on or off
            track until then.
          </Text>
        ) : (
          <AttentionList
            kpis={needing}
            onSelect={props.onOpenKpi}
            partsOf={refsWithParts(evaluation.kpis)}
            noData={evaluation.kpis.filter((kpi) => kpi.status === "No data").length}
            total={evaluation.kpis.length}
          />
        )}
      </section>
      <section className={styles.section} aria-labelledby="pillars-heading">
        <h2 id="pillars-heading" className={styles.heading}>
          Pillars
        </h2>
        {evaluation.pillars.length === 0 ? <Text>No pillars: add &quot;Pillar 1&quot; … to the Settings table.</Text> : null}
        {evaluation.pillars.map((summary) => (
          <PillarCard key={summary.pillar} summary={summary} onOpen={props.onOpenPillar} />
        ))}
      </section>
    </div>
  );
}
