import type { AccountHints } from "./accountHints";
import type {
  MsalAccountLike,
  MsalConfigurationLike,
  MsalModuleLike,
  MsalResultLike,
  NestedMsalClientLike,
} from "./msalLike";
import { AuthError } from "./AuthError";

export interface NaaTokenRequest {
  scopes: string[];
  forceRefresh: boolean;
  claims?: string;
  hints: AccountHints;
}

/**
 * Nested app authentication: one MSAL client, created on first use from a lazily loaded MSAL module.
 * Silent first (the cached account, or a login hint from Office), then a pop-up brokered by the host.
 */
export class NaaTokenSource {
  private client: Promise<NestedMsalClientLike | null> | undefined;

  constructor(
    private readonly loadMsal: () => Promise<MsalModuleLike>,
    private readonly configuration: () => MsalConfigurationLike,
  ) {}

  /**
   * The client, created once (null when the host has no bridge); a failed creation is forgotten so the next
   * attempt starts over.
   */
  getClient(): Promise<NestedMsalClientLike | null> {
    if (!this.client) {
      const creating = this.loadMsal().then((msal) => msal.createNestedAppAuthClient(this.configuration()));
      creating.catch(() => {
        if (this.client === creating) this.client = undefined;
      });
      this.client = creating;
    }
    return this.client;
  }

  /** Whether the host brokers sign-in (it offers the nested app authentication bridge). */
  async isHostBrokered(): Promise<boolean> {
    return (await this.getClient()) !== null;
  }

  /** Callers ask isHostBrokered first; without a bridge there is no nested client to ask. */
  private async brokeredClient(): Promise<NestedMsalClientLike> {
    const client = await this.getClient();
    if (!client) throw new AuthError("unknown", { detail: "The host offers no nested app authentication bridge." });
    return client;
  }

  /**
   * With a known account: acquireTokenSilent. Without one: ssoSilent with Office's login hint. In NAA both go to
   * the host, which answers for its own signed-in account (MSAL 4.30 does not pass the hint over the bridge).
   * ssoSilent has no forceRefresh and would answer from MSAL's cache, so a forced refresh uses
   * acquireTokenSilent, which in NAA takes the host's account.
   */
  async silent(request: NaaTokenRequest): Promise<MsalResultLike> {
    const client = await this.brokeredClient();
    const account = findAccount(client, request.hints);
    const claims = request.claims ? { claims: request.claims } : {};
    const result =
      account || request.forceRefresh
        ? await client.acquireTokenSilent({
            scopes: request.scopes,
            ...(account ? { account } : {}),
            forceRefresh: request.forceRefresh,
            ...claims,
          })
        : await client.ssoSilent({ scopes: request.scopes, ...loginHintOf(request.hints), ...claims });
    remember(client, result);
    return result;
  }

  async popup(request: NaaTokenRequest): Promise<MsalResultLike> {
    const client = await this.brokeredClient();
    const claims = request.claims ? { claims: request.claims } : {};
    const result = await client.acquireTokenPopup({ scopes: request.scopes, ...loginHintOf(request.hints), ...claims });
    remember(client, result);
    return result;
  }

  /** NAA cannot sign out of the host; forgetting the active account is all the add-in can do. */
  async forgetAccount(): Promise<void> {
    if (!this.client) return;
    const client = await this.client.catch(() => undefined);
    client?.setActiveAccount(null);
  }
}

function loginHintOf(hints: AccountHints): { loginHint?: string } {
  return hints.loginHint ? { loginHint: hints.loginHint } : {};
}

function remember(client: NestedMsalClientLike, result: MsalResultLike): void {
  if (result.account) client.setActiveAccount(result.account);
}

/** The active account, else the one Office says is signed in, else the only one MSAL knows. */
function findAccount(client: NestedMsalClientLike, hints: AccountHints): MsalAccountLike | undefined {
  const active = client.getActiveAccount();
  if (active) return active;
  const context = hints.authContext;
  if (context?.userObjectId || context?.userPrincipalName) {
    const filter: { username?: string; localAccountId?: string; tenantId?: string } = {};
    if (context.userPrincipalName) filter.username = context.userPrincipalName;
    if (context.userObjectId) filter.localAccountId = context.userObjectId;
    if (context.tenantId) filter.tenantId = context.tenantId;
    const known = client.getAccount(filter);
    if (known) return known;
  }
  const all = client.getAllAccounts();
  if (all.length === 1) return all[0];
  const hint = hints.loginHint?.toLowerCase();
  return hint ? all.find((account) => account.username.toLowerCase() === hint) : undefined;
}
