import { Button, Caption1, makeStyles, Spinner, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { memo, useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { AttachmentInfo } from "../../../graph";
import { describeError } from "../../describeError";
import { useAttachSession, useSessionField } from "../../session/sessionContext";
import { PartBoundary } from "../lazyPart/PartBoundary";
import { retryableLazy } from "../lazyPart/retryableLazy";
import { Notice } from "../notice/Notice";
import { AttachmentRow } from "./AttachmentRow";
import { useNow } from "./useNow";
import { useRemoval } from "./useRemoval";
import { useVisuallyHiddenStyles } from "../useVisuallyHiddenStyles";

// The confirmation dialog (and Fluent's dialog code) loads only when the organizer first asks to remove something.
const RemoveAttachmentDialog = retryableLazy(() => import("./RemoveAttachmentDialog"), "RemoveAttachmentDialog");

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

/**
 * The meeting's attachments as Graph holds them (the session's list, which reloads after each attach and
 * removal), each removable after a confirmation. Memoised: it renders again when the list changes, not when the
 * meeting does.
 */
export const AttachmentList = memo(function AttachmentList(): ReactNode {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const intl = useIntl();
  const session = useAttachSession();
  const state = useSessionField("list");
  const now = useNow(60_000);
  const [announcement, setAnnouncement] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeadingAfterDialog = useRef(false);
  // In the tab order only while it holds focus: Outlook on the web's office.js moves Tab itself, from the focused
  // element to the next one it counts as tabbable, and hands focus back to Outlook when the focused element is not
  // among them (tabindex -1 is not).
  const [headingTabbable, setHeadingTabbable] = useState(false);

  const onRemoved = useCallback(
    (attachment: AttachmentInfo) => {
      setAnnouncement(intl.formatMessage({ id: "list.removedAnnouncement" }, { name: attachment.name }));
      // The row and its button are gone: focus goes somewhere meaningful, once the dialog has closed (the page is
      // inert while it is open, and closing it sends focus back to the button that opened it).
      focusHeadingAfterDialog.current = true;
    },
    [intl],
  );
  const event = state.status === "ready" ? state.event : null;
  const removal = useRemoval(event, onRemoved);
  const canRemove = event?.canWrite === true;
  useEffect(() => {
    if (!focusHeadingAfterDialog.current || removal.pending) return;
    focusHeadingAfterDialog.current = false;
    setHeadingTabbable(true);
    headingRef.current?.focus();
  });

  return (
    <section className={styles.root} aria-labelledby="attachment-list-heading" data-testid="attachment-list">
      <h2
        id="attachment-list-heading"
        className={styles.heading}
        ref={headingRef}
        tabIndex={headingTabbable ? 0 : -1}
        onBlur={() => setHeadingTabbable(false)}
      >
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
            <Button
              size="small"
              icon={<ArrowClockwiseRegular />}
              onClick={session.reloadList}
              data-testid="attachment-list-retry"
            >
              <FormattedMessage id="list.retry" />
            </Button>
          }
        >
          <FormattedMessage id="list.loadFailed" values={{ message: describeError(state.error, intl).message }} />
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
        <PartBoundary>
          <RemoveAttachmentDialog
            attachment={removal.pending}
            busy={removal.busy}
            error={removal.error}
            onConfirm={removal.confirm}
            onCancel={removal.cancel}
          />
        </PartBoundary>
      )}
    </section>
  );
});
