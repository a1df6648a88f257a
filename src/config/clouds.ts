/** The national clouds the add-in can run in, with their Graph and sign-in roots. */
export type CloudName = "global" | "usGovL4" | "usGovL5DoD" | "china";

export interface CloudEndpoints {
  graph: string;
  login: string;
}

export const CLOUDS: Readonly<Record<CloudName, CloudEndpoints>> = {
  global: { graph: "https://graph.microsoft.com", login: "https://login.microsoftonline.com" },
  usGovL4: { graph: "https://graph.microsoft.us", login: "https://login.microsoftonline.us" },
  usGovL5DoD: { graph: "https://dod-graph.microsoft.us", login: "https://login.microsoftonline.us" },
  china: { graph: "https://microsoftgraph.chinacloudapi.cn", login: "https://login.partner.microsoftonline.cn" },
};

export function isCloudName(value: string): value is CloudName {
  return Object.prototype.hasOwnProperty.call(CLOUDS, value);
}
