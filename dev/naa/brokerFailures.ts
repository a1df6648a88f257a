/**
 * The failures the simulated Outlook's broker can play, chosen like the demo's other cases:
 * `authFail=<failure>` (once: the next sign-in meets it, the one after succeeds) and `authFailMode=always`
 * (every sign-in meets it).
 *
 * - `consentRequired`: the organizer has not consented; silent answers need interaction, the pop-up gets consent.
 * - `userCancelled`: as consentRequired, but the organizer closes the pop-up.
 * - `noAccount`: no account signed in to Outlook; the pop-up lets the organizer sign in.
 * - `transientError` / `serverError`: a temporary failure with a code, or the bare failure without code or text
 *   that Outlook on Mac has been seen to give.
 * - `untrustedOrigin`: the host does not trust the add-in's origin for nested app auth.
 * - `noBridge`: the host injects no bridge at all (the frame side is not installed).
 */
export const BROKER_FAILURES = [
  "consentRequired",
  "userCancelled",
  "noAccount",
  "transientError",
  "serverError",
  "untrustedOrigin",
  "noBridge",
] as const;

export type BrokerFailure = (typeof BROKER_FAILURES)[number];

export interface BrokerFailurePlan {
  failure: BrokerFailure;
  /** `once`: the failure is spent by the sign-in that meets it; `always`: it never goes away. */
  mode: "once" | "always";
}

export function isBrokerFailure(value: unknown): value is BrokerFailure {
  return typeof value === "string" && (BROKER_FAILURES as readonly string[]).includes(value);
}

/** Reads `authFail` and `authFailMode` from a page's query; null when no broker failure is asked for. */
export function brokerFailureFromQuery(search: string): BrokerFailurePlan | null {
  const params = new URLSearchParams(search);
  const failure = params.get("authFail");
  if (!isBrokerFailure(failure)) return null;
  return { failure, mode: params.get("authFailMode") === "always" ? "always" : "once" };
}

/** The OneDrive picker's permissions: what `declineConsent=files` has the organizer refuse. */
const FILES_PERMISSIONS = ["Files.ReadWrite", "Files.ReadWrite.All", "Sites.Read.All"];

/** `declineConsent=files`: the organizer closes the consent pop-up for the Files permissions (and only those). */
export function declinedConsentFromQuery(search: string): string[] {
  return new URLSearchParams(search).get("declineConsent") === "files" ? FILES_PERMISSIONS : [];
}
