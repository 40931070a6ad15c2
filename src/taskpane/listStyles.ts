import { makeStyles, tokens } from "@fluentui/react-components";

/** A plain vertical list of buttons (KPIs, problems): no bullets, a small gap. */
export const usePlainListStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});
