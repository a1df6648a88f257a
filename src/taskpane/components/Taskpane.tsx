import { Caption1, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { supportsMailbox18 } from "../../office";
import { describeError } from "../describeError";
import { afterPaint } from "../../shared/afterPaint";
import { useAfterFirstPaint } from "../hooks/useAfterFirstPaint";
import type { TaskpaneServices } from "../services";
import type { AttachSession } from "../session/attachSession";
import { createSession } from "../session/createSession";
import { AttachSessionContext, useSessionField } from "../session/sessionContext";
import { FileAttachPanel } from "./FileAttachPanel";
import { PartBoundary } from "./lazyPart/PartBoundary";
import { retryableLazy } from "./lazyPart/retryableLazy";
import { AttachmentList } from "./list/AttachmentList";
import { MeetingHeader } from "./MeetingHeader";
import { Notice } from "./notice/Notice";
import { SendUpdateNotice } from "./SendUpdateNotice";
import { SyncWaitNotice } from "./SyncWaitNotice";
import { TabStrip, type StripTab } from "./tabs/TabStrip";

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
const EventAttachForm = retryableLazy(() => import("./event/EventAttachForm"), "EventAttachForm");
const LinkAttachForm = retryableLazy(() => import("./link/LinkAttachForm"), "LinkAttachForm");
// Shown only where the meeting window keeps its own copy (classic Outlook, Outlook on Mac).
const OpenFormNotice = retryableLazy(() => import("./OpenFormNotice"), "OpenFormNotice");
const SaveConfirmDialog = retryableLazy(() => import("./SaveConfirmDialog"), "SaveConfirmDialog");

/**
 * A tab's panel: its form is mounted the first time the tab is opened (a lazy form loads then) and stays mounted,
 * hidden, so what the organizer typed survives switching tabs.
 */
function FormPanel(props: {
  tab: FormTab;
  shown: FormTab;
  opened: ReadonlySet<FormTab>;
  children: ReactNode;
}): ReactNode {
  const { tab, shown, opened, children } = props;
  return (
    <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} hidden={tab !== shown}>
      {opened.has(tab) && <PartBoundary loading={<Spinner size="tiny" />}>{children}</PartBoundary>}
    </div>
  );
}

/**
 * The organizer's taskpane: one attach session for the meeting being edited (made once, outside React), and the
 * layout around it.
 */
export function Taskpane({ services }: { services: TaskpaneServices }): ReactNode {
  const [session] = useState(() => createSession(services));
  // The meeting and the list are read once the first screen has painted: their calls into office.js would
  // otherwise run before the first click on it could be handled.
  useEffect(() => {
    const cancel = afterPaint(() => session.start());
    return () => {
      cancel();
      session.dispose();
    };
  }, [session]);
  useAfterFirstPaint(services.warmUpSignIn);
  return (
    <AttachSessionContext.Provider value={session}>
      <TaskpaneLayout session={session} olderOutlook={!supportsMailbox18(services.office)} />
    </AttachSessionContext.Provider>
  );
}

/** The meeting, the three forms, the attachment list, and what happened: everything read from the session. */
function TaskpaneLayout({ session, olderOutlook }: { session: AttachSession; olderOutlook: boolean }): ReactNode {
  const styles = useStyles();
  const intl = useIntl();
  const meeting = useSessionField("meeting");
  const known = useSessionField("known");
  const syncWait = useSessionField("syncWait");
  const serverChanged = useSessionField("serverChanged");
  const windowChanged = useSessionField("windowChanged");
  const signInPath = useSessionField("signInPath");
  const pendingSave = useSessionField("pendingSave");
  const { policy, route } = session.openForm;

  return (
    <main className={styles.root}>
      {meeting.status === "loading" && <Spinner size="tiny" label={intl.formatMessage({ id: "meeting.loading" })} />}
      {meeting.status === "failed" && <Notice intent="error">{describeError(meeting.error, intl).message}</Notice>}
      {meeting.status === "ready" && (
        <MeetingHeader
          subject={meeting.meeting.subject}
          start={meeting.meeting.start}
          end={meeting.meeting.end}
          saved={meeting.meeting.saved !== false}
          recurrence={meeting.meeting.recurrence}
          {...(known?.owner ? { owner: known.owner } : {})}
        />
      )}
      {known && !known.canWrite && (
        <Notice intent="error" multiline testId="read-only-notice">
          <FormattedMessage id="error.office.readOnlyDelegate" values={{ owner: known.owner ?? "" }} />
        </Notice>
      )}
      {olderOutlook && (
        <Notice intent="info" multiline testId="older-outlook-notice">
          <FormattedMessage id="meeting.olderOutlook" />
        </Notice>
      )}
      {route.formKeepsOwnCopy && (
        <PartBoundary>
          <OpenFormNotice client={policy.client} route={route} />
        </PartBoundary>
      )}
      {syncWait && <SyncWaitNotice wait={syncWait} onCancel={session.cancelSyncWait} />}
      <FormTabs />
      <SendUpdateNotice
        client={policy.client}
        formKeepsOwnCopy={route.formKeepsOwnCopy}
        serverChanged={serverChanged}
        windowChanged={windowChanged}
      />
      <AttachmentList />
      {signInPath && (
        <Caption1 data-testid="sign-in-path">
          <FormattedMessage id="signIn.path" values={{ path: signInPath }} />
        </Caption1>
      )}
      {pendingSave && (
        <PartBoundary>
          <SaveConfirmDialog kind={pendingSave} onAnswer={session.answerSave} />
        </PartBoundary>
      )}
    </main>
  );
}

/**
 * The tab strip and the three forms. It reads nothing from the session's state, so the meeting and the list
 * arriving (several changes while the pane starts) do not render the forms again.
 */
const FormTabs = memo(function FormTabs(): ReactNode {
  const intl = useIntl();
  const [tab, setTab] = useState<FormTab>("file");
  const [opened, setOpened] = useState<ReadonlySet<FormTab>>(() => new Set(["file"]));
  const linkTabRef = useRef<HTMLButtonElement>(null);

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

  const tabs = useMemo<ReadonlyArray<StripTab<FormTab>>>(
    () => [
      { value: "file", label: intl.formatMessage({ id: "tab.file" }) },
      { value: "event", label: intl.formatMessage({ id: "tab.event" }) },
      { value: "link", label: intl.formatMessage({ id: "tab.link" }), ref: linkTabRef },
    ],
    [intl],
  );

  return (
    <>
      <TabStrip tabs={tabs} selected={tab} onSelect={selectTab} />
      <FormPanel tab="file" shown={tab} opened={opened}>
        <FileAttachPanel onAttachLinkInstead={attachLinkInstead} />
      </FormPanel>
      <FormPanel tab="event" shown={tab} opened={opened}>
        <EventAttachForm />
      </FormPanel>
      <FormPanel tab="link" shown={tab} opened={opened}>
        <LinkAttachForm />
      </FormPanel>
    </>
  );
});
