import type { MsalModuleLike } from "./msalLike";

/**
 * Loads MSAL's nested app authentication client on first use, as its own chunk, so the first screen does not pay
 * for it (msalNestedAppAuth.ts says why it is not MSAL's `createNestablePublicClientApplication`).
 */
export async function loadMsalBrowser(): Promise<MsalModuleLike> {
  const { createNestedAppAuthClient } = await import(/* webpackChunkName: "msal" */ "./msalNestedAppAuth");
  return { createNestedAppAuthClient };
}
