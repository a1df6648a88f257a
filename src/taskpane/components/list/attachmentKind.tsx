import {
  AttachRegular,
  CalendarLtrRegular,
  CloudLinkRegular,
  DocumentRegular,
  type FluentIcon,
} from "@fluentui/react-icons";
import type { AttachmentInfo, AttachmentKind, ReferenceProvider } from "../../../graph";
import type { MessageId } from "../../../i18n/messages/en";

interface KindPresentation {
  Icon: FluentIcon;
  label: MessageId;
}

/** How each kind of attachment is drawn and named; item attachments are the events (or mails) Outlook nests. */
export const KIND_PRESENTATION: Readonly<Record<AttachmentKind, KindPresentation>> = {
  file: { Icon: DocumentRegular, label: "list.kind.file" },
  item: { Icon: CalendarLtrRegular, label: "list.kind.item" },
  reference: { Icon: CloudLinkRegular, label: "list.kind.reference" },
  unknown: { Icon: AttachRegular, label: "list.kind.unknown" },
};

const PROVIDER_LABELS: Readonly<Record<ReferenceProvider, MessageId>> = {
  oneDriveBusiness: "list.provider.oneDriveBusiness",
  oneDriveConsumer: "list.provider.oneDriveConsumer",
  dropbox: "list.provider.dropbox",
  other: "list.provider.other",
};

function isProvider(value: string): value is ReferenceProvider {
  return Object.prototype.hasOwnProperty.call(PROVIDER_LABELS, value);
}

/**
 * What stands where a size would for a cloud link: its storage provider. Graph v1.0 lists carry no `providerType`,
 * so a link whose provider is not reported is simply called a cloud link.
 */
export function storageLabel(attachment: Pick<AttachmentInfo, "providerType">): MessageId {
  const provider = attachment.providerType;
  if (provider === undefined) return "list.kind.reference";
  return isProvider(provider) ? PROVIDER_LABELS[provider] : "list.provider.other";
}
