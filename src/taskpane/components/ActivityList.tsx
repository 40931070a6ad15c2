import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { ActivityInput, KpiActivityEntry, RecordReport } from "../../workbook/addinApi";
import { formatDate } from "../format";
import { useDetailStyles } from "../detailStyles";
import { ActivityForm } from "./ActivityForm";

export interface ActivityListProps {
  /** Newest first. */
  activities: readonly KpiActivityEntry[];
  defaultDate: number;
  recordActivity: (input: ActivityInput) => Promise<RecordReport>;
  onError: (error: unknown) => void;
}

function when(a: KpiActivityEntry): string {
  if (a.heldOn !== null) return `held on ${formatDate(a.heldOn)}`;
  if (a.planned !== null) return `planned for ${formatDate(a.planned)}`;
  return "no date";
}

/** The work-plan activities serving the KPI's action; each can be marked held, cancelled or postponed. */
export function ActivityList({ activities, defaultDate, recordActivity, onError }: ActivityListProps): React.JSX.Element {
  const styles = useDetailStyles();
  const [open, setOpen] = React.useState<number | null>(null);
  if (activities.length === 0) return <Text>No WorkPlan activity lists this action in its Refs.</Text>;
  return (
    <ul className={styles.list} aria-label="Activities, newest first">
      {activities.map((a) => (
        <li key={a.row} className={styles.entry}>
          <strong>{a.id || `Row ${a.row + 1}`}</strong> {a.activity}
          <div className={styles.muted}>
            {a.status || "No status"}, {when(a)}
            {a.held ? " · counts as held" : ""}
            {a.participants !== null ? ` · ${a.participants} participants` : ""}
            {a.women !== null ? `, ${a.women} women` : ""}
            {a.score !== null ? ` · score ${a.score}` : ""}
            {a.members.length > 0 ? ` · ${a.members.join(", ")}` : ""}
          </div>
          {open === a.row ? (
            <ActivityForm
              activity={a}
              defaultDate={defaultDate}
              recordActivity={recordActivity}
              onCancel={() => setOpen(null)}
              onError={onError}
            />
          ) : (
            <Button size="small" onClick={() => setOpen(a.row)} aria-label={`Record outcome of ${a.id || "this activity"}: held, cancelled or postponed`}>
              Record outcome
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
