import { useCallback, useEffect, useRef, useState } from "react";
import type { RecalcReport } from "../../workbook/addinApi";

/** "live": after edits, only what they changed; "full": read and recalculate everything. */
export type RecalcMode = "live" | "full";

export interface Recalculation {
  /** Starts a recalculation (full unless told live); during one, asks for exactly one more round after it. */
  run: (mode?: RecalcMode) => Promise<void>;
  running: boolean;
  report: RecalcReport | null;
}

/**
 * Recalculate, shared by the Recalculate button, live recalculation and Set up. Requests that
 * arrive while a round is running are folded into a single follow-up round (full if any of them
 * asked for a full one), so edits made during a recalculation are never lost and rounds never
 * overlap.
 */
export function useRecalculation(
  recalculate: (mode: RecalcMode) => Promise<RecalcReport>,
  onDone: (report: RecalcReport) => void,
  onError: (error: unknown) => void
): Recalculation {
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<RecalcReport | null>(null);
  const inFlight = useRef(false);
  const again = useRef<RecalcMode | null>(null);
  const mounted = useRef(true);
  const latest = useRef({ recalculate, onDone, onError });
  latest.current = { recalculate, onDone, onError };

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (mode: RecalcMode = "full") => {
    if (inFlight.current) {
      again.current = again.current === "full" || mode === "full" ? "full" : "live";
      return;
    }
    inFlight.current = true;
    setRunning(true);
    let current: RecalcMode | null = mode;
    try {
      do {
        again.current = null;
        const next = await latest.current.recalculate(current);
        if (!mounted.current) return;
        setReport(next);
        latest.current.onDone(next);
        current = again.current;
      } while (current !== null);
    } catch (caught) {
      if (mounted.current) latest.current.onError(caught);
    } finally {
      inFlight.current = false;
      again.current = null;
      if (mounted.current) setRunning(false);
    }
  }, []);

  return { run, running, report };
}
