import { Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { useCallback, useState, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { MAX_FILE_BYTES } from "../../graph";
import { describeError } from "../describeError";
import { useEventSession } from "../hooks/useEventSession";
import { useGraphClients } from "../hooks/useGraphClients";
import { useMeeting } from "../hooks/useMeeting";
import { isCancellation } from "../isCancellation";
import type { TaskpaneServices } from "../services";
import { FileAttachPanel, type AttachFileOutcome } from "./FileAttachPanel";
import { MeetingHeader } from "./MeetingHeader";
import { SaveConfirmDialog } from "./SaveConfirmDialog";
import { SyncWaitNotice } from "./SyncWaitNotice";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
});

/** The organizer's taskpane: the meeting, the forms, and what happened. */
export function Taskpane({ services }: { services: TaskpaneServices }): ReactNode {
  const styles = useStyles();
  const intl = useIntl();
  const { state: meetingState, refresh } = useMeeting(services.office);
  const graph = useGraphClients(services);
  const session = useEventSession(services.office, graph, refresh);
  const [changed, setChanged] = useState(false);
  const [signInPath, setSignInPath] = useState<string | null>(null);

  const attachFile = useCallback(
    async (
      file: File,
      options: { signal: AbortSignal; onProgress(fraction: number): void },
    ): Promise<AttachFileOutcome> => {
      const event = await session.ensureEvent();
      if (!event) return { status: "declined" };
      options.signal.throwIfAborted();
      const attachment = await graph.forCalendar(event.sharedCalendar).attachFile(event.ref, file, {
        signal: options.signal,
        onProgress: (progress) =>
          options.onProgress(progress.totalBytes ? progress.bytesSent / progress.totalBytes : 1),
      });
      setSignInPath(services.tokens.lastPath);
      return { status: "attached", size: attachment.size ?? file.size };
    },
    [graph, services.tokens, session],
  );

  const precheck = useCallback(
    (file: File): string | null => {
      if (file.size === 0) return intl.formatMessage({ id: "error.input.fileEmpty" });
      if (file.size > MAX_FILE_BYTES) return intl.formatMessage({ id: "error.input.fileTooLarge" });
      return null;
    },
    [intl],
  );

  return (
    <main className={styles.root}>
      {meetingState.status === "loading" && (
        <Spinner size="tiny" label={intl.formatMessage({ id: "meeting.loading" })} />
      )}
      {meetingState.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{describeError(meetingState.error, intl).message}</MessageBarBody>
        </MessageBar>
      )}
      {meetingState.status === "ready" && (
        <MeetingHeader
          subject={meetingState.meeting.subject}
          start={meetingState.meeting.start}
          end={meetingState.meeting.end}
          saved={meetingState.meeting.saved !== false}
          recurrence={meetingState.meeting.recurrence}
        />
      )}
      {session.syncWait && <SyncWaitNotice wait={session.syncWait} onCancel={session.cancelSyncWait} />}
      <FileAttachPanel
        attachFile={attachFile}
        precheck={precheck}
        describeError={(error) => describeError(error, intl).message}
        isCancellation={isCancellation}
        onAttached={() => setChanged(true)}
      />
      {changed && (
        <MessageBar intent="warning" layout="multiline" data-testid="send-update-notice">
          <MessageBarBody>
            <FormattedMessage id="notice.sendUpdate" />
          </MessageBarBody>
        </MessageBar>
      )}
      {signInPath && (
        <Caption1 data-testid="sign-in-path">
          <FormattedMessage id="signIn.path" values={{ path: signInPath }} />
        </Caption1>
      )}
      <SaveConfirmDialog kind={session.pendingSave} onAnswer={session.answerSave} />
    </main>
  );
}
