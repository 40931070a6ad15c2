/**
 * Which tabs fit on the pane's one line of tabs, as Fluent's TabList overflow pattern decides it:
 * the selected tab always stays, then the others in order while they fit beside the "More"
 * button; at least `minimumVisible` stay whatever the width. Pure, so it is tested without layout.
 */
export interface TabFit<T extends string> {
  visible: readonly T[];
  hidden: readonly T[];
}

export interface TabMeasures<T extends string> {
  tabs: ReadonlyArray<{ value: T; width: number }>;
  /** Width the tabs may take; 0 when the page has no layout (tests, a hidden pane): all shown. */
  available: number;
  /** Width of the "More" button that takes the hidden tabs. */
  moreWidth: number;
  selected: T;
  minimumVisible: number;
}

export function fitTabs<T extends string>({ tabs, available, moreWidth, selected, minimumVisible }: TabMeasures<T>): TabFit<T> {
  const all = tabs.map((tab) => tab.value);
  const total = tabs.reduce((sum, tab) => sum + tab.width, 0);
  if (available <= 0 || total <= available) return { visible: all, hidden: [] };
  const byPriority = [...tabs].sort((a, b) => Number(b.value === selected) - Number(a.value === selected));
  const kept = new Set<T>();
  let used = moreWidth;
  for (const [index, tab] of byPriority.entries()) {
    if (index >= minimumVisible && used + tab.width > available) break;
    kept.add(tab.value);
    used += tab.width;
  }
  return { visible: all.filter((value) => kept.has(value)), hidden: all.filter((value) => !kept.has(value)) };
}
