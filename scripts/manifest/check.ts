/**
 * Offline structural check of an Outlook add-in manifest (OfficeApp, xsi:type MailApp).
 *
 * Microsoft publishes no XSD in any package and its validator is an online service, so this catches, without a
 * network, the defects that make Outlook reject or mis-show an add-in: identity, version, extension points,
 * resource references, duplicate ids, non-https URLs, icon files and their pixel sizes, override locales, string
 * lengths, and the Mailbox requirement set and the permission compared with what the code uses.
 */
import { assetReader, readImageSize as readImageSizeFromHeader } from "./assets";
import type { AssetReader, ImageSizeReader } from "./assets";
import type { CodePermission, CodeRequirements } from "./codeRequirements";
import { MAIL_EXTENSION_POINTS } from "./extensionPoints";
import type { Finding, FindingCode, Severity } from "./findings";
import { checkLocale } from "./locales";
import { checkPermission } from "./permissions";
import { DEV_BASE_URL } from "./render";
import { compareVersions, isManifestVersion, isRequirementVersion } from "./versions";
import { ancestor, attr, child, children, descendants, parseXml } from "./xmlTree";
import type { XmlElement } from "./xmlTree";

export interface ManifestCheckOptions {
  /** Folder served at `{baseUrl}/assets/`; used when `readAsset` is not given. */
  assetsDir?: string;
  /** Reads a file below the assets folder by relative path; `undefined` when it does not exist. */
  readAsset?: AssetReader;
  /** Pixel size of image bytes; defaults to image-size. */
  readImageSize?: ImageSizeReader;
  /** What the code needs (see codeRequirements.ts). */
  codeRequirements: Pick<CodeRequirements, "mailbox" | "source"> & { permission: CodePermission };
  /** Base the manifest's own URLs start with; defaults to the development base. */
  baseUrl?: string;
}

/** Maximum lengths from the manifest schema. */
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
/** Resource ids and the resid attributes that name them may be at most 32 characters. */
const RESOURCE_ID_MAX = 32;
/** Outlook's sizes for the add-in icons outside the ribbon. */
const ICON_URL_SIZE = 64;
const HIGH_RESOLUTION_ICON_SIZE = 128;

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const RESOURCE_KINDS: readonly ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

/** Which resource collection a resid on this element must point into. */
const RESID_KIND: Readonly<Record<string, ResourceKind>> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Runtime: "Urls",
  Script: "Urls",
  Page: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/** Elements whose ids must be unique within one VersionOverrides. */
const ID_ELEMENTS = new Set(["CustomTab", "Group", "Control", "Item"]);

class Findings {
  readonly list: Finding[] = [];
  add(severity: Severity, code: FindingCode, message: string, element?: XmlElement): void {
    this.list.push(
      element === undefined ? { severity, code, message } : { severity, code, message, line: element.line },
    );
  }
  error(code: FindingCode, message: string, element?: XmlElement): void {
    this.add("error", code, message, element);
  }
  warning(code: FindingCode, message: string, element?: XmlElement): void {
    this.add("warning", code, message, element);
  }
}

/** A value and where it came from: an element's DefaultValue or one of its Override Values. */
interface LocalizedValue {
  value: string;
  element: XmlElement;
  label: string;
}

function localizedValues(element: XmlElement, label: string): LocalizedValue[] {
  const values: LocalizedValue[] = [];
  const defaultValue = attr(element, "DefaultValue");
  if (defaultValue !== undefined) values.push({ value: defaultValue, element, label });
  for (const override of children(element, "Override")) {
    const value = attr(override, "Value");
    if (value !== undefined) {
      values.push({ value, element: override, label: `${label} (${attr(override, "Locale") ?? "?"})` });
    }
  }
  return values;
}

function describe(element: XmlElement): string {
  const id = attr(element, "id");
  return id === undefined ? `<${element.name}>` : `<${element.name} id="${id}">`;
}

/** The VersionOverrides an element belongs to (undefined for the manifest's top level). */
function scopeOf(element: XmlElement): XmlElement | undefined {
  return ancestor(element, "VersionOverrides");
}

/** Elements below `scope` that belong to it and not to a nested VersionOverrides. */
function ownDescendants(scope: XmlElement): XmlElement[] {
  return descendants(scope).filter((element) => scopeOf(element) === scope);
}

function checkIdentity(root: XmlElement, findings: Findings): void {
  const id = child(root, "Id");
  if (id === undefined || id.text === "") {
    findings.error("missing-id", "The manifest has no <Id>; every add-in needs its own GUID.", id ?? root);
  } else if (!GUID.test(id.text)) {
    findings.error("malformed-id", `<Id> "${id.text}" is not a GUID such as 8f9d8e06-7eae-4d6b-a5de-b33845b64999.`, id);
  }
  const version = child(root, "Version");
  if (version === undefined || !isManifestVersion(version.text)) {
    findings.error(
      "malformed-version",
      version === undefined
        ? "The manifest has no <Version>."
        : `<Version> "${version.text}" must be two to four numbers separated by dots, such as 1.0.0.0.`,
      version ?? root,
    );
  }
  for (const name of ["ProviderName", "DefaultLocale", "DisplayName", "Description", "Hosts", "Permissions"]) {
    if (child(root, name) === undefined) {
      findings.error("missing-element", `The manifest has no <${name}>.`, root);
    }
  }
}

function reportLocale(tag: string, element: XmlElement, findings: Findings): void {
  const verdict = checkLocale(tag);
  switch (verdict.kind) {
    case "ok":
      return;
    case "malformed":
      findings.error("malformed-locale", `Locale ${verdict.reason}.`, element);
      return;
    case "unknown":
      findings.error("unknown-locale", `Locale ${verdict.reason}.`, element);
      return;
    case "not-an-office-language":
      findings.warning("unlisted-locale", `Locale ${verdict.reason}.`, element);
  }
}

function checkLocales(root: XmlElement, findings: Findings): void {
  const defaultLocale = child(root, "DefaultLocale");
  if (defaultLocale !== undefined) reportLocale(defaultLocale.text, defaultLocale, findings);
  for (const override of descendants(root).filter((element) => element.name === "Override")) {
    const locale = attr(override, "Locale");
    if (locale === undefined) {
      findings.error("malformed-locale", "<Override> has no Locale attribute.", override);
    } else {
      reportLocale(locale, override, findings);
    }
  }
}

function checkLength(values: LocalizedValue[], max: number, kind: string, findings: Findings): void {
  for (const { value, element, label } of values) {
    const length = Array.from(value).length;
    if (length > max) {
      findings.error(
        "string-too-long",
        `${label} is ${length} characters; a ${kind} may have at most ${max}.`,
        element,
      );
    }
  }
}

function checkStringLengths(root: XmlElement, findings: Findings): void {
  const displayName = child(root, "DisplayName");
  if (displayName !== undefined) {
    checkLength(localizedValues(displayName, "<DisplayName>"), SHORT_STRING_MAX, "display name", findings);
  }
  const description = child(root, "Description");
  if (description !== undefined) {
    checkLength(localizedValues(description, "<Description>"), LONG_STRING_MAX, "description", findings);
  }
  for (const resources of descendants(root).filter((element) => element.name === "Resources")) {
    for (const [collection, max, kind] of [
      ["ShortStrings", SHORT_STRING_MAX, "ShortString"],
      ["LongStrings", LONG_STRING_MAX, "LongString"],
    ] as const) {
      for (const string of children(child(resources, collection) ?? resources, "String")) {
        if (string.parent?.name !== collection) continue;
        checkLength(localizedValues(string, describe(string)), max, kind, findings);
      }
    }
  }
}

function checkUrl(value: string, label: string, element: XmlElement, findings: Findings): URL | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    findings.error("malformed-url", `${label} "${value}" is not an absolute URL.`, element);
    return undefined;
  }
  if (url.protocol !== "https:") {
    findings.error("insecure-url", `${label} "${value}" must use https; Office loads nothing else.`, element);
  }
  return url;
}

/** Every URL-valued place in the manifest, with the icon size expected there (if it is an icon). */
interface UrlSite extends LocalizedValue {
  iconSize?: number | undefined;
  isImage: boolean;
}

function expectedImageSize(image: XmlElement, scope: XmlElement | undefined): number | undefined {
  const id = attr(image, "id");
  if (id === undefined || scope === undefined) return undefined;
  // Desktop usages state the pixel size; mobile ones (with a scale) multiply it, so they are left out.
  const usageSizes = ownDescendants(scope)
    .filter(
      (element) => element.name === "Image" && attr(element, "resid") === id && attr(element, "scale") === undefined,
    )
    .map((element) => Number(attr(element, "size")))
    .filter((size) => Number.isInteger(size) && size > 0);
  if (usageSizes.length > 0) return usageSizes[0];
  const fromId = /(\d+)(?:x\1)?$/i.exec(id);
  return fromId === null ? undefined : Number(fromId[1]);
}

function urlSites(root: XmlElement): UrlSite[] {
  const sites: UrlSite[] = [];
  const addAll = (element: XmlElement, label: string, iconSize: number | undefined, isImage: boolean): void => {
    for (const value of localizedValues(element, label)) sites.push({ ...value, iconSize, isImage });
  };
  for (const [name, size] of [
    ["IconUrl", ICON_URL_SIZE],
    ["HighResolutionIconUrl", HIGH_RESOLUTION_ICON_SIZE],
  ] as const) {
    const element = child(root, name);
    if (element !== undefined) addAll(element, `<${name}>`, size, true);
  }
  const supportUrl = child(root, "SupportUrl");
  if (supportUrl !== undefined) addAll(supportUrl, "<SupportUrl>", undefined, false);
  for (const element of descendants(root)) {
    if (element.name === "SourceLocation" && attr(element, "resid") === undefined) {
      addAll(element, "<SourceLocation>", undefined, false);
    }
    if (element.name === "AppDomain") {
      sites.push({ value: element.text, element, label: "<AppDomain>", isImage: false });
    }
    const collection = element.parent?.name;
    if (element.parent?.parent?.name === "Resources" && (collection === "Images" || collection === "Urls")) {
      const isImage = collection === "Images";
      const size = isImage ? expectedImageSize(element, scopeOf(element)) : undefined;
      addAll(element, describe(element), size, isImage);
    }
  }
  return sites;
}

function checkIcon(
  site: UrlSite,
  url: URL,
  base: URL,
  options: Required<Pick<ManifestCheckOptions, "readImageSize">> & { readAsset: AssetReader },
  findings: Findings,
): void {
  const basePath = base.pathname.replace(/\/+$/, "");
  if (url.origin !== base.origin || !url.pathname.startsWith(`${basePath}/`)) return;
  const path = decodeURIComponent(url.pathname.slice(basePath.length + 1));
  if (!path.startsWith("assets/")) {
    findings.warning(
      "unmapped-icon",
      `${site.label} "${site.value}" is not under ${base.href.replace(/\/$/, "")}/assets/, so its file cannot be checked.`,
      site.element,
    );
    return;
  }
  const file = path.slice("assets/".length);
  const bytes = options.readAsset(file);
  if (bytes === undefined) {
    findings.error("missing-icon", `${site.label} points to assets/${file}, which does not exist.`, site.element);
    return;
  }
  const size = options.readImageSize(bytes);
  if (size === undefined) {
    findings.error("unreadable-icon", `assets/${file} (${site.label}) is not an image.`, site.element);
    return;
  }
  const expected = site.iconSize;
  if (expected !== undefined && (size.width !== expected || size.height !== expected)) {
    findings.error(
      "icon-size",
      `assets/${file} is ${size.width}×${size.height} px but ${site.label} needs ${expected}×${expected} px.`,
      site.element,
    );
  }
}

function checkUrls(root: XmlElement, options: ManifestCheckOptions, findings: Findings): void {
  const base = new URL(options.baseUrl ?? DEV_BASE_URL);
  const readAsset = options.readAsset ?? (options.assetsDir !== undefined ? assetReader(options.assetsDir) : undefined);
  const readImageSize = options.readImageSize ?? readImageSizeFromHeader;
  for (const site of urlSites(root)) {
    const url = checkUrl(site.value, site.label, site.element, findings);
    if (url === undefined || !site.isImage || readAsset === undefined) continue;
    checkIcon(site, url, base, { readAsset, readImageSize }, findings);
  }
}

function checkExtensionPoints(root: XmlElement, findings: Findings): void {
  for (const point of descendants(root).filter((element) => element.name === "ExtensionPoint")) {
    const type = attr(point, "type");
    if (type === undefined || !MAIL_EXTENSION_POINTS.includes(type)) {
      findings.error(
        "unknown-extension-point",
        `ExtensionPoint type "${type ?? ""}" is not one Outlook knows; use one of ${MAIL_EXTENSION_POINTS.join(", ")}.`,
        point,
      );
    }
  }
}

function reportDuplicates(elements: XmlElement[], what: string, scopeLabel: string, findings: Findings): void {
  const seen = new Map<string, XmlElement>();
  for (const element of elements) {
    const id = attr(element, "id");
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, element);
    } else {
      findings.error(
        "duplicate-id",
        `${what} id "${id}" is used twice in ${scopeLabel} (first on line ${first.line}).`,
        element,
      );
    }
  }
}

function checkScope(scope: XmlElement, findings: Findings): void {
  const scopeLabel = `VersionOverrides ${attr(scope, "type") ?? ""}`.trim();
  const resources = child(scope, "Resources");
  const byKind = new Map<ResourceKind, Set<string>>();
  const resourceElements: XmlElement[] = [];
  for (const kind of RESOURCE_KINDS) {
    const entries = resources === undefined ? [] : (child(resources, kind)?.children ?? []);
    resourceElements.push(...entries);
    byKind.set(kind, new Set(entries.map((entry) => attr(entry, "id")).filter((id): id is string => id !== undefined)));
    for (const entry of entries) {
      const id = attr(entry, "id") ?? "";
      if (Array.from(id).length > RESOURCE_ID_MAX) {
        findings.error("id-too-long", `Resource id "${id}" is longer than ${RESOURCE_ID_MAX} characters.`, entry);
      }
    }
  }
  reportDuplicates(resourceElements, "Resource", scopeLabel, findings);
  const own = ownDescendants(scope);
  reportDuplicates(
    own.filter((element) => ID_ELEMENTS.has(element.name)),
    "Control, group or tab",
    scopeLabel,
    findings,
  );

  for (const element of own) {
    const resid = attr(element, "resid");
    if (resid === undefined) continue;
    const kinds = RESOURCE_KINDS.filter((kind) => byKind.get(kind)?.has(resid));
    const expected = RESID_KIND[element.name];
    if (kinds.length === 0) {
      findings.error(
        "dangling-resid",
        `${describe(element)} refers to resid "${resid}", which is not defined in the Resources of ${scopeLabel}.`,
        element,
      );
    } else if (expected !== undefined && !kinds.includes(expected)) {
      findings.error(
        "wrong-resource-kind",
        `${describe(element)} refers to "${resid}" in ${kinds.join("/")}, but it needs an entry in ${expected}.`,
        element,
      );
    }
  }
}

function effectiveMailboxVersion(set: XmlElement): string {
  const sets = set.parent;
  return attr(set, "MinVersion") ?? (sets === undefined ? undefined : attr(sets, "DefaultMinVersion")) ?? "1.1";
}

function checkRequirements(root: XmlElement, options: ManifestCheckOptions, findings: Findings): void {
  const needed = options.codeRequirements.mailbox;
  const mailboxSets = (requirements: XmlElement | undefined): XmlElement[] =>
    requirements === undefined
      ? []
      : children(requirements, "Sets").flatMap((sets) =>
          children(sets, "Set").filter((set) => attr(set, "Name")?.toLowerCase() === "mailbox"),
        );
  const topLevel = mailboxSets(child(root, "Requirements"));
  if (topLevel.length === 0) {
    findings.error(
      "missing-requirement",
      `The manifest declares no Mailbox requirement set; the code needs Mailbox ${needed} (${options.codeRequirements.source}).`,
      child(root, "Requirements") ?? root,
    );
  }
  const overrides = descendants(root).filter((element) => element.name === "VersionOverrides");
  for (const set of [...topLevel, ...overrides.flatMap((scope) => mailboxSets(child(scope, "Requirements")))]) {
    const version = effectiveMailboxVersion(set);
    if (!isRequirementVersion(version)) {
      findings.error("malformed-requirement", `Mailbox requirement version "${version}" is not of the form 1.8.`, set);
    } else if (compareVersions(version, needed) < 0) {
      findings.error(
        "requirement-too-low",
        `The manifest asks for Mailbox ${version}, but the code needs Mailbox ${needed} (${options.codeRequirements.source}).`,
        set,
      );
    }
  }
}

/** Checks manifest XML and returns every defect found; an empty list means the manifest passed. */
export function checkManifest(xml: string, options: ManifestCheckOptions): Finding[] {
  const findings = new Findings();
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    findings.list.push({ severity: "error", code: "malformed-xml", message: parsed.message, line: parsed.line });
    return findings.list;
  }
  const root = parsed.root;
  if (root.name !== "OfficeApp" || attr(root, "type") !== "MailApp") {
    findings.error("not-a-mail-app", 'The root element must be <OfficeApp xsi:type="MailApp">.', root);
    return findings.list;
  }
  checkIdentity(root, findings);
  checkLocales(root, findings);
  checkStringLengths(root, findings);
  checkUrls(root, options, findings);
  checkExtensionPoints(root, findings);
  for (const scope of descendants(root).filter((element) => element.name === "VersionOverrides")) {
    checkScope(scope, findings);
  }
  checkRequirements(root, options, findings);
  const { permission } = options.codeRequirements;
  findings.list.push(...checkPermission(root, permission, permission.source));
  return findings.list;
}
