import type { ReferenceProvider } from "../../../graph";

/** A host and all its subdomains (`apex`), or only its subdomains (`subdomainsOf`). */
type HostRule = { apex: string } | { subdomainsOf: string };

/**
 * Where each provider's sharing links live. SharePoint and OneDrive for work or school share one family of hosts
 * per cloud (`contoso.sharepoint.com`, `contoso-my.sharepoint.com`, US Government `.sharepoint.us` and
 * `.sharepoint-mil.us`, 21Vianet `.sharepoint.cn`); the bare domains are product sites, not tenants.
 */
const PROVIDER_HOSTS: readonly (readonly [Exclude<ReferenceProvider, "other">, readonly HostRule[]])[] = [
  [
    "oneDriveBusiness",
    [
      { subdomainsOf: "sharepoint.com" },
      { subdomainsOf: "sharepoint.us" },
      { subdomainsOf: "sharepoint-mil.us" },
      { subdomainsOf: "sharepoint.cn" },
    ],
  ],
  [
    "oneDriveConsumer",
    [{ apex: "onedrive.live.com" }, { apex: "1drv.ms" }, { apex: "onedrive.com" }, { apex: "d.docs.live.net" }],
  ],
  ["dropbox", [{ apex: "dropbox.com" }, { apex: "db.tt" }]],
];

function matches(host: string, rule: HostRule): boolean {
  if ("apex" in rule) return host === rule.apex || host.endsWith(`.${rule.apex}`);
  return host.endsWith(`.${rule.subdomainsOf}`);
}

/** The host as the URL parser writes it, lower case and without the trailing dot of a fully qualified name. */
function hostOf(link: string | URL): string | null {
  try {
    const url = typeof link === "string" ? new URL(link.trim()) : link;
    return url.hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return null;
  }
}

/**
 * The cloud a link points into, from its host alone: `oneDriveBusiness` for SharePoint and OneDrive for work or
 * school, `oneDriveConsumer` for personal OneDrive, `dropbox`, else `other` (also for text that is not a URL).
 * Only whole labels count, so `sharepoint.com.example.net` and `notdropbox.com` are `other`.
 */
export function detectProvider(link: string | URL): ReferenceProvider {
  const host = hostOf(link);
  if (!host) return "other";
  for (const [provider, rules] of PROVIDER_HOSTS) {
    if (rules.some((rule) => matches(host, rule))) return provider;
  }
  return "other";
}
