import { Button, Caption1, Field, makeStyles, ProgressBar, Select, Spinner, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular, CloudArrowUpRegular, LinkAddRegular, PauseRegular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { enCloud } from "../../../i18n/messages/enCloud";
import { FormMessages } from "../FormMessages";
import { availableOn, defaultChoice, LINK_KIND_CHOICES, type LinkKindChoice } from "./linkKinds";
import { useOneDriveUpload } from "./useOneDriveUpload";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "start" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  progress: { width: "100%" },
  error: { color: tokens.colorPaletteRedForeground1 },
  done: { color: tokens.colorPaletteGreenForeground1 },
});

/** Uploads to the organizer's work OneDrive: a business drive, where organization links exist. */
const DRIVE_TYPE = "business";

/** In the row of a file too large to attach: put it in OneDrive and attach a link, with progress, stop and resume. */
export function OneDriveUpload({ file }: { file: File }): ReactNode {
  return (
    <FormMessages english={enCloud}>
      <OneDriveUploadBody file={file} />
    </FormMessages>
  );
}

function OneDriveUploadBody({ file }: { file: File }): ReactNode {
  const styles = useStyles();
  const intl = useIntl();
  const upload = useOneDriveUpload(file);
  const { state, refused } = upload;
  const [kind, setKind] = useState<LinkKindChoice | null>(() => defaultChoice(DRIVE_TYPE, new Set()));
  // After a refusal nothing else is picked for the organizer: each other kind lets more people in, or do more.
  const chosen = kind && !refused.has(kind) ? kind : null;
  const anyLeft = defaultChoice(DRIVE_TYPE, refused) !== null;

  const kindField = (
    <Field label={intl.formatMessage({ id: "upload.kind" })} size="small">
      <Select
        size="small"
        value={chosen ?? ""}
        disabled={state.phase === "uploading" || state.phase === "linking"}
        onChange={(_event, data) => setKind(data.value as LinkKindChoice)}
        data-testid="upload-kind"
      >
        {chosen === null && (
          <option value="" disabled>
            {intl.formatMessage({ id: "upload.kindChoose" })}
          </option>
        )}
        {LINK_KIND_CHOICES.filter((choice) => availableOn(choice, DRIVE_TYPE)).map((choice) => (
          <option key={choice} value={choice} disabled={refused.has(choice)}>
            {intl.formatMessage({ id: `cloud.kind.${choice}` })}
            {refused.has(choice) ? ` (${intl.formatMessage({ id: "cloud.kind.refused" })})` : ""}
          </option>
        ))}
      </Select>
    </Field>
  );

  switch (state.phase) {
    case "offered":
      return (
        <div className={styles.root}>
          {kindField}
          <Button
            size="small"
            icon={<CloudArrowUpRegular />}
            disabled={!chosen}
            onClick={() => chosen && upload.start(chosen)}
            data-testid="upload-offer"
          >
            <FormattedMessage id="upload.offer" />
          </Button>
          <Caption1>
            <FormattedMessage id="upload.offerHint" />
          </Caption1>
        </div>
      );
    case "uploading": {
      const label = intl.formatMessage({ id: "upload.uploading" }, { percent: state.fraction });
      return (
        <div className={styles.root}>
          <ProgressBar className={styles.progress} value={state.fraction} max={1} aria-label={label} />
          <div className={styles.row}>
            <Caption1 data-testid="upload-progress">{label}</Caption1>
            <Button size="small" icon={<PauseRegular />} onClick={upload.stop} data-testid="upload-stop">
              <FormattedMessage id="upload.cancel" />
            </Button>
          </div>
        </div>
      );
    }
    case "stopped":
      return (
        <div className={styles.root}>
          <ProgressBar className={styles.progress} value={state.fraction} max={1} aria-hidden />
          <Caption1
            className={state.error ? styles.error : undefined}
            role={state.error ? "alert" : "status"}
            data-testid="upload-stopped"
          >
            {state.error ? (
              <FormattedMessage id="upload.failed" values={{ message: state.error }} />
            ) : (
              <FormattedMessage id="upload.paused" values={{ percent: state.fraction }} />
            )}
          </Caption1>
          <Button
            size="small"
            icon={<ArrowClockwiseRegular />}
            disabled={!chosen}
            onClick={() => chosen && upload.resume(chosen)}
            data-testid="upload-resume"
          >
            <FormattedMessage id="upload.resume" />
          </Button>
        </div>
      );
    case "uploaded":
      return (
        <div className={styles.root}>
          {state.error && (
            <Caption1 className={styles.error} role="alert" data-testid="upload-link-error">
              {state.error}
            </Caption1>
          )}
          {anyLeft ? kindField : null}
          {anyLeft ? (
            <Button
              size="small"
              icon={<LinkAddRegular />}
              disabled={!chosen}
              onClick={() => chosen && upload.attachLink(chosen)}
              data-testid="upload-attach-link"
            >
              <FormattedMessage id="upload.attachLink" />
            </Button>
          ) : (
            <Caption1 className={styles.error}>
              <FormattedMessage id="cloud.noKindLeft" />
            </Caption1>
          )}
        </div>
      );
    case "linking":
      return <Spinner size="tiny" label={intl.formatMessage({ id: "upload.linking" })} data-testid="upload-linking" />;
    case "attached":
      return (
        <Caption1 className={styles.done} role="status" data-testid="upload-attached">
          <FormattedMessage id="upload.attached" />
        </Caption1>
      );
  }
}
