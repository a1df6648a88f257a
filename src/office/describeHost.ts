import { hostText, type OfficeLike } from "./officeHost";
import { isSetSupported, NESTED_APP_AUTH_VERSION, REQUIRED_MAILBOX_VERSION } from "./requirements";

export interface HostDescription {
  /** `PC`, `OfficeOnline`, `Mac`, `iOS`, `Android`, or null when unknown. */
  platform: string | null;
  /** `Outlook`, `OutlookWebApp`, `newOutlookWindows`, `OutlookIOS`, `OutlookAndroid`, or null. */
  hostName: string | null;
  hostVersion: string | null;
  /** Mailbox 1.8: item ids and shared calendars. */
  mailbox18: boolean;
  /** NestedAppAuth 1.1: Office single sign-on for Graph. */
  nestedAppAuth11: boolean;
  /** Highest Mailbox requirement set the host claims, e.g. "1.14", or null. */
  highestMailboxSet: string | null;
}

const MAILBOX_MINOR_VERSIONS = 20;

/** A summary of the host for diagnostics and support requests. */
export function describeHost(host: OfficeLike): HostDescription {
  const context = host.context;
  const diagnostics = context.mailbox?.diagnostics;
  let highestMailboxSet: string | null = null;
  for (let minor = 1; minor <= MAILBOX_MINOR_VERSIONS; minor++) {
    if (isSetSupported(host, "Mailbox", `1.${minor}`)) highestMailboxSet = `1.${minor}`;
  }
  return {
    platform: hostText(context.platform) ?? hostText(context.diagnostics?.platform) ?? null,
    hostName: hostText(diagnostics?.hostName) ?? null,
    hostVersion: hostText(diagnostics?.hostVersion) ?? hostText(context.diagnostics?.version) ?? null,
    mailbox18: isSetSupported(host, "Mailbox", REQUIRED_MAILBOX_VERSION),
    nestedAppAuth11: isSetSupported(host, "NestedAppAuth", NESTED_APP_AUTH_VERSION),
    highestMailboxSet,
  };
}
