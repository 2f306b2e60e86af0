import { Component, type ReactNode } from "react";
import { ErrorState } from "./States";

interface State {
  error: unknown;
  path: string;
}

/** A page that throws (or whose code fails to load) shows an error in place of the page, not a blank shop. */
export class PageErrorBoundary extends Component<{ path: string; children: ReactNode }, State> {
  override state: State = { error: null, path: this.props.path };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: { path: string }, state: State): Partial<State> | null {
    // Navigating away clears the error.
    return props.path !== state.path ? { error: null, path: props.path } : null;
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorState
          title="This page could not be shown"
          error={this.state.error}
          onRetry={() => window.location.reload()}
        />
      );
    }
    return this.props.children;
  }
}
