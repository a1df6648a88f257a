import { type CloudName, isCloudName } from "./clouds";

/**
 * Build-time configuration, substituted by webpack's DefinePlugin from environment variables
 * (ADDIN_CLIENT_ID, ADDIN_CLOUD, ADDIN_TENANT). See the README's "Connecting to a real tenant".
 */
declare const __ADDIN_CLIENT_ID__: string;
declare const __ADDIN_CLOUD__: string;
declare const __ADDIN_TENANT__: string;

export interface BuildConfig {
  clientId: string;
  cloud: CloudName;
  /** `organizations`, `common`, or a tenant id / domain. */
  tenant: string;
}

export function readBuildConfig(): BuildConfig {
  const cloud = typeof __ADDIN_CLOUD__ === "string" ? __ADDIN_CLOUD__ : "global";
  return {
    clientId: typeof __ADDIN_CLIENT_ID__ === "string" ? __ADDIN_CLIENT_ID__ : "",
    cloud: isCloudName(cloud) ? cloud : "global",
    tenant: typeof __ADDIN_TENANT__ === "string" && __ADDIN_TENANT__ ? __ADDIN_TENANT__ : "organizations",
  };
}
