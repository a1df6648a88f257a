import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { AttachRegular } from "@fluentui/react-icons";
import { lazy, Suspense, useCallback, useReducer, useRef, useState, type DragEvent, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { fileJobsReducer, filesStillToAttach, type FileJob } from "./fileJobs";
import { Notice } from "./notice/Notice";
import { useVisuallyHiddenStyles } from "./useVisuallyHiddenStyles";
import { useAttachTarget } from "../attachTarget";

/** `to`: the event on the server (the size is Graph's), or the open meeting window (the file's own size). */
export type AttachFileOutcome = { status: "attached"; size: number; to: "server" | "window" } | { status: "declined" };

export interface AttachFileOptions {
  signal: AbortSignal;
  onProgress: (fraction: number) => void;
  /** The file was handed to the meeting window and can no longer be cancelled. */
  onCommitted: () => void;
}

export interface FileAttachPanelProps {
  attachFile: (file: File, options: AttachFileOptions) => Promise<AttachFileOutcome>;
  /** A refusal in the organizer's language when a file cannot be sent at all, else null. */
  precheck: (file: File, pending: readonly File[]) => string | null;
  /** Takes the organizer to the cloud link form, for a file whose failure says a link is the way. */
  onAttachLinkInstead: () => void;
}

// A file's row (with Fluent's progress bar) loads with the first file picked or dropped.
const FileRow = lazy(() =>
  import(/* webpackChunkName: "file-row" */ "./FileRow").then((m) => ({ default: m.FileRow })),
);

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
  const { attachFile, precheck, onAttachLinkInstead } = props;
  const { describeError, isCancellation } = useAttachTarget();
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
      attachFile(job.file, {
        signal: controller.signal,
        onProgress: (progress) => dispatch({ type: "progress", id: job.id, progress }),
        onCommitted: () => dispatch({ type: "committed", id: job.id }),
      })
        .then((outcome) => {
          if (outcome.status === "declined") {
            setDeclined(true);
            dispatch({ type: "requeue", id: job.id });
            return;
          }
          setDeclined(false);
          dispatch({ type: "attached", id: job.id, size: outcome.size, to: outcome.to });
          const announcement =
            outcome.to === "window" ? "file.attachedToWindowAnnouncement" : "file.attachedAnnouncement";
          setAnnouncement(intl.formatMessage({ id: announcement }, { name: job.file.name }));
        })
        .catch((error: unknown) => {
          if (isCancellation(error)) {
            dispatch({ type: "cancelled", id: job.id });
            return;
          }
          const described = describeError(error);
          dispatch({ type: "failed", id: job.id, error: described.message, remedy: described.remedy });
        })
        .finally(() => controllers.current.delete(job.id));
    },
    [attachFile, describeError, intl, isCancellation],
  );

  const addFiles = (files: readonly File[]): void => {
    const accepted: FileJob[] = [];
    for (const file of files) {
      const refusal = precheck(file, filesStillToAttach([...jobs, ...accepted]));
      const job: FileJob = { id: `file-${(nextJobId += 1)}`, file, status: "queued", progress: 0 };
      if (refusal) accepted.push({ ...job, status: "refused", error: refusal });
      else accepted.push(job);
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
        className={dragging ? `${styles.dropZone} ${styles.dropActive}` : styles.dropZone}
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
        <Suspense fallback={null}>
          {jobs.map((job) => (
            <FileRow
              key={job.id}
              job={job}
              onCancel={() => controllers.current.get(job.id)?.abort()}
              onRetry={() => run(job)}
              onAttachLinkInstead={onAttachLinkInstead}
              onRemove={() => dispatch({ type: "remove", id: job.id })}
            />
          ))}
        </Suspense>
      </ul>
      <div className={hidden.visuallyHidden} aria-live="polite" role="status">
        {announcement}
      </div>
    </section>
  );
}
