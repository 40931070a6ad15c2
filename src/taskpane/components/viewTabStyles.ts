import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The view tabs drawn as Fluent's small TabList draws them (label, brand indicator under the
 * selected tab, bold selected label without a shift in width), without TabList itself: its
 * arrow-key navigation (tabster) and overflow packages were a fifth of the pane's first chunk.
 */
export const useViewTabStyles = makeStyles({
  row: { position: "relative", display: "flex", alignItems: "center", minWidth: 0, overflow: "hidden" },
  list: { display: "flex", flexWrap: "nowrap", alignItems: "stretch", minWidth: 0 },
  tab: {
    position: "relative",
    display: "inline-flex",
    alignItems: "center",
    flexShrink: 0,
    borderTopStyle: "none",
    borderRightStyle: "none",
    borderBottomStyle: "none",
    borderLeftStyle: "none",
    marginTop: 0,
    marginRight: 0,
    marginBottom: 0,
    marginLeft: 0,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalSNudge,
    paddingBottom: tokens.spacingVerticalSNudge,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { color: tokens.colorNeutralForeground2Hover },
    ":hover::after": { backgroundColor: tokens.colorNeutralStroke1Hover },
    ":focus-visible": { outlineStyle: "solid", outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2, outlineOffset: "-2px" },
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalXS,
      right: tokens.spacingHorizontalXS,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: "transparent",
    },
    "@media (forced-colors: active)": { ":focus-visible": { outlineColor: "Highlight" } },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    "@media (forced-colors: active)": { "::after": { backgroundColor: "Highlight" } },
  },
  // A tab moved into "More"; `hidden` alone would lose to the tab's own display.
  overflowed: { display: "none" },
  // The label at its bold width in an unseen line, so selecting a tab does not widen it.
  label: {
    display: "inline-grid",
    "::after": {
      content: "attr(data-label)",
      fontWeight: tokens.fontWeightSemibold,
      height: 0,
      overflow: "hidden",
      visibility: "hidden",
    },
  },
  ghost: { position: "absolute", top: 0, left: 0, display: "flex", visibility: "hidden", pointerEvents: "none", whiteSpace: "nowrap" },
  badge: { marginLeft: tokens.spacingHorizontalXXS },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  more: { flexShrink: 0, minWidth: 0 },
});
