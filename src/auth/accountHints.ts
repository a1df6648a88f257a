import { runWithDeadline } from "./deadline";
import type { OfficeAuthContextLike, OfficeLike } from "./officeLike";

export interface AccountHints {
  loginHint?: string;
  authContext?: OfficeAuthContextLike;
  /** An Outlook.com, Gmail or other personal mailbox, where nested app authentication is not offered. */
  personal: boolean;
}

const PERSONAL_ACCOUNT_TYPES = new Set(["outlookCom", "gmail"]);

/**
 * Asks Office who is signed in (`getAuthContext`, NestedAppAuth 1.1) within `timeoutMs`. The answer is only a
 * hint: when the host cannot give it, the mailbox's address serves instead, as Microsoft documents.
 */
async function readAuthContext(office: OfficeLike, timeoutMs: number): Promise<OfficeAuthContextLike | undefined> {
  const auth = office.auth;
  const getAuthContext = auth?.getAuthContext?.bind(auth);
  if (!getAuthContext) return undefined;
  try {
    return await runWithDeadline(() => getAuthContext(), { timeoutMs, what: "getAuthContext" });
  } catch {
    return undefined;
  }
}

export async function readAccountHints(
  office: OfficeLike,
  options: { naaSupported: boolean; timeoutMs: number },
): Promise<AccountHints> {
  const authContext = options.naaSupported ? await readAuthContext(office, options.timeoutMs) : undefined;
  const profile = office.context.mailbox?.userProfile;
  const accountType = profile?.accountType ?? "";
  const personal = authContext?.authorityType === "msa" || PERSONAL_ACCOUNT_TYPES.has(accountType);
  const loginHint =
    authContext?.loginHint || authContext?.userPrincipalName || (accountType === "gmail" ? "" : profile?.emailAddress);
  const hints: AccountHints = { personal };
  if (loginHint) hints.loginHint = loginHint;
  if (authContext) hints.authContext = authContext;
  return hints;
}
