import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { EvaluatedKpi, PlanEvaluation } from "../../workbook/model";
import { ObjectiveMilestones } from "./ObjectiveMilestones";

export interface RspMapProps {
  evaluation: PlanEvaluation;
  /** Opens a KPI's detail. */
  onOpenKpi: (kpi: EvaluatedKpi) => void;
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  linkButton: {
    padding: 0,
    border: "none",
    background: "none",
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    textAlign: "start",
    // Align the list marker with the button's first line, not its last.
    verticalAlign: "top",
    cursor: "pointer",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

interface ActionTitle {
  action: string;
  /** The action's first KPI (its first Plan row). */
  kpi: EvaluatedKpi;
}

function actionTitles(kpis: readonly EvaluatedKpi[]): Map<string, ActionTitle> {
  const byRef = new Map<string, ActionTitle>();
  for (const kpi of kpis) if (!byRef.has(kpi.ref)) byRef.set(kpi.ref, { action: kpi.action, kpi });
  return byRef;
}

/** RSP milestones against the plan's actions, and the gaps in both directions. */
export function RspMap({ evaluation, onOpenKpi }: RspMapProps): React.JSX.Element {
  const styles = useStyles();
  const titles = actionTitles(evaluation.kpis);
  const descriptions = new Map(evaluation.milestones.map((m) => [m.key, m.description]));
  const openRef = (ref: string) => {
    const title = titles.get(ref);
    if (title) onOpenKpi(title.kpi);
  };
  return (
    <div className={styles.view}>
      <section className={styles.section} aria-labelledby="rsp-unmapped-milestones">
        <h2 id="rsp-unmapped-milestones" className={styles.heading}>
          Milestones without actions ({evaluation.milestonesWithoutActions.length})
        </h2>
        {evaluation.milestones.length === 0 ? (
          <Text>The RSP table has no milestones yet, so none can be checked.</Text>
        ) : evaluation.milestonesWithoutActions.length === 0 ? (
          <Text>Every RSP milestone has at least one action.</Text>
        ) : (
          <ul className={styles.list} aria-label="Milestones without actions">
            {evaluation.milestonesWithoutActions.map((key) => (
              <li key={key}>
                {key}
                {descriptions.get(key) ? `: ${descriptions.get(key)}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="rsp-unmapped-actions">
        <h2 id="rsp-unmapped-actions" className={styles.heading}>
          Actions without milestones ({evaluation.actionsWithoutMilestones.length})
        </h2>
        {evaluation.kpis.length === 0 ? (
          <Text>The plan has no actions yet.</Text>
        ) : evaluation.actionsWithoutMilestones.length === 0 ? (
          <Text>Every action refers to at least one RSP milestone.</Text>
        ) : (
          <ul className={styles.list} aria-label="Actions without milestones">
            {evaluation.actionsWithoutMilestones.map((ref) => {
              const title = titles.get(ref);
              return (
                <li key={ref}>
                  {title ? (
                    <button type="button" className={styles.linkButton} onClick={() => onOpenKpi(title.kpi)}>
                      {ref}: {title.action}
                    </button>
                  ) : (
                    ref
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="rsp-milestones">
        <h2 id="rsp-milestones" className={styles.heading}>
          Milestones and their actions ({evaluation.milestones.length})
        </h2>
        {evaluation.milestones.length === 0 ? (
          <Text>The RSP table has no milestones.</Text>
        ) : (
          <ObjectiveMilestones milestones={evaluation.milestones} titles={titles} onOpenRef={openRef} />
        )}
      </section>
    </div>
  );
}
