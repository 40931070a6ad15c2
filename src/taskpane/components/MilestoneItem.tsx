import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { MilestoneSummary } from "../../workbook/model";
import { countOf, formatPercent } from "../format";
import { StatusCounts } from "./StatusCounts";

export interface MilestoneItemProps {
  milestone: MilestoneSummary;
  /** Action titles by Ref, to show beside each mapped action. */
  titles: ReadonlyMap<string, { action: string }>;
  /** Opens the detail of an action's (first) KPI. */
  onOpenRef: (ref: string) => void;
}

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  link: {
    padding: 0,
    border: "none",
    background: "none",
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** One RSP milestone: its rollup and the actions mapped to it. */
export function MilestoneItem({ milestone, titles, onOpenRef }: MilestoneItemProps): React.JSX.Element {
  const styles = useStyles();
  const { rollup } = milestone;
  return (
    <li className={styles.item}>
      <h3 className={styles.heading}>
        {milestone.key}
        {milestone.description ? `: ${milestone.description}` : ""}
      </h3>
      {rollup.total > 0 ? (
        <>
          <Text>
            {rollup.meanProgress === null
              ? `${countOf(rollup.total, "KPI")}, none with data yet`
              : `Mean progress ${formatPercent(rollup.meanProgress)} over ${countOf(rollup.total, "KPI")}`}
          </Text>
          <StatusCounts counts={rollup.counts} label={`${milestone.key} status counts`} />
        </>
      ) : null}
      {milestone.actions.length === 0 ? (
        <Text>No action is mapped to this milestone.</Text>
      ) : (
        <ul aria-label={`Actions for ${milestone.key}`}>
          {milestone.actions.map((ref) => {
            const action = titles.get(ref)?.action;
            return (
              <li key={ref}>
                {action !== undefined ? (
                  <button type="button" className={styles.link} onClick={() => onOpenRef(ref)}>
                    {action ? `${ref}: ${action}` : ref}
                  </button>
                ) : (
                  ref
                )}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
