import { hostText, type OfficeLike } from "./officeHost";
import { isSetSupported, REQUIRED_MAILBOX_VERSION } from "./requirements";

export interface HostDescription {
  /** `PC`, `OfficeOnline`, `Mac`, `iOS`, `Android`, or null when unknown. */
  platform: string | null;
  /** `Outlook`, `OutlookWebApp`, `newOutlookWindows`, `OutlookIOS`, `OutlookAndroid`, or null. */
  hostName: string | null;
  hostVersion: string | null;
  /** Mailbox 1.8: item ids and shared calendars. Without it the pane says it will ask to save each time. */
  mailbox18: boolean;
}

/** A summary of the host for diagnostics and support requests. */
export function describeHost(host: OfficeLike): HostDescription {
  const context = host.context;
  const diagnostics = context.mailbox?.diagnostics;
  return {
    platform: hostText(context.platform) ?? hostText(context.diagnostics?.platform) ?? null,
    hostName: hostText(diagnostics?.hostName) ?? null,
    hostVersion: hostText(diagnostics?.hostVersion) ?? hostText(context.diagnostics?.version) ?? null,
    mailbox18: isSetSupported(host, "Mailbox", REQUIRED_MAILBOX_VERSION),
  };
}
