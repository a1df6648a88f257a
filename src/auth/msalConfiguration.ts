import type { BuildConfig } from "../config/buildConfig";
import { CLOUDS } from "../config/clouds";
import { AuthError } from "./AuthError";
import type { MsalConfigurationLike } from "./msalLike";

// `organizations`, `common`, `consumers`, a tenant GUID or a verified domain.
const TENANT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.-]*$/;

/** The sign-in authority for the configured cloud and tenant, e.g. `https://login.microsoftonline.us/contoso.us`. */
export function authorityFor(config: BuildConfig): string {
  const tenant = config.tenant || "organizations";
  if (!TENANT_PATTERN.test(tenant)) {
    throw new AuthError("notConfigured", { detail: "ADDIN_TENANT is not a tenant id, domain or audience" });
  }
  return `${CLOUDS[config.cloud].login}/${tenant}`;
}

/** Whether the configured audience lets personal Microsoft accounts sign in at all. */
export function tenantAcceptsPersonalAccounts(config: BuildConfig): boolean {
  const tenant = config.tenant.toLowerCase();
  return tenant === "common" || tenant === "consumers" || tenant === "9188040d-6c67-4c5b-b112-36a304b66dad";
}

export function msalConfigurationFor(
  config: BuildConfig,
  options: { redirectUri: string; cacheLocation: "memoryStorage" | "sessionStorage" },
): MsalConfigurationLike {
  if (!config.clientId) throw new AuthError("notConfigured", { detail: "ADDIN_CLIENT_ID was empty at build time" });
  return {
    auth: {
      clientId: config.clientId,
      authority: authorityFor(config),
      redirectUri: options.redirectUri,
      // CP1: the add-in handles claims challenges, so Entra may apply continuous access evaluation to its tokens.
      clientCapabilities: ["CP1"],
    },
    cache: { cacheLocation: options.cacheLocation },
  };
}
