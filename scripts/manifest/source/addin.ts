/**
 * The add-in as both manifests describe it: the one place to change its identity, wording, icons, surface, page,
 * requirement set, permission and shared-folder support. manifest.xml (XML add-in-only manifest) and the app
 * package's manifest.json (unified manifest for Microsoft 365) are both generated from this object, so they cannot
 * say different things (test/manifest/oneSource.test.ts changes it and looks for the change in both).
 */
import wordingJson from "../wording.json";
import type { ManifestPermissionLevel } from "../permissions";
import type { MeetingSurface } from "./surfaces";

/** The texts each manifest shows, in one language. */
export interface Wording {
  /** Add-in name (XML DisplayName, unified name.short and name.full); at most 30 characters. */
  readonly displayName: string;
  /** XML Description and unified description.full. */
  readonly description: string;
  /** Unified description.short: at most 80 characters, where the full description does not fit. */
  readonly shortDescription: string;
  readonly groupLabel: string;
  readonly buttonLabel: string;
  readonly supertipTitle: string;
  readonly supertipDescription: string;
}

/** Office culture names, as the XML Override Locale attributes write them. */
export type LocaleTag = "en-US" | "fr-FR" | "es-ES" | "fi-FI" | "ja-JP" | "ru-RU";

/** A file below the build output (and assets/ in the repository), relative to the base URL. */
export type SitePath = string;

export interface AddinDefinition {
  /** GUID shared by both manifests: the same add-in to Outlook and to the admin center, build after build. */
  readonly id: string;
  /** Semantic version x.y.z; the XML manifest writes it with a fourth part, x.y.z.0. */
  readonly version: string;
  /** XML ProviderName and unified developer.name (at most 32 characters). */
  readonly providerName: string;
  readonly defaultLocale: LocaleTag;
  /** The default locale first; every other entry becomes an XML Override and a localization file. */
  readonly wording: Readonly<Record<LocaleTag, Wording>>;
  /** The unified manifest's accentColor: the icon's blue. */
  readonly accentColor: string;
  readonly pages: { readonly taskpane: SitePath; readonly support: SitePath };
  readonly icons: {
    /** Ribbon button icons by pixel size (both manifests). */
    readonly ribbon: Readonly<Record<16 | 32 | 80, SitePath>>;
    /** XML IconUrl (64 px) and HighResolutionIconUrl (128 px); the unified manifest's alternateIcons. */
    readonly listing: { readonly icon: SitePath; readonly highResolution: SitePath };
    /** The app package's colour icon (192×192) and transparent white outline icon (32×32). */
    readonly packageColor: SitePath;
    readonly packageOutline: SitePath;
  };
  readonly surface: MeetingSurface;
  readonly ribbon: { readonly tabId: string; readonly groupId: string; readonly buttonId: string };
  /** Lowest Mailbox requirement set; the manifest check holds it to src/office/requirements.ts. */
  readonly mailboxRequirement: string;
  /** XML Permissions; mapped to its unified name in unified/permissionNames.ts. */
  readonly permission: ManifestPermissionLevel;
  readonly supportsSharedFolders: boolean;
}

export const ADDIN: AddinDefinition = {
  id: "8f9d8e06-7eae-4d6b-a5de-b33845b64999",
  version: "1.0.0",
  providerName: "Meeting Attachments for Outlook",
  defaultLocale: "en-US",
  wording: wordingJson,
  accentColor: "#0F6CBD",
  pages: { taskpane: "taskpane.html", support: "assets/support.html" },
  icons: {
    ribbon: { 16: "assets/icon-16.png", 32: "assets/icon-32.png", 80: "assets/icon-80.png" },
    listing: { icon: "assets/icon-64.png", highResolution: "assets/icon-128.png" },
    packageColor: "assets/icon-color-192.png",
    packageOutline: "assets/icon-outline-32.png",
  },
  surface: "meetingOrganizer",
  ribbon: { tabId: "TabDefault", groupId: "MeetingAttachments.Group", buttonId: "MeetingAttachments.OpenPane" },
  mailboxRequirement: "1.8",
  permission: "ReadWriteItem",
  supportsSharedFolders: true,
};

/** The locales other than the default, in the order the wording lists them. */
export function otherLocales(addin: AddinDefinition): LocaleTag[] {
  return (Object.keys(addin.wording) as LocaleTag[]).filter((tag) => tag !== addin.defaultLocale);
}

/** `base` (no trailing slash) joined with a site path. */
export function siteUrl(base: string, path: SitePath): string {
  return `${base}/${path}`;
}
