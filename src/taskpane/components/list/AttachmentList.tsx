import { Button, Caption1, makeStyles, Spinner, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { AttachmentInfo } from "../../../graph";
import { useAttachTarget } from "../../attachTarget";
import { Notice } from "../notice/Notice";
import { AttachmentRow } from "./AttachmentRow";
import { totalSize } from "./totalSize";
import { useAttachmentList } from "./useAttachmentList";
import { useNow } from "./useNow";
import { useRemoval } from "./useRemoval";
import { useVisuallyHiddenStyles } from "../useVisuallyHiddenStyles";

// The confirmation dialog (and Fluent's dialog code) loads only when the organizer first asks to remove something.
const RemoveAttachmentDialog = lazy(() =>
  import("./RemoveAttachmentDialog").then((m) => ({ default: m.RemoveAttachmentDialog })),
);

export interface AttachmentListProps {
  /** Changes whenever something was attached or removed: the list reloads from Graph. */
  refreshKey: number;
  /** The sum of the sizes Graph reports for the event's attachments, once known. */
  onTotalSizeChange: (bytes: number) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  count: { color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

/** The meeting's attachments as Graph holds them, each removable after a confirmation. */
export function AttachmentList({ refreshKey, onTotalSizeChange }: AttachmentListProps): ReactNode {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const intl = useIntl();
  const target = useAttachTarget();
  const { state, retry, forget } = useAttachmentList(target, refreshKey);
  const now = useNow(60_000);
  const [announcement, setAnnouncement] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeadingAfterDialog = useRef(false);

  const reportTotal = useRef(onTotalSizeChange);
  reportTotal.current = onTotalSizeChange;
  const total = state.status === "ready" ? totalSize(state.attachments) : state.status === "unsaved" ? 0 : null;
  useEffect(() => {
    if (total !== null) reportTotal.current(total);
  }, [total]);

  const onRemoved = useCallback(
    (attachment: AttachmentInfo) => {
      forget(attachment.id);
      setAnnouncement(intl.formatMessage({ id: "list.removedAnnouncement" }, { name: attachment.name }));
      // The row and its button are gone: focus goes somewhere meaningful, once the dialog has closed (the page is
      // inert while it is open, and closing it sends focus back to the button that opened it).
      focusHeadingAfterDialog.current = true;
    },
    [forget, intl],
  );
  const event = state.status === "ready" ? state.event : null;
  const removal = useRemoval(target, event, onRemoved);
  const canRemove = event?.canWrite === true;
  useEffect(() => {
    if (!focusHeadingAfterDialog.current || removal.pending) return;
    focusHeadingAfterDialog.current = false;
    headingRef.current?.focus();
  });

  return (
    <section className={styles.root} aria-labelledby="attachment-list-heading" data-testid="attachment-list">
      <h2 id="attachment-list-heading" className={styles.heading} ref={headingRef} tabIndex={-1}>
        <Subtitle2>
          <FormattedMessage id="list.heading" />
        </Subtitle2>
        {state.status === "ready" && (
          <Caption1 className={styles.count} data-testid="attachment-count">
            <FormattedMessage id="list.count" values={{ count: state.attachments.length }} />
          </Caption1>
        )}
      </h2>

      {state.status === "loading" && (
        <Spinner size="tiny" labelPosition="after" label={intl.formatMessage({ id: "list.loading" })} />
      )}

      {state.status === "unsaved" && (
        <Text data-testid="attachment-list-unsaved">
          <FormattedMessage id="list.unsaved" />
        </Text>
      )}

      {state.status === "failed" && (
        <Notice
          intent="error"
          multiline
          testId="attachment-list-error"
          actions={
            <Button size="small" icon={<ArrowClockwiseRegular />} onClick={retry} data-testid="attachment-list-retry">
              <FormattedMessage id="list.retry" />
            </Button>
          }
        >
          <FormattedMessage id="list.loadFailed" values={{ message: target.describeError(state.error).message }} />
        </Notice>
      )}

      {state.status === "ready" && (
        <>
          {!state.event.canWrite && (
            <Caption1 dir="auto" data-testid="attachment-list-readonly">
              {state.event.owner ? (
                <FormattedMessage id="list.readOnlyOwner" values={{ owner: state.event.owner }} />
              ) : (
                <FormattedMessage id="list.readOnly" />
              )}
            </Caption1>
          )}
          {state.refreshing && (
            <Spinner size="extra-tiny" labelPosition="after" label={intl.formatMessage({ id: "list.refreshing" })} />
          )}
          {state.attachments.length === 0 ? (
            <Text data-testid="attachment-list-empty">
              <FormattedMessage id="list.empty" />
            </Text>
          ) : (
            <ul className={styles.list} aria-labelledby="attachment-list-heading">
              {state.attachments.map((attachment) => (
                <AttachmentRow
                  key={attachment.id}
                  attachment={attachment}
                  now={now}
                  {...(canRemove ? { onRemove: () => removal.ask(attachment) } : {})}
                />
              ))}
            </ul>
          )}
        </>
      )}

      <div className={hidden.visuallyHidden} aria-live="polite" aria-atomic="true" data-testid="attachment-list-live">
        {announcement}
      </div>

      {removal.pending && (
        <Suspense fallback={null}>
          <RemoveAttachmentDialog
            attachment={removal.pending}
            busy={removal.busy}
            error={removal.error}
            onConfirm={removal.confirm}
            onCancel={removal.cancel}
          />
        </Suspense>
      )}
    </section>
  );
}
