import { useCallback, useEffect, useRef, useState } from "react";
import type { RecalcReport } from "../../workbook/addinApi";

export interface Recalculation {
  /** Starts a recalculation; during one, asks for exactly one more round after it. */
  run: () => Promise<void>;
  running: boolean;
  report: RecalcReport | null;
}

/**
 * Recalculate, shared by the Recalculate button, live recalculation and Set up. Requests that
 * arrive while a round is running are folded into a single follow-up round, so edits made
 * during a recalculation are never lost and rounds never overlap.
 */
export function useRecalculation(
  recalculate: () => Promise<RecalcReport>,
  onDone: (report: RecalcReport) => void,
  onError: (error: unknown) => void
): Recalculation {
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<RecalcReport | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const mounted = useRef(true);
  const latest = useRef({ recalculate, onDone, onError });
  latest.current = { recalculate, onDone, onError };

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    setRunning(true);
    try {
      do {
        again.current = false;
        const next = await latest.current.recalculate();
        if (!mounted.current) return;
        setReport(next);
        latest.current.onDone(next);
      } while (again.current);
    } catch (caught) {
      if (mounted.current) latest.current.onError(caught);
    } finally {
      inFlight.current = false;
      again.current = false;
      if (mounted.current) setRunning(false);
    }
  }, []);

  return { run, running, report };
}
