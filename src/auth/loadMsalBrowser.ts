import type { MsalModuleLike } from "./msalLike";

/**
 * Loads MSAL on first use, as its own chunk, so the first screen does not pay for it. Taking the one export the
 * pane calls by name lets webpack drop the rest of the module from the chunk (10 KB gzip). The annotation checks
 * at compile time that the real module fits the structural types.
 */
export async function loadMsalBrowser(): Promise<MsalModuleLike> {
  const { createNestablePublicClientApplication } = await import(/* webpackChunkName: "msal" */ "@azure/msal-browser");
  const msal: MsalModuleLike = { createNestablePublicClientApplication };
  return msal;
}
