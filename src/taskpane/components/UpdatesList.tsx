import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { KpiUpdateEntry } from "../../workbook/addinApi";
import { formatDate } from "../format";
import { useDetailStyles } from "../detailStyles";

export interface UpdatesListProps {
  /** Newest first. */
  updates: readonly KpiUpdateEntry[];
}

/** The KPI's rows of the Updates log, newest first. */
export function UpdatesList({ updates }: UpdatesListProps): React.JSX.Element {
  const styles = useDetailStyles();
  if (updates.length === 0) return <Text>No updates logged yet.</Text>;
  return (
    <ul className={styles.list} aria-label="Updates, newest first">
      {updates.map((u) => (
        <li key={u.row} className={styles.entry}>
          <strong>{u.date === null ? "Undated" : formatDate(u.date)}</strong>
          {u.value !== null ? ` · value ${u.value}` : ""}
          {u.member ? ` · ${u.member}` : ""}
          {u.by ? ` · by ${u.by}` : ""}
          {u.evidence ? <div className={styles.muted}>{u.evidence}</div> : null}
        </li>
      ))}
    </ul>
  );
}
