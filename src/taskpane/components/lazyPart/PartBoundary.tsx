import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { Component, Suspense, type ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import { PartLoadError, retryFailedParts } from "./retryableLazy";

const useStyles = makeStyles({
  failed: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorStatusDangerForeground1,
  },
});

/** What shows in place of a part that did not load, with a button to load it again. */
export function PartLoadFailed({ onRetry }: { onRetry: () => void }): ReactNode {
  const styles = useStyles();
  return (
    <div role="alert" className={styles.failed} data-testid="part-load-failed">
      <Body1>
        <FormattedMessage id="part.loadFailed" />
      </Body1>
      <Button size="small" onClick={onRetry}>
        <FormattedMessage id="part.retry" />
      </Button>
    </div>
  );
}

interface PartBoundaryProps {
  /** Shown while the part loads. */
  loading?: ReactNode;
  /** Shown instead of the retry message when the part did not load (a notice's text, for instance). */
  failed?: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/** What the part threw, wrapped, so that a thrown `undefined` still counts as caught. */
interface PartBoundaryState {
  caught: { error: unknown } | null;
}

/**
 * Suspense for a lazily loaded part, which also catches its failed load: the part's place shows why and a retry,
 * and the rest of the pane (and what was typed in it) stays. Any other error goes on up.
 */
export class PartBoundary extends Component<PartBoundaryProps, PartBoundaryState> {
  override state: PartBoundaryState = { caught: null };

  static getDerivedStateFromError(error: unknown): PartBoundaryState {
    return { caught: { error } };
  }

  private readonly retry = (): void => {
    retryFailedParts();
    this.setState({ caught: null });
  };

  override render(): ReactNode {
    const { caught } = this.state;
    if (caught) {
      // Not a failed load: for the boundary above (thrown again from here, React hands it on).
      if (!(caught.error instanceof PartLoadError)) throw caught.error;
      return this.props.failed?.(this.retry) ?? <PartLoadFailed onRetry={this.retry} />;
    }
    return <Suspense fallback={this.props.loading ?? null}>{this.props.children}</Suspense>;
  }
}
