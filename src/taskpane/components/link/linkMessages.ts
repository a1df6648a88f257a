import type { IntlShape } from "react-intl";
import type { ReferencePermission, ReferenceProvider } from "../../../graph";
import type { MessageId } from "../../../i18n/messages/en";
import { MAX_LINK_LENGTH, type LinkProblem } from "./checkLink";

const PROBLEM_MESSAGES: Record<Exclude<LinkProblem, "tooLong">, MessageId> = {
  empty: "link.error.empty",
  whitespace: "link.error.whitespace",
  invisibleCharacters: "link.error.invisibleCharacters",
  noScheme: "link.error.noScheme",
  http: "link.error.http",
  javascript: "link.error.javascript",
  data: "link.error.data",
  otherScheme: "error.input.urlNotHttps",
  noHost: "link.error.noHost",
  credentials: "link.error.credentials",
  invalid: "error.input.urlInvalid",
};

/** What is wrong with a link, in the organizer's language. */
export function linkProblemMessage(problem: LinkProblem, intl: IntlShape): string {
  if (problem === "tooLong") {
    return intl.formatMessage({ id: "link.error.tooLong" }, { limit: intl.formatNumber(MAX_LINK_LENGTH) });
  }
  return intl.formatMessage({ id: PROBLEM_MESSAGES[problem] });
}

const PROVIDER_MESSAGES: Record<Exclude<ReferenceProvider, "dropbox">, MessageId> = {
  oneDriveBusiness: "link.provider.oneDriveBusiness",
  oneDriveConsumer: "link.provider.oneDriveConsumer",
  other: "link.provider.other",
};

/** A provider's name as the organizer knows it. Dropbox is a brand name, the same in every language. */
export function providerName(provider: ReferenceProvider, intl: IntlShape): string {
  return provider === "dropbox" ? "Dropbox" : intl.formatMessage({ id: PROVIDER_MESSAGES[provider] });
}

export function permissionLabel(permission: ReferencePermission, intl: IntlShape): string {
  return intl.formatMessage({ id: `link.permission.${permission}` });
}
