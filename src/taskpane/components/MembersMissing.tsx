import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { MembersCoverage } from "../../workbook/membersCoverage";
import { useDetailStyles } from "../detailStyles";

export interface MembersMissingProps {
  coverage: MembersCoverage;
}

const names = (members: ReadonlyArray<{ name: string }>) => members.map((m) => m.name).join(", ");

/** Who is counted and who is not yet, by sub-region: the chase list for "27/33 Members". */
export function MembersMissing({ coverage }: MembersMissingProps): React.JSX.Element {
  const styles = useDetailStyles();
  const missing = coverage.total - coverage.counted;
  const from = coverage.source === "updates" ? "named in its Updates" : "listed on activities held";
  return (
    <section className={styles.section} aria-labelledby="kpi-members-heading">
      <h3 id="kpi-members-heading" className={styles.heading}>
        Members: {coverage.counted} of {coverage.total} counted, {missing} not yet
      </h3>
      <Text className={styles.muted}>Counted: Members {from}, up to the as-of date.</Text>
      <ul className={styles.list} aria-label="Members by sub-region">
        {coverage.subregions.map((group) => (
          <li key={group.subregion} className={styles.entry}>
            <strong>{group.subregion || "No sub-region"}</strong>
            <div>Not yet ({group.missing.length}): {group.missing.length === 0 ? "none" : names(group.missing)}</div>
            <div className={styles.muted}>Counted ({group.counted.length}): {group.counted.length === 0 ? "none" : names(group.counted)}</div>
          </li>
        ))}
      </ul>
      {coverage.unknown.length > 0 ? (
        <Text>Also named, but not in the Members table: {coverage.unknown.join(", ")}.</Text>
      ) : null}
    </section>
  );
}
