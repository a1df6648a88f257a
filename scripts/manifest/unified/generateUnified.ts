/**
 * Writes the unified manifest for Microsoft 365 (manifest.json) and its localization files from the add-in
 * definition, for one base URL. What each XML element becomes is noted where the mapping is not obvious.
 */
import { otherLocales, siteUrl, type AddinDefinition, type LocaleTag } from "../source/addin";
import { MEETING_SURFACES } from "../source/surfaces";
import { LOCALIZED_FIELDS } from "./localizedFields";
import { SHARED_FOLDERS_PERMISSION, UNIFIED_PERMISSION_NAMES } from "./permissionNames";
import { LOCALIZATION_SCHEMA_URL, MANIFEST_SCHEMA_URL, UNIFIED_MANIFEST_VERSION } from "./schemaVersion";

/** File names of the two package icons, at the root of the zip as the schema's relative paths expect. */
export const PACKAGE_ICON_FILES = { color: "color.png", outline: "outline.png" } as const;

export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

export interface UnifiedManifest {
  readonly manifest: JsonObject;
  /** Localization file name → its content, one per locale other than the default. */
  readonly localizations: ReadonlyMap<string, JsonObject>;
}

/** Language tags are written in lower case, as Microsoft's examples and converter write them. */
export function languageTag(locale: LocaleTag): string {
  return locale.toLowerCase();
}

export function localizationFileName(locale: LocaleTag): string {
  return `${languageTag(locale)}.json`;
}

function localizationFile(addin: AddinDefinition, locale: LocaleTag): JsonObject {
  const file: JsonObject = { $schema: LOCALIZATION_SCHEMA_URL };
  for (const field of LOCALIZED_FIELDS) file[field.key] = addin.wording[locale][field.wording];
  return file;
}

export function generateUnifiedManifest(addin: AddinDefinition, base: string): UnifiedManifest {
  const words = addin.wording[addin.defaultLocale];
  const url = (path: string): string => siteUrl(base, path);
  const support = url(addin.pages.support);
  const mailbox = [{ name: "Mailbox", minVersion: addin.mailboxRequirement }];
  const permissions: JsonObject[] = [{ name: UNIFIED_PERMISSION_NAMES[addin.permission], type: "Delegated" }];
  if (addin.supportsSharedFolders) permissions.push({ name: SHARED_FOLDERS_PERMISSION, type: "Delegated" });
  const locales = otherLocales(addin);

  const manifest: JsonObject = {
    $schema: MANIFEST_SCHEMA_URL,
    manifestVersion: UNIFIED_MANIFEST_VERSION,
    version: addin.version,
    id: addin.id,
    localizationInfo: {
      defaultLanguageTag: languageTag(addin.defaultLocale),
      additionalLanguages: locales.map((locale) => ({
        languageTag: languageTag(locale),
        file: localizationFileName(locale),
      })),
    },
    // The XML manifest has only SupportUrl; the help page covers support, privacy (the add-in stores nothing)
    // and terms alike.
    developer: { name: addin.providerName, websiteUrl: support, privacyUrl: support, termsOfUseUrl: support },
    name: { short: words.displayName, full: words.displayName },
    description: { short: words.shortDescription, full: words.description },
    icons: { color: PACKAGE_ICON_FILES.color, outline: PACKAGE_ICON_FILES.outline },
    accentColor: addin.accentColor,
    // AppDomains: the origin alone, written as Microsoft's converter writes an AppDomain.
    validDomains: [new URL(base).origin],
    authorization: { permissions: { resourceSpecific: permissions } },
    extensions: [
      {
        requirements: { scopes: ["mail"], capabilities: mailbox },
        runtimes: [
          {
            id: "TaskpaneRuntime",
            type: "general",
            code: { page: url(addin.pages.taskpane) },
            lifetime: "short",
            actions: [{ id: "OpenTaskpane", type: "openPage" }],
          },
        ],
        ribbons: [
          {
            // The XML manifest declares only DesktopFormFactor.
            requirements: { formFactors: ["desktop"] },
            contexts: [MEETING_SURFACES[addin.surface].unified],
            tabs: [
              {
                builtInTabId: addin.ribbon.tabId,
                groups: [
                  {
                    id: addin.ribbon.groupId,
                    label: words.groupLabel,
                    controls: [
                      {
                        id: addin.ribbon.buttonId,
                        type: "button",
                        label: words.buttonLabel,
                        icons: Object.entries(addin.icons.ribbon).map(([size, path]) => ({
                          size: Number(size),
                          url: url(path),
                        })),
                        supertip: { title: words.supertipTitle, description: words.supertipDescription },
                        actionId: "OpenTaskpane",
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        // IconUrl and HighResolutionIconUrl, for clients that show the add-in with its XML-era icons. The schema
        // has no size 128: the high-resolution icon is declared at 64 and its file is twice that.
        alternates: [
          {
            alternateIcons: {
              icon: { size: 64, url: url(addin.icons.listing.icon) },
              highResolutionIcon: { size: 64, url: url(addin.icons.listing.highResolution) },
            },
          },
        ],
      },
    ],
  };
  const localizations = new Map(
    locales.map((locale) => [localizationFileName(locale), localizationFile(addin, locale)] as const),
  );
  return { manifest, localizations };
}
