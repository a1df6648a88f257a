import type { MsalModuleLike } from "./msalLike";

/**
 * Loads MSAL on first use, as its own chunk, so the first screen does not pay for it.
 * The annotation checks at compile time that the real module fits the structural types.
 */
export async function loadMsalBrowser(): Promise<MsalModuleLike> {
  const msal: MsalModuleLike = await import(/* webpackChunkName: "msal" */ "@azure/msal-browser");
  return msal;
}
