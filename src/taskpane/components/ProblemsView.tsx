import * as React from "react";
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CellTarget } from "../../workbook/addinApi";
import type { EvaluatedKpi, Problem } from "../../workbook/model";
import { useAsyncAction } from "../hooks/useAsyncAction";
import { countOf } from "../format";
import { ProblemItem } from "./ProblemItem";
import { usePlainListStyles } from "../listStyles";

export interface ProblemsViewProps {
  problems: readonly Problem[];
  validate: () => Promise<Problem[]>;
  /** Receives the problems a Validate run found. */
  onValidated: (problems: Problem[]) => void;
  selectCell: (target: CellTarget) => Promise<void>;
  /** The plan's KPIs, so a problem on a Plan row can open that KPI's detail. */
  kpis?: readonly EvaluatedKpi[];
  onOpenKpi?: (kpi: EvaluatedKpi) => void;
  onError: (error: unknown) => void;
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  bar: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
});

/** Errors before warnings (they stop a KPI from being evaluated), each in workbook order. */
function errorsFirst(problems: readonly Problem[]): Problem[] {
  return [
    ...problems.filter((problem) => problem.severity === "error"),
    ...problems.filter((problem) => problem.severity !== "error"),
  ];
}

/** The validation list; activating a problem selects its cell. */
export function ProblemsView(props: ProblemsViewProps): React.JSX.Element {
  const styles = useStyles();
  const listStyles = usePlainListStyles();
  const { problems, selectCell, onError, onValidated } = props;
  const validation = useAsyncAction(async () => {
    const found = await props.validate();
    onValidated(found);
    return found;
  }, onError);
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const kpiOnRow = new Map((props.kpis ?? []).map((kpi) => [kpi.row, kpi]));
  const kpiOf = (problem: Problem) => (problem.table === "Plan" && problem.row !== null ? kpiOnRow.get(problem.row) : undefined);
  const select = (problem: Problem) => {
    if (problem.row === null) return;
    void selectCell({ table: problem.table, row: problem.row, column: problem.column }).catch(onError);
  };
  return (
    <section className={styles.view} aria-labelledby="problems-heading">
      <h2 id="problems-heading" className={styles.heading}>
        Problems
      </h2>
      <div className={styles.bar}>
        <Button appearance="primary" onClick={() => void validation.run()} disabled={validation.running}>
          Validate
        </Button>
        <div role="status" aria-live="polite">
          {validation.running ? (
            <Spinner size="tiny" labelPosition="after" label="Validating…" />
          ) : (
            <Text>
              {problems.length === 0
                ? "No problems found."
                : `${countOf(errors, "error")}, ${countOf(problems.length - errors, "warning")}.`}
            </Text>
          )}
        </div>
      </div>
      {problems.length > 0 ? (
        <ul className={listStyles.list} aria-label="Problems">
          {errorsFirst(problems).map((problem, index) => {
            const kpi = kpiOf(problem);
            return (
              <li key={`${index}-${problem.table}-${problem.row}-${problem.column}`} className={styles.item}>
                <ProblemItem problem={problem} onSelect={problem.row === null ? undefined : select} />
                {kpi && props.onOpenKpi ? (
                  <Button size="small" appearance="transparent" onClick={() => props.onOpenKpi?.(kpi)}>
                    Open KPI {kpi.ref}
                    {kpi.part > 1 ? `, part ${kpi.part}` : ""}
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
