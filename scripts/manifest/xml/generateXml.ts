/**
 * Writes the XML add-in-only manifest (manifest.xml) from the add-in definition, for one base URL.
 * The committed manifest.xml is this function's output for the development base (`npm run manifest` rewrites it;
 * a test fails when the two differ), and the build writes dist/manifest.xml with it for ADDIN_BASE_URL.
 */
import { otherLocales, siteUrl, type AddinDefinition, type Wording } from "../source/addin";
import { MEETING_SURFACES } from "../source/surfaces";

/** Escapes a value for XML text or a double-quoted attribute. */
export function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** `1.2.3` → `1.2.3.0`: the XML manifest's Version has up to four parts, the unified one exactly three. */
export function xmlVersion(semver: string): string {
  return `${semver}.0`;
}

function indent(lines: string[], depth: number): string[] {
  const pad = " ".repeat(depth);
  return lines.map((line) => (line === "" ? line : `${pad}${line}`));
}

/** An element with DefaultValue in the default language and one Override per other locale. */
function localized(addin: AddinDefinition, open: string, key: keyof Wording, close: string, tag: string): string[] {
  const others = otherLocales(addin).map(
    (locale) => `  <${tag} Locale="${locale}" Value="${escapeXml(addin.wording[locale][key])}"/>`,
  );
  return [`${open} DefaultValue="${escapeXml(addin.wording[addin.defaultLocale][key])}">`, ...others, close];
}

const FUNCTION_FILE_NOTE = [
  "<!-- Required by the schema. The add-in has no function commands, so Outlook never loads it; it points at",
  "     the task pane page so that it never names a page that does not exist. -->",
];

function commandSurface(addin: AddinDefinition, sharedFolders: boolean): string[] {
  const { tabId, groupId, buttonId } = addin.ribbon;
  const sizes = Object.keys(addin.icons.ribbon);
  return [
    '<Host xsi:type="MailHost">',
    "  <DesktopFormFactor>",
    ...(sharedFolders
      ? [
          "    <!-- Lets the organizer use the pane on meetings in calendars shared with them or delegated to them. -->",
          "    <SupportsSharedFolders>true</SupportsSharedFolders>",
        ]
      : []),
    ...indent(FUNCTION_FILE_NOTE, 4),
    '    <FunctionFile resid="Taskpane.Url"/>',
    `    <ExtensionPoint xsi:type="${MEETING_SURFACES[addin.surface].xml}">`,
    `      <OfficeTab id="${escapeXml(tabId)}">`,
    `        <Group id="${escapeXml(groupId)}">`,
    '          <Label resid="Group.Label"/>',
    `          <Control xsi:type="Button" id="${escapeXml(buttonId)}">`,
    '            <Label resid="Button.Label"/>',
    "            <Supertip>",
    '              <Title resid="Button.TipTitle"/>',
    '              <Description resid="Button.TipText"/>',
    "            </Supertip>",
    "            <Icon>",
    ...sizes.map((size) => `              <bt:Image size="${size}" resid="Icon.${size}x${size}"/>`),
    "            </Icon>",
    '            <Action xsi:type="ShowTaskpane">',
    '              <SourceLocation resid="Taskpane.Url"/>',
    "            </Action>",
    "          </Control>",
    "        </Group>",
    "      </OfficeTab>",
    "    </ExtensionPoint>",
    "  </DesktopFormFactor>",
    "</Host>",
  ];
}

function resources(addin: AddinDefinition, base: string): string[] {
  const string = (id: string, key: keyof Wording): string[] =>
    indent(localized(addin, `<bt:String id="${id}"`, key, "</bt:String>", "bt:Override"), 4);
  return [
    "<Resources>",
    "  <bt:Images>",
    ...Object.entries(addin.icons.ribbon).map(
      ([size, path]) => `    <bt:Image id="Icon.${size}x${size}" DefaultValue="${escapeXml(siteUrl(base, path))}"/>`,
    ),
    "  </bt:Images>",
    "  <bt:Urls>",
    `    <bt:Url id="Taskpane.Url" DefaultValue="${escapeXml(siteUrl(base, addin.pages.taskpane))}"/>`,
    "  </bt:Urls>",
    "  <bt:ShortStrings>",
    ...string("Group.Label", "groupLabel"),
    ...string("Button.Label", "buttonLabel"),
    ...string("Button.TipTitle", "supertipTitle"),
    "  </bt:ShortStrings>",
    "  <bt:LongStrings>",
    ...string("Button.TipText", "supertipDescription"),
    "  </bt:LongStrings>",
    "</Resources>",
  ];
}

function requirements(addin: AddinDefinition): string[] {
  return [
    "<Requirements>",
    `  <bt:Sets DefaultMinVersion="${escapeXml(addin.mailboxRequirement)}">`,
    '    <bt:Set Name="Mailbox"/>',
    "  </bt:Sets>",
    "</Requirements>",
  ];
}

function versionOverrides(addin: AddinDefinition, base: string): string[] {
  const v1_0 = [
    '<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">',
    ...indent(requirements(addin), 2),
    "  <Hosts>",
    ...indent(commandSurface(addin, false), 4),
    "  </Hosts>",
    ...indent(resources(addin, base), 2),
  ];
  if (!addin.supportsSharedFolders) return [...v1_0, "</VersionOverrides>"];
  const v1_1 = [
    "<!-- Clients that know VersionOverrides 1.1 read this one instead; it adds shared-calendar support. -->",
    '<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">',
    ...indent(requirements(addin), 2),
    "  <Hosts>",
    ...indent(commandSurface(addin, true), 4),
    "  </Hosts>",
    ...indent(resources(addin, base), 2),
    "</VersionOverrides>",
  ];
  return [...v1_0, ...indent(v1_1, 2), "</VersionOverrides>"];
}

/**
 * The manifest for `base`, an https origin with an optional path and no trailing slash (see normalizeBaseUrl).
 * AppDomains gets the origin alone, since Office compares domains, not paths.
 */
export function generateManifestXml(addin: AddinDefinition, base: string): string {
  const origin = new URL(base).origin;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<!--",
    "  Add-in manifest for Meeting Attachments, generated from scripts/manifest/source/addin.ts and",
    "  scripts/manifest/wording.json by `npm run manifest`: edit those, not this file (a test fails when they differ).",
    "  The app package's manifest.json (unified manifest) comes from the same source. Every URL here is on the",
    `  base URL ${escapeXml(base)} (the build writes dist/manifest.xml for ADDIN_BASE_URL).`,
    "  Check it with `npm run validate`.",
    "-->",
    '<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"',
    '  xmlns:mailappor="http://schemas.microsoft.com/office/mailappversionoverrides/1.0"',
    '  xsi:type="MailApp">',
    `  <Id>${escapeXml(addin.id)}</Id>`,
    `  <Version>${escapeXml(xmlVersion(addin.version))}</Version>`,
    `  <ProviderName>${escapeXml(addin.providerName)}</ProviderName>`,
    `  <DefaultLocale>${addin.defaultLocale}</DefaultLocale>`,
    ...indent(localized(addin, "<DisplayName", "displayName", "</DisplayName>", "Override"), 2),
    ...indent(localized(addin, "<Description", "description", "</Description>", "Override"), 2),
    `  <IconUrl DefaultValue="${escapeXml(siteUrl(base, addin.icons.listing.icon))}"/>`,
    `  <HighResolutionIconUrl DefaultValue="${escapeXml(siteUrl(base, addin.icons.listing.highResolution))}"/>`,
    `  <SupportUrl DefaultValue="${escapeXml(siteUrl(base, addin.pages.support))}"/>`,
    "  <!--",
    "    Only the add-in's own origin. Outlook on the web and new Outlook refuse to open the sign-in fallback dialog on an",
    "    origin that is not listed here (error 12004), even when it is the task pane's own origin on localhost. The dialog",
    "    then moves on to the Microsoft sign-in page by itself, which needs no entry; Graph is reached with fetch, which",
    "    AppDomains does not govern; nested app authentication goes through Outlook and needs nothing here either.",
    "  -->",
    "  <AppDomains>",
    `    <AppDomain>${escapeXml(origin)}</AppDomain>`,
    "  </AppDomains>",
    "  <Hosts>",
    '    <Host Name="Mailbox"/>',
    "  </Hosts>",
    "  <Requirements>",
    "    <Sets>",
    "      <!-- getItemIdAsync and shared-folder properties on the organizer form (src/office/requirements.ts). -->",
    `      <Set Name="Mailbox" MinVersion="${escapeXml(addin.mailboxRequirement)}"/>`,
    "    </Sets>",
    "  </Requirements>",
    "  <FormSettings>",
    '    <Form xsi:type="ItemEdit">',
    "      <DesktopSettings>",
    `        <SourceLocation DefaultValue="${escapeXml(siteUrl(base, addin.pages.taskpane))}"/>`,
    "      </DesktopSettings>",
    "    </Form>",
    "  </FormSettings>",
    "  <!--",
    "    The least that the pane's Outlook calls need (src/office/hostPermissions.ts): read/write item, for saving a",
    "    never-saved meeting before attaching (saveAsync); everything else it reads needs read item. Nothing uses what",
    "    ReadWriteMailbox adds (EWS requests, moving items, the master category list). Access to Graph is granted",
    "    separately, by the organizer's sign-in.",
    "  -->",
    `  <Permissions>${escapeXml(addin.permission)}</Permissions>`,
    '  <Rule xsi:type="RuleCollection" Mode="Or">',
    '    <Rule xsi:type="ItemIs" ItemType="Appointment" FormType="Edit"/>',
    "  </Rule>",
    ...indent(versionOverrides(addin, base), 2),
    "</OfficeApp>",
  ];
  return `${lines.join("\n")}\n`;
}
