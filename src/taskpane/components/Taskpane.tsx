import { Caption1, makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { formatFileSize } from "../../i18n/formatFileSize";
import { validateAttachmentName } from "../../graph";
import { describeHost, type ReadyEvent } from "../../office";
import { AttachTargetContext, type AttachTarget, type OpenFormTarget } from "../attachTarget";
import { describeError } from "../describeError";
import { useEventSession } from "../hooks/useEventSession";
import { useAfterFirstPaint } from "../hooks/useAfterFirstPaint";
import { useGraphClients } from "../hooks/useGraphClients";
import { useMeeting } from "../hooks/useMeeting";
import { useOpenForm } from "../hooks/useOpenForm";
import { isCancellation } from "../isCancellation";
import { precheckFile } from "../precheckFile";
import { refreshWhenUncertain } from "../refreshWhenUncertain";
import { routeFileAttach, type AttachFile } from "../routeFileAttach";
import type { TaskpaneServices } from "../services";
import { FileAttachPanel } from "./FileAttachPanel";
import { AttachmentList } from "./list/AttachmentList";
import { MeetingHeader } from "./MeetingHeader";
import { Notice } from "./notice/Notice";
import { SendUpdateNotice } from "./SendUpdateNotice";
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

type FormTab = "file" | "event" | "link";

// Loaded when first needed, so the first screen carries only the file form.
const EventAttachForm = lazy(() => import("./event/EventAttachForm").then((m) => ({ default: m.EventAttachForm })));
const LinkAttachForm = lazy(() => import("./link/LinkAttachForm").then((m) => ({ default: m.LinkAttachForm })));
// Shown only where the meeting window keeps its own copy (classic Outlook, Outlook on Mac).
const OpenFormNotice = lazy(() => import("./OpenFormNotice").then((m) => ({ default: m.OpenFormNotice })));
const SaveConfirmDialog = lazy(() => import("./SaveConfirmDialog").then((m) => ({ default: m.SaveConfirmDialog })));

/** The organizer's taskpane: the meeting, the three forms, the attachment list, and what happened. */
export function Taskpane({ services }: { services: TaskpaneServices }): ReactNode {
  const styles = useStyles();
  const intl = useIntl();
  const { state: meetingState, refresh } = useMeeting(services.office);
  const graph = useGraphClients(services);
  const session = useEventSession(services.office, graph, refresh);
  const [tab, setTab] = useState<FormTab>("file");
  // A form, once opened, stays mounted (hidden) so what the organizer typed survives switching tabs.
  const [opened, setOpened] = useState<ReadonlySet<FormTab>>(() => new Set(["file"]));
  // Graph added or removed something on the event: attendees get it only once the update is sent.
  const [serverChanged, setServerChanged] = useState(false);
  const [refreshKey, setRefreshKey] = useState(0);
  const [attachedBytes, setAttachedBytes] = useState(0);
  const [signInPath, setSignInPath] = useState<string | null>(null);
  const [preview, setPreview] = useState<ReadyEvent | null>(null);
  const olderOutlook = useMemo(() => !describeHost(services.office).mailbox18, [services.office]);
  const openForm = useOpenForm(services.office);
  const { route, attacher, noteWindowChange } = openForm;
  const linkTabRef = useRef<HTMLButtonElement>(null);
  useAfterFirstPaint(services.warmUpSignIn);

  const selectTab = useCallback((selected: FormTab) => {
    setTab(selected);
    setOpened((previous) => new Set(previous).add(selected));
  }, []);

  // From a file that cannot be uploaded: the link form, with whatever was typed there; the file's row stays. Focus
  // goes to the tab, as the button that was pressed is now hidden with the file form.
  const attachLinkInstead = useCallback(() => {
    selectTab("link");
    linkTabRef.current?.focus();
  }, [selectTab]);

  // Where the meeting lives, known without saving anything: the calendar's owner, and whether it is read-only.
  useEffect(() => {
    let current = true;
    session.peekEvent().then(
      (event) => current && setPreview(event),
      // Failures surface, with their message, when the organizer attaches something.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [session.peekEvent, refreshKey]);

  // Where the window keeps its own copy, events picked from the calendar go into the window.
  const openFormTarget = useMemo<OpenFormTarget | null>(() => {
    if (!route.formKeepsOwnCopy) return null;
    if (!route.eventsToWindow) return {};
    return {
      attachEvent: async (graphEventId, name, signal) => {
        await attacher.attachItem(graphEventId, name, { signal });
        noteWindowChange();
        return { where: "window", name };
      },
    };
  }, [route, attacher, noteWindowChange]);

  const target = useMemo<AttachTarget>(
    () => ({
      ensureEvent: session.ensureEvent,
      peekEvent: session.peekEvent,
      graphFor: (event) =>
        refreshWhenUncertain(graph.forCalendar(event.sharedCalendar), () => setRefreshKey((key) => key + 1)),
      ownMailbox: { kind: "me" },
      timeZone: meetingState.status === "ready" ? meetingState.meeting.timeZone : undefined,
      describeError: (error) => describeError(error, intl),
      isCancellation,
      onAttached: () => {
        setServerChanged(true);
        setRefreshKey((key) => key + 1);
        setSignInPath(services.tokens.lastPath);
      },
      onRemoved: () => {
        setServerChanged(true);
        setRefreshKey((key) => key + 1);
      },
      openForm: openFormTarget,
    }),
    [session.ensureEvent, session.peekEvent, graph, meetingState, intl, services.tokens, openFormTarget],
  );

  const attachToServer = useCallback<AttachFile>(
    async (file, options) => {
      const event = await target.ensureEvent();
      if (!event) return { status: "declined" };
      options.signal.throwIfAborted();
      const attachment = await target.graphFor(event).attachFile(event.ref, file, {
        signal: options.signal,
        onProgress: (progress) =>
          options.onProgress(progress.totalBytes ? progress.bytesSent / progress.totalBytes : 1),
      });
      target.onAttached(attachment);
      return { status: "attached", size: attachment.size ?? file.size, to: "server" };
    },
    [target],
  );

  // The window takes a file even when the meeting was never saved: nothing to save, nothing to sync.
  const attachFile = useMemo(
    () =>
      routeFileAttach({ route, attacher, known: () => preview, attachToServer, onWindowAttached: noteWindowChange }),
    [route, attacher, preview, attachToServer, noteWindowChange],
  );

  const precheck = useCallback(
    (file: File, pending: readonly File[]) => {
      try {
        validateAttachmentName(file.name);
      } catch (error) {
        return describeError(error, intl).message;
      }
      const refusal = precheckFile(file, pending, attachedBytes);
      if (!refusal) return null;
      return refusal.reason === "mailboxLimit"
        ? intl.formatMessage({ id: "error.input.mailboxLimit" }, { limit: formatFileSize(refusal.limit, intl.locale) })
        : intl.formatMessage({ id: `error.input.${refusal.reason}` });
    },
    [attachedBytes, intl],
  );

  return (
    <AttachTargetContext.Provider value={target}>
      <main className={styles.root}>
        {meetingState.status === "loading" && (
          <Spinner size="tiny" label={intl.formatMessage({ id: "meeting.loading" })} />
        )}
        {meetingState.status === "failed" && (
          <Notice intent="error">{describeError(meetingState.error, intl).message}</Notice>
        )}
        {meetingState.status === "ready" && (
          <MeetingHeader
            subject={meetingState.meeting.subject}
            start={meetingState.meeting.start}
            end={meetingState.meeting.end}
            saved={meetingState.meeting.saved !== false}
            recurrence={meetingState.meeting.recurrence}
            {...(preview?.owner ? { owner: preview.owner } : {})}
          />
        )}
        {preview && !preview.canWrite && (
          <Notice intent="error" multiline testId="read-only-notice">
            <FormattedMessage id="error.office.readOnlyDelegate" values={{ owner: preview.owner ?? "" }} />
          </Notice>
        )}
        {olderOutlook && (
          <Notice intent="info" multiline testId="older-outlook-notice">
            <FormattedMessage id="meeting.olderOutlook" />
          </Notice>
        )}
        {route.formKeepsOwnCopy && (
          <Suspense fallback={null}>
            <OpenFormNotice client={openForm.policy.client} route={route} />
          </Suspense>
        )}
        {session.syncWait && <SyncWaitNotice wait={session.syncWait} onCancel={session.cancelSyncWait} />}
        <TabList selectedValue={tab} onTabSelect={(_event, data) => selectTab(data.value as FormTab)} size="small">
          <Tab value="file" id="tab-file" aria-controls="panel-file">
            <FormattedMessage id="tab.file" />
          </Tab>
          <Tab value="event" id="tab-event" aria-controls="panel-event">
            <FormattedMessage id="tab.event" />
          </Tab>
          <Tab value="link" id="tab-link" aria-controls="panel-link" ref={linkTabRef}>
            <FormattedMessage id="tab.link" />
          </Tab>
        </TabList>
        <div role="tabpanel" id="panel-file" aria-labelledby="tab-file" hidden={tab !== "file"}>
          <FileAttachPanel attachFile={attachFile} precheck={precheck} onAttachLinkInstead={attachLinkInstead} />
        </div>
        <div role="tabpanel" id="panel-event" aria-labelledby="tab-event" hidden={tab !== "event"}>
          {opened.has("event") && (
            <Suspense fallback={<Spinner size="tiny" />}>
              <EventAttachForm />
            </Suspense>
          )}
        </div>
        <div role="tabpanel" id="panel-link" aria-labelledby="tab-link" hidden={tab !== "link"}>
          {opened.has("link") && (
            <Suspense fallback={<Spinner size="tiny" />}>
              <LinkAttachForm />
            </Suspense>
          )}
        </div>
        <SendUpdateNotice
          client={openForm.policy.client}
          formKeepsOwnCopy={route.formKeepsOwnCopy}
          serverChanged={serverChanged}
          windowChanged={openForm.windowChanged}
        />
        <AttachmentList refreshKey={refreshKey} onTotalSizeChange={setAttachedBytes} />
        {signInPath && (
          <Caption1 data-testid="sign-in-path">
            <FormattedMessage id="signIn.path" values={{ path: signInPath }} />
          </Caption1>
        )}
        {session.pendingSave && (
          <Suspense fallback={null}>
            <SaveConfirmDialog kind={session.pendingSave} onAnswer={session.answerSave} />
          </Suspense>
        )}
      </main>
    </AttachTargetContext.Provider>
  );
}
