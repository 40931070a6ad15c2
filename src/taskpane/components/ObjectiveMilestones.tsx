import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import type { MilestoneSummary } from "../../workbook/model";
import { countOf } from "../format";
import { MilestoneItem } from "./MilestoneItem";

export interface ObjectiveMilestonesProps {
  milestones: readonly MilestoneSummary[];
  /** Action titles by Ref, to show beside each mapped action. */
  titles: ReadonlyMap<string, { action: string }>;
  /** Opens the detail of an action's (first) KPI. */
  onOpenRef: (ref: string) => void;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

function byObjective(milestones: readonly MilestoneSummary[]): Array<[string, MilestoneSummary[]]> {
  const groups = new Map<string, MilestoneSummary[]>();
  for (const milestone of milestones) {
    const group = groups.get(milestone.objective) ?? [];
    group.push(milestone);
    groups.set(milestone.objective, group);
  }
  return [...groups.entries()];
}

/**
 * The RSP milestones grouped by objective, one collapsible section each, so that a plan with
 * sixty milestones stays a short list in a narrow pane.
 */
export function ObjectiveMilestones({ milestones, titles, onOpenRef }: ObjectiveMilestonesProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Accordion multiple collapsible>
      {byObjective(milestones).map(([objective, group]) => {
        const unmapped = group.filter((m) => m.actions.length === 0).length;
        return (
          <AccordionItem key={objective} value={objective}>
            <AccordionHeader size="small">
              Objective {objective}: {countOf(group.length, "milestone")}
              {unmapped > 0 ? `, ${unmapped} without actions` : ""}
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} aria-label={`Milestones of objective ${objective}`}>
                {group.map((milestone) => (
                  <MilestoneItem key={milestone.key} milestone={milestone} titles={titles} onOpenRef={onOpenRef} />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
