import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { PartAttempt, PartLoadError } from "../lazyPart";

export interface PartBoundaryProps {
  /** What the spinner says while the part loads ("Loading Set up…"). */
  loadingLabel: string;
  /** Shown instead of the spinner while the part loads (null: nothing). */
  loading?: React.ReactNode;
  /** Shown instead of the message when the part could not be fetched; `retry` fetches it anew. */
  whenFailed?: (retry: () => void) => React.ReactNode;
  children: React.ReactNode;
}

interface State {
  error: unknown;
  attempt: number;
}

export const PART_NOT_LOADED =
  "This part of KPI Tracker could not be loaded, perhaps because the network connection dropped. Nothing was changed. Check the connection, then choose Try again; if it keeps failing, close and reopen the pane.";

/**
 * Where a lazily loaded view shows: a spinner while its code loads, and, when it cannot be
 * fetched, plain words and Try again instead of a blank pane. Other errors pass on unchanged.
 */
export class PartBoundary extends React.Component<PartBoundaryProps, State> {
  state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  private retry = (): void => {
    this.setState((state) => ({ error: null, attempt: state.attempt + 1 }));
  };

  render(): React.ReactNode {
    const { error, attempt } = this.state;
    // An error that is not a failed load is not this boundary's to explain: it passes on.
    if (error !== null && !(error instanceof PartLoadError)) throw error;
    if (error !== null) {
      if (this.props.whenFailed) return this.props.whenFailed(this.retry);
      return (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{PART_NOT_LOADED}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={this.retry}>
              Try again
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    }
    return (
      <PartAttempt.Provider value={attempt}>
        <React.Suspense fallback={this.props.loading !== undefined ? this.props.loading : <Spinner label={this.props.loadingLabel} />}>{this.props.children}</React.Suspense>
      </PartAttempt.Provider>
    );
  }
}
