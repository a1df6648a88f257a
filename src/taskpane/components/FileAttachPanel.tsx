import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { AttachRegular } from "@fluentui/react-icons";
import { useCallback, useReducer, useRef, useState, type DragEvent, type ReactNode } from "react";
import { FormattedMessage, useIntl, type IntlShape } from "react-intl";
import { validateAttachmentName } from "../../graph";
import { formatFileSize } from "../../i18n/formatFileSize";
import { describeError } from "../describeError";
import { useAttach } from "../hooks/useAttach";
import type { AttachSession } from "../session/attachSession";
import { useAttachSession } from "../session/sessionContext";
import { fileJobsReducer, type FileJob } from "./fileJobs";
import { PartBoundary, PartLoadFailed } from "./lazyPart/PartBoundary";
import { retryableLazy } from "./lazyPart/retryableLazy";
import { Notice } from "./notice/Notice";
import { useVisuallyHiddenStyles } from "./useVisuallyHiddenStyles";

export interface FileAttachPanelProps {
  /** Takes the organizer to the cloud link form, for a file whose failure says a link is the way. */
  onAttachLinkInstead: () => void;
}

/**
 * Why a file cannot be sent at all, in the organizer's language, or null: a name Outlook refuses, or the session's
 * refusal (an empty file, one over 150 MB, or one that takes the meeting over the mailbox limit).
 */
function refusalOf(file: File, session: AttachSession, intl: IntlShape): { message: string; size: boolean } | null {
  try {
    validateAttachmentName(file.name);
  } catch (error) {
    return { message: describeError(error, intl).message, size: false };
  }
  const refusal = session.fileRefusal(file);
  if (!refusal) return null;
  const message =
    refusal.reason === "mailboxLimit"
      ? intl.formatMessage({ id: "error.input.mailboxLimit" }, { limit: formatFileSize(refusal.limit, intl.locale) })
      : intl.formatMessage({ id: `error.input.${refusal.reason}` });
  return { message, size: refusal.reason !== "fileEmpty" };
}

// A file's row (with Fluent's progress bar) loads with the first file picked or dropped.
const FileRow = retryableLazy(() => import(/* webpackChunkName: "file-row" */ "./FileRow"), "FileRow");

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dropZone: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  hiddenInput: { display: "none" },
});

let nextJobId = 0;

/** Pick or drop files; each becomes a row that uploads on its own, can be cancelled, and retried without re-picking. */
export function FileAttachPanel(props: FileAttachPanelProps): ReactNode {
  const { onAttachLinkInstead } = props;
  const attach = useAttach();
  const session = useAttachSession();
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const intl = useIntl();
  const [jobs, dispatch] = useReducer(fileJobsReducer, []);
  const [dragging, setDragging] = useState(false);
  const [declined, setDeclined] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const controllers = useRef(new Map<string, AbortController>());

  const run = useCallback(
    (job: FileJob) => {
      const controller = new AbortController();
      controllers.current.set(job.id, controller);
      dispatch({ type: "start", id: job.id });
      session.holdRoom(job.id, job.file.size);
      void attach(
        { kind: "file", file: job.file },
        {
          signal: controller.signal,
          onProgress: (progress) => dispatch({ type: "progress", id: job.id, progress }),
          onCommitted: () => dispatch({ type: "committed", id: job.id }),
        },
      )
        .then((result) => {
          switch (result.status) {
            case "declined":
              setDeclined(true);
              dispatch({ type: "requeue", id: job.id });
              return;
            case "cancelled":
              session.releaseRoom(job.id);
              dispatch({ type: "cancelled", id: job.id });
              return;
            case "failed":
              dispatch({ type: "failed", id: job.id, error: result.error.message, remedy: result.error.remedy });
              return;
            case "attached": {
              // From now on the meeting's own total counts it, once the list has reloaded.
              session.releaseRoom(job.id);
              setDeclined(false);
              dispatch({ type: "attached", id: job.id, size: result.size, to: result.to });
              const announcement =
                result.to === "window" ? "file.attachedToWindowAnnouncement" : "file.attachedAnnouncement";
              setAnnouncement(intl.formatMessage({ id: announcement }, { name: job.file.name }));
            }
          }
        })
        .finally(() => controllers.current.delete(job.id));
    },
    [attach, intl, session],
  );

  const addFiles = (files: readonly File[]): void => {
    const accepted: FileJob[] = [];
    for (const file of files) {
      const refusal = refusalOf(file, session, intl);
      const job: FileJob = { id: `file-${(nextJobId += 1)}`, file, status: "queued", progress: 0 };
      if (refusal) {
        accepted.push({ ...job, status: "refused", error: refusal.message, tooLargeToAttach: refusal.size });
        continue;
      }
      // Held at once, so the next file of the same batch is checked with this one's bytes counted.
      session.holdRoom(job.id, file.size);
      accepted.push(job);
    }
    dispatch({ type: "add", jobs: accepted });
    accepted.filter((job) => job.status === "queued").forEach(run);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    addFiles(Array.from(event.dataTransfer.files));
  };

  const queued = jobs.filter((job) => job.status === "queued");
  return (
    <section className={styles.root}>
      <div
        className={mergeClasses(styles.dropZone, dragging && styles.dropActive)}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="file-drop-zone"
      >
        <Button appearance="primary" icon={<AttachRegular />} onClick={() => inputRef.current?.click()}>
          <FormattedMessage id="file.pick" />
        </Button>
        <Text>
          <FormattedMessage id="file.dropHint" />
        </Text>
        <input
          ref={inputRef}
          className={styles.hiddenInput}
          type="file"
          multiple
          data-testid="file-input"
          aria-label={intl.formatMessage({ id: "file.pick" })}
          onChange={(event) => {
            addFiles(Array.from(event.currentTarget.files ?? []));
            event.currentTarget.value = "";
          }}
        />
      </div>
      {declined && (
        <Notice intent="info">
          <FormattedMessage id="save.declined" />
        </Notice>
      )}
      {queued.length > 0 && (
        <Button onClick={() => queued.forEach(run)}>
          <FormattedMessage id="file.attach" />
        </Button>
      )}
      <ul className={styles.list}>
        <PartBoundary
          failed={(retry) => (
            <li>
              <PartLoadFailed onRetry={retry} />
            </li>
          )}
        >
          {jobs.map((job) => (
            <FileRow
              key={job.id}
              job={job}
              onCancel={() => controllers.current.get(job.id)?.abort()}
              onRetry={() => run(job)}
              onAttachLinkInstead={onAttachLinkInstead}
              canUploadToOneDrive={session.hasDrive}
              onRemove={() => {
                session.releaseRoom(job.id);
                dispatch({ type: "remove", id: job.id });
              }}
            />
          ))}
        </PartBoundary>
      </ul>
      <div className={hidden.visuallyHidden} aria-live="polite" role="status">
        {announcement}
      </div>
    </section>
  );
}
