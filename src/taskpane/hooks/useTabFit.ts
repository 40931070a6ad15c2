import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { fitTabs, type TabFit } from "../tabOverflow";

export interface TabFitRefs<T extends string> {
  /** The row the tabs and the "More" button share: its width is what they may take. */
  row: RefObject<HTMLDivElement>;
  /** An unseen copy of every tab, then of the "More" button, at their natural widths. */
  ghost: RefObject<HTMLDivElement>;
  fit: TabFit<T>;
}

const sameFit = <T extends string>(a: TabFit<T>, b: TabFit<T>): boolean => a.hidden.join("|") === b.hidden.join("|");

/**
 * Measures the tabs' unseen copies and the row, and keeps `fit` up to date as the pane is
 * resized or a tab's content (the Problems count) changes. `contentKey` names that content.
 */
export function useTabFit<T extends string>(values: readonly T[], selected: T, minimumVisible: number, contentKey: string): TabFitRefs<T> {
  const row = useRef<HTMLDivElement>(null);
  const ghost = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<TabFit<T>>({ visible: values, hidden: [] });

  const measure = useCallback(() => {
    if (!row.current || !ghost.current) return;
    const copies = Array.from(ghost.current.children);
    const widthOf = (index: number) => Math.ceil(copies[index]?.getBoundingClientRect().width ?? 0);
    const next = fitTabs({
      tabs: values.map((value, index) => ({ value, width: widthOf(index) })),
      available: row.current.clientWidth,
      moreWidth: widthOf(values.length),
      selected,
      minimumVisible,
    });
    setFit((current) => (sameFit(current, next) ? current : next));
  }, [values, selected, minimumVisible]);

  // Before paint, so a tab that does not fit is never drawn for a frame.
  useLayoutEffect(measure, [measure, contentKey]);

  useEffect(() => {
    const element = row.current;
    if (!element || typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(() => measure());
    observer.observe(element);
    return () => observer.disconnect();
  }, [measure]);

  return { row, ghost, fit };
}
