import { Button, Caption1, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import {
  ArrowClockwiseRegular,
  CheckmarkCircleRegular,
  DismissRegular,
  DocumentRegular,
  LinkRegular,
} from "@fluentui/react-icons";
import { type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { formatFileSize } from "../../i18n/formatFileSize";
import type { FileJob } from "./fileJobs";
import { PartBoundary } from "./lazyPart/PartBoundary";
import { retryableLazy } from "./lazyPart/retryableLazy";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr) auto",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { overflowWrap: "anywhere", unicodeBidi: "plaintext" },
  details: { gridColumn: "2 / 4", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  done: { color: tokens.colorPaletteGreenForeground1 },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS },
  remedy: { alignSelf: "start" },
});

// Loaded when a row first offers it: most files fit the meeting.
const OneDriveUpload = retryableLazy(
  () => import(/* webpackChunkName: "onedrive-upload" */ "./cloud/OneDriveUpload"),
  "OneDriveUpload",
);

/** A file the meeting cannot take (too large for it, or for this calendar's uploads) can go to OneDrive instead. */
function offersOneDrive(job: FileJob): boolean {
  return (
    (job.status === "refused" && job.tooLargeToAttach === true) ||
    (job.status === "failed" && job.remedy === "attachLink")
  );
}

export interface FileRowProps {
  job: FileJob;
  /** The pane can reach the organizer's OneDrive. */
  canUploadToOneDrive: boolean;
  onCancel: () => void;
  onRetry: () => void;
  onRemove: () => void;
  onAttachLinkInstead: () => void;
}

/** One picked file: its name and size, progress while it goes, then its result or what went wrong. */
export function FileRow(props: FileRowProps): ReactNode {
  const { job, canUploadToOneDrive, onCancel, onRetry, onRemove, onAttachLinkInstead } = props;
  const styles = useStyles();
  const intl = useIntl();
  const size = formatFileSize(job.file.size, intl.locale);
  const label = intl.formatMessage({ id: "file.row" }, { name: job.file.name, size });
  return (
    <li className={styles.row} aria-label={label} data-testid="file-row" data-status={job.status}>
      {job.status === "attached" ? (
        <CheckmarkCircleRegular className={styles.done} aria-hidden fontSize={20} />
      ) : (
        <DocumentRegular aria-hidden fontSize={20} />
      )}
      <div>
        <Text className={styles.name} dir="auto" block>
          {job.file.name}
        </Text>
        <Caption1>{size}</Caption1>
      </div>
      <div className={styles.actions}>
        {job.status === "uploading" && !job.committed && (
          <Button size="small" icon={<DismissRegular />} onClick={onCancel}>
            <FormattedMessage id="file.cancel" />
          </Button>
        )}
        {(job.status === "failed" || job.status === "cancelled") && (
          <Button size="small" icon={<ArrowClockwiseRegular />} onClick={onRetry}>
            <FormattedMessage id="file.retry" />
          </Button>
        )}
        {job.status !== "uploading" && job.status !== "attached" && (
          <Button
            size="small"
            appearance="subtle"
            icon={<DismissRegular />}
            aria-label={intl.formatMessage({ id: "file.remove" }) + ": " + job.file.name}
            onClick={onRemove}
          />
        )}
      </div>
      <div className={styles.details}>
        {job.status === "uploading" && job.committed && (
          <>
            <ProgressBar aria-label={intl.formatMessage({ id: "file.addingToWindow" })} />
            <Caption1>
              <FormattedMessage id="file.addingToWindow" />
            </Caption1>
          </>
        )}
        {job.status === "uploading" && !job.committed && (
          <>
            <ProgressBar
              value={job.progress}
              max={1}
              aria-label={intl.formatMessage({ id: "file.uploading" }, { percent: job.progress })}
            />
            <Caption1>
              <FormattedMessage id="file.uploading" values={{ percent: job.progress }} />
            </Caption1>
          </>
        )}
        {job.status === "queued" && (
          <Caption1>
            <FormattedMessage id="file.queued" />
          </Caption1>
        )}
        {job.status === "attached" && (
          <Caption1 className={styles.done} data-testid="file-result" data-attached-to={job.attachedTo}>
            <FormattedMessage id={job.attachedTo === "window" ? "file.attachedToWindow" : "file.attached"} />
            {job.attachedTo !== "window" &&
              job.attachedSize !== undefined &&
              ` · ${formatFileSize(job.attachedSize, intl.locale)}`}
          </Caption1>
        )}
        {job.status === "cancelled" && (
          <Caption1>
            <FormattedMessage id="file.cancelled" />
          </Caption1>
        )}
        {(job.status === "failed" || job.status === "refused") && (
          <Caption1 className={styles.error} role="alert" data-testid="file-error">
            {job.error}
          </Caption1>
        )}
        {job.status === "failed" && job.remedy === "attachLink" && (
          <Button
            className={styles.remedy}
            size="small"
            icon={<LinkRegular />}
            onClick={onAttachLinkInstead}
            data-testid="file-attach-link-instead"
          >
            <FormattedMessage id="file.attachLinkInstead" />
          </Button>
        )}
        {canUploadToOneDrive && offersOneDrive(job) && (
          <PartBoundary>
            <OneDriveUpload file={job.file} />
          </PartBoundary>
        )}
      </div>
    </li>
  );
}
