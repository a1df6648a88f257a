/** Settings of the emulated OneDrive and SharePoint, with the limits Microsoft documents for them. */

export type LinkType = "view" | "edit";
export type LinkScope = "anonymous" | "organization" | "users";

/** Link kinds an administrator has switched off. */
export interface LinkRules {
  disabledScopes?: LinkScope[];
  disabledTypes?: LinkType[];
}

/**
 * Which sharing links the tenant refuses: `tenant` applies everywhere, `sites` adds rules for one site or drive
 * (keyed by a site id `host,siteCollectionId,webId` or a drive id `b!…`), as a site's own sharing setting can only
 * be stricter than the tenant's.
 */
export interface DriveLinkPolicy {
  tenant?: LinkRules;
  sites?: Record<string, LinkRules>;
}

export interface DriveEmulatorOptions {
  /** The tenant's SharePoint host (default "contoso.sharepoint.com"); OneDrive lives on its `-my` twin. */
  sharePointHost?: string;
  /** How long a drive upload session lives after its last fragment (default 7 days; see driveUploadSessions.ts). */
  uploadSessionLifetimeMs?: number;
  /** A fragment must be smaller than this (default 60 MiB, as the createUploadSession page says). */
  maxFragmentBytes?: number;
  /** Every fragment but the last must be a multiple of this (default 320 KiB); null accepts any size. */
  fragmentMultipleBytes?: number | null;
  /** Largest file a drive accepts (default 250 GiB, OneDrive's limit). */
  maxFileBytes?: number;
  /** Storage of each drive (default 1 TiB). */
  quotaBytes?: number;
  /** Sharing links the tenant refuses (default none). */
  linkPolicy?: DriveLinkPolicy;
  /** The scope createLink uses when the request names none: the organization's default (default "organization"). */
  defaultLinkScope?: LinkScope;
  /** Search finds an item only this long after it was last written, as the search index lags (default 0). */
  searchIndexDelayMs?: number;
}

export type ResolvedDriveOptions = Required<Omit<DriveEmulatorOptions, "linkPolicy">> & {
  linkPolicy: DriveLinkPolicy;
};

const KIB = 1024;
const MIB = 1024 * KIB;
const GIB = 1024 * MIB;

export function resolveDriveOptions(options: DriveEmulatorOptions = {}): ResolvedDriveOptions {
  return {
    sharePointHost: options.sharePointHost ?? "contoso.sharepoint.com",
    uploadSessionLifetimeMs: options.uploadSessionLifetimeMs ?? 7 * 24 * 60 * 60 * 1000,
    maxFragmentBytes: options.maxFragmentBytes ?? 60 * MIB,
    fragmentMultipleBytes: options.fragmentMultipleBytes === undefined ? 320 * KIB : options.fragmentMultipleBytes,
    maxFileBytes: options.maxFileBytes ?? 250 * GIB,
    quotaBytes: options.quotaBytes ?? 1024 * GIB,
    linkPolicy: options.linkPolicy ?? {},
    defaultLinkScope: options.defaultLinkScope ?? "organization",
    searchIndexDelayMs: options.searchIndexDelayMs ?? 0,
  };
}

/** The OneDrive host that belongs to a SharePoint host: contoso.sharepoint.com → contoso-my.sharepoint.com. */
export function myHostOf(sharePointHost: string): string {
  const [tenant, ...rest] = sharePointHost.split(".");
  return [`${tenant ?? sharePointHost}-my`, ...rest].join(".");
}
