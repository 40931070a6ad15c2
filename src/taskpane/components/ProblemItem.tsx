import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCardStyles } from "../listStyles";
import type { Problem } from "../../workbook/model";

export interface ProblemItemProps {
  problem: Problem;
  /** Selects the problem's cell; absent when the problem has no single row to point at. */
  onSelect?: (problem: Problem) => void;
}

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  where: { gridColumn: "2", color: tokens.colorNeutralForeground2 },
});

/** "Plan!G12", or "Plan, row 12, column Target" when the address is not known. */
export function locationOf(problem: Problem): string {
  if (problem.address) return problem.address;
  const parts = [problem.table];
  if (problem.row !== null) parts.push(`row ${problem.row + 1}`);
  if (problem.column) parts.push(`column ${problem.column}`);
  return parts.join(", ");
}

/** One problem: severity as symbol and word, the message, and where it is. */
export function ProblemItem({ problem, onSelect }: ProblemItemProps): React.JSX.Element {
  const styles = useStyles();
  const cards = useCardStyles();
  const isError = problem.severity === "error";
  const content = (
    <>
      <span className={isError ? styles.error : styles.warning}>
        <span aria-hidden="true">{isError ? "✖ " : "⚠ "}</span>
        {isError ? "Error" : "Warning"}
      </span>{" "}
      <span>{problem.message}</span>{" "}
      <span className={styles.where}>{locationOf(problem)}</span>
    </>
  );
  if (!onSelect) return <div className={cards.card}>{content}</div>;
  return (
    <button type="button" className={mergeClasses(cards.card, cards.clickable)} onClick={() => onSelect(problem)}>
      {content}
    </button>
  );
}
