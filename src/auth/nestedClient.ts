import { readErrorFields } from "./errorFields";
import type { NestedMsalClientLike } from "./msalLike";

/**
 * Whether `createNestablePublicClientApplication` gave a nested app authentication client (the host's bridge
 * answered) or silently fell back to MSAL's standard client (no bridge, or one that did not initialise).
 * MSAL offers no flag for it. The nested client refuses `getTokenCache()` with `unsupported_method`, as the NAA
 * documentation lists; the standard client returns its cache. The test with the real MSAL holds this to 4.30.0.
 */
export function isNestedAppAuthClient(client: NestedMsalClientLike): boolean {
  try {
    client.getTokenCache();
    return false;
  } catch (error) {
    return readErrorFields(error).errorCode === "unsupported_method";
  }
}
