import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { STATUSES, type Status } from "../../core/types";
import { StatusBadge } from "./StatusBadge";

export interface StatusCountsProps {
  counts: Record<Status, number>;
  /** Accessible name of the list, e.g. "Pillar 1 status counts". */
  label: string;
}

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
});

/** The statuses that occur, in status order, each with its count. */
export function StatusCounts({ counts, label }: StatusCountsProps): React.JSX.Element {
  const styles = useStyles();
  const present = STATUSES.filter((status) => (counts[status] ?? 0) > 0);
  return (
    <ul className={styles.list} aria-label={label}>
      {present.map((status) => (
        <li key={status}>
          <StatusBadge status={status} count={counts[status]} />
        </li>
      ))}
    </ul>
  );
}
