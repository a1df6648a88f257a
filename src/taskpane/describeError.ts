import type { IntlShape } from "react-intl";
import { isAuthError } from "../auth";
import {
  AttachmentInputError,
  EventRefError,
  isDriveRequestError,
  isGraphRequestError,
  UploadHostUnreachableError,
  type DriveLinkKind,
} from "../graph";
import type { MessageId } from "../i18n/messages/en";
import { isOfficeHostError } from "../office";
import { CannotWriteError } from "./CannotWriteError";

/** What the organizer can do instead, when the pane can take them there. */
export type Remedy = "attachLink";

/** A failure, told in the organizer's language; the field it belongs to when it is about one form field. */
export interface DescribedError {
  message: string;
  field?: string;
  remedy?: Remedy;
  /** A sharing link the organization's policy refused: the form offers the other kinds. */
  refusedLink?: DriveLinkKind;
}

/**
 * Failures whose message tells the organizer to attach a link to the file instead: the file cannot reach the
 * meeting from here (someone else's calendar, a cloud or mailbox limit, an unreachable upload host), a link can.
 */
const LINK_INSTEAD: ReadonlySet<MessageId> = new Set<MessageId>([
  "error.graph.uploadSessionSharedMailbox",
  "error.graph.uploadHostUnreachable",
  "error.graph.mailboxFull",
  "error.input.fileTooLarge",
  "error.input.fileTooLargeForCloud",
]);

function messageIdFor(error: unknown): MessageId | null {
  if (isGraphRequestError(error)) return `error.graph.${error.reason}`;
  if (isDriveRequestError(error)) return `error.drive.${error.reason}`;
  if (error instanceof AttachmentInputError) return `error.input.${error.reason}`;
  if (error instanceof EventRefError) return error.reason === "ewsId" ? "error.graph.ewsId" : "error.graph.invalidId";
  if (isAuthError(error)) return `error.auth.${error.reason}`;
  if (isOfficeHostError(error)) return `error.office.${error.reason}`;
  return null;
}

/** Names the upload host (no path, no query) so the organizer's IT knows what the network must let through. */
function valuesFor(error: unknown): Record<string, string> | undefined {
  return error instanceof UploadHostUnreachableError ? { host: new URL(error.uploadHost).host } : undefined;
}

/**
 * Every error the add-in can meet becomes a specific message. Graph failures carry Graph's request id, which an
 * administrator needs to look the failure up, so it is shown as a reference.
 */
export function describeError(error: unknown, intl: IntlShape): DescribedError {
  if (error instanceof CannotWriteError) {
    return { message: intl.formatMessage({ id: "error.office.readOnlyDelegate" }, { owner: error.owner }) };
  }
  const id = messageIdFor(error);
  if (!id) {
    const detail = error instanceof Error ? error.message : String(error);
    return { message: intl.formatMessage({ id: "error.generic" }, { detail }) };
  }
  const message = intl.formatMessage({ id }, valuesFor(error));
  const reference =
    isGraphRequestError(error) || isDriveRequestError(error) ? (error.requestId ?? error.clientRequestId) : undefined;
  const field = error instanceof AttachmentInputError ? error.field : undefined;
  return {
    message: reference ? intl.formatMessage({ id: "error.withReference" }, { message, reference }) : message,
    ...(field ? { field } : {}),
    ...(LINK_INSTEAD.has(id) ? { remedy: "attachLink" as const } : {}),
    ...(isDriveRequestError(error, "linkKindRefused") && error.refused ? { refusedLink: error.refused } : {}),
  };
}
