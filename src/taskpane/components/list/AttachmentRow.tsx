import { Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { AttachmentInfo } from "../../../graph";
import { formatFileSize } from "../../../i18n/formatFileSize";
import { KIND_PRESENTATION, storageLabel } from "./attachmentKind";
import { formatAddedTime } from "./formatAddedTime";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr) auto",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  icon: { marginBlockStart: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  name: { overflowWrap: "anywhere", unicodeBidi: "plaintext" },
  details: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
});

export interface AttachmentRowProps {
  attachment: AttachmentInfo;
  /** For relative times ("5 minutes ago"). */
  now: number;
  /** Absent when the calendar is read-only: no Remove button then. */
  onRemove?: () => void;
}

/** One attachment Graph holds: what kind it is, its name, its size (or where a link points), when it was added. */
export function AttachmentRow({ attachment, now, onRemove }: AttachmentRowProps): ReactNode {
  const styles = useStyles();
  const intl = useIntl();
  const { Icon, label } = KIND_PRESENTATION[attachment.kind];
  const added = formatAddedTime(attachment.lastModifiedDateTime, now, intl);
  const size =
    attachment.kind === "reference"
      ? intl.formatMessage({ id: storageLabel(attachment) })
      : attachment.size === null
        ? intl.formatMessage({ id: "list.sizeUnknown" })
        : formatFileSize(attachment.size, intl.locale);
  return (
    <li className={styles.row} data-testid="attachment-row" data-kind={attachment.kind}>
      <Icon className={styles.icon} fontSize={20} aria-label={intl.formatMessage({ id: label })} />
      <div className={styles.body}>
        <Text className={styles.name} dir="auto" block data-testid="attachment-name">
          {attachment.name}
        </Text>
        <Caption1 className={styles.details}>
          <span data-testid="attachment-size">{size}</span>
          {added ? (
            <time dateTime={added.iso} title={added.full} data-testid="attachment-added">
              {added.text}
            </time>
          ) : (
            <span data-testid="attachment-added">
              <FormattedMessage id="list.addedUnknown" />
            </span>
          )}
        </Caption1>
        {attachment.isInline && (
          <Caption1 className={styles.details}>
            <FormattedMessage id="list.inline" />
          </Caption1>
        )}
      </div>
      {onRemove && (
        <Button
          size="small"
          appearance="subtle"
          icon={<DeleteRegular />}
          aria-label={intl.formatMessage({ id: "list.removeLabel" }, { name: attachment.name })}
          onClick={onRemove}
          data-testid="attachment-remove"
        >
          <FormattedMessage id="list.remove" />
        </Button>
      )}
    </li>
  );
}
