/**
 * Checks an app package (its files, unzipped): manifest.json and every localization file against Microsoft's
 * schemas, then what a schema cannot say: the files it names exist and nothing else is there, the icons' pixel
 * sizes read from their PNG headers (and the outline icon's transparency and colour from its pixels), every
 * language and every localized key present, every URL on the base URL, the id unchanged, and the permission and
 * Mailbox requirement held to what the code needs.
 */
import type { AssetReader } from "../assets";
import type { CodeRequirements, CodePermission } from "../codeRequirements";
import type { Finding, FindingCode } from "../findings";
import { MANIFEST_PERMISSION_LEVELS } from "../permissions";
import { compareVersions } from "../versions";
import { MANIFEST_FILE, textOf, type PackageFiles } from "./appPackage";
import { LOCALIZED_FIELDS, valueAtKey } from "./localizedFields";
import { levelOfUnifiedName, SHARED_FOLDERS_PERMISSION } from "./permissionNames";
import { decodeRgba, hasTransparency, readPngHeader } from "./png";
import { validateAgainstSchema } from "./schemaValidation";

export interface PackageCheckOptions {
  /** The base every URL must start with (no trailing slash). */
  readonly baseUrl: string;
  /** The add-in's id, which must never change between builds. */
  readonly expectedId: string;
  /** Language tags (lower case) the package must carry besides the default. */
  readonly expectedLanguages: readonly string[];
  /** Reads files below assets/, for the ribbon icons the manifest points to on the base URL. */
  readonly readAsset: AssetReader;
  readonly codeRequirements: Pick<CodeRequirements, "mailbox" | "source"> & { permission: CodePermission };
}

/** Pixel sizes the schema's descriptions ask of the two package icons. */
export const PACKAGE_ICON_SIZES = { color: 192, outline: 32 } as const;

class Report {
  readonly list: Finding[] = [];
  error(code: FindingCode, message: string): void {
    this.list.push({ severity: "error", code, message });
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A JSON value as text: strings as they are, anything else as "". */
function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function parseJson(files: PackageFiles, name: string, report: Report): unknown {
  const bytes = files.get(name);
  if (bytes === undefined) {
    report.error("missing-file", `The package has no ${name}.`);
    return undefined;
  }
  try {
    return JSON.parse(textOf(bytes).replace(/^\uFEFF/, "")) as unknown;
  } catch (error) {
    report.error("malformed-json", `${name} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

function checkSchema(kind: "manifest" | "localization", name: string, document: unknown, report: Report): void {
  for (const error of validateAgainstSchema(kind, document)) {
    report.error("schema-violation", `${name}${error.path === "" ? "" : ` at ${error.path}`}: ${error.message}.`);
  }
}

function checkPackageIcon(files: PackageFiles, role: "color" | "outline", name: unknown, report: Report): void {
  if (typeof name !== "string") return; // the schema reports a missing or non-string icon path
  const bytes = files.get(name);
  if (bytes === undefined) {
    report.error("missing-file", `icons.${role} names ${name}, which is not in the package.`);
    return;
  }
  const header = readPngHeader(bytes);
  if (header === undefined) {
    report.error("unreadable-icon", `${name} (icons.${role}) is not a PNG file.`);
    return;
  }
  const size = PACKAGE_ICON_SIZES[role];
  if (header.width !== size || header.height !== size) {
    report.error(
      "icon-size",
      `${name} (icons.${role}) is ${header.width}×${header.height} px; the schema asks for ${size}×${size}.`,
    );
  }
  if (role !== "outline") return;
  if (!hasTransparency(header)) {
    report.error("icon-not-transparent", `${name} (icons.outline) has no transparency; it must be transparent.`);
    return;
  }
  const pixels = decodeRgba(bytes);
  if (pixels === undefined) {
    report.error("icon-not-white", `${name} (icons.outline) must be an 8-bit RGBA PNG so its colours can be checked.`);
    return;
  }
  for (let i = 0; i < pixels.length; i += 4) {
    const visible = (pixels[i + 3] ?? 0) > 0;
    if (visible && (pixels[i] !== 255 || pixels[i + 1] !== 255 || pixels[i + 2] !== 255)) {
      const pixel = i / 4;
      report.error(
        "icon-not-white",
        `${name} (icons.outline) has a pixel that is neither white nor transparent (x ${pixel % header.width}, y ${Math.floor(pixel / header.width)}).`,
      );
      return;
    }
  }
}

/** Every string in a JSON document that looks like an http(s) URL, with its path for messages. */
function urlsIn(value: unknown, path: string, found: Array<{ path: string; url: string }>): void {
  if (typeof value === "string") {
    if (/^https?:\/\//i.test(value)) found.push({ path, url: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => urlsIn(item, `${path}[${index}]`, found));
  } else if (isObject(value)) {
    // $schema names Microsoft's schema, not a page of the add-in.
    for (const [key, item] of Object.entries(value))
      if (key !== "$schema") urlsIn(item, path === "" ? key : `${path}.${key}`, found);
  }
}

function checkUrls(name: string, document: unknown, base: string, report: Report): void {
  const origin = new URL(base).origin;
  const found: Array<{ path: string; url: string }> = [];
  urlsIn(document, "", found);
  for (const { path, url } of found) {
    const onBase = path.startsWith("validDomains") ? url.replace(/\/$/, "") === origin : url.startsWith(`${base}/`);
    if (!onBase) {
      report.error("off-base-url", `${name} ${path} is ${url}, which is not on the base URL ${base}.`);
    }
  }
}

/** Ribbon and alternate icons on the base URL: the asset file behind each must have the declared pixel size. */
function checkHostedIcons(manifest: Json, options: PackageCheckOptions, report: Report): void {
  const icons: Array<{ path: string; url: unknown; size: number }> = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
    if (!isObject(value)) return;
    if (typeof value.size === "number" && "url" in value) {
      // A high-resolution alternate icon is declared at 64 and drawn at twice that.
      const scale = path.endsWith("highResolutionIcon") ? 2 : 1;
      icons.push({ path, url: value.url, size: value.size * scale });
    }
    for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
  };
  walk(manifest.extensions, "extensions");
  const prefix = `${options.baseUrl}/assets/`;
  for (const icon of icons) {
    if (typeof icon.url !== "string" || !icon.url.startsWith(prefix)) continue; // reported as off-base-url
    const file = icon.url.slice(prefix.length);
    const bytes = options.readAsset(file);
    const header = bytes === undefined ? undefined : readPngHeader(bytes);
    if (bytes === undefined) {
      report.error("missing-icon", `${icon.path} points to assets/${file}, which does not exist.`);
    } else if (header === undefined) {
      report.error("unreadable-icon", `assets/${file} (${icon.path}) is not a PNG file.`);
    } else if (header.width !== icon.size || header.height !== icon.size) {
      report.error(
        "icon-size",
        `assets/${file} is ${header.width}×${header.height} px but ${icon.path} needs ${icon.size}×${icon.size} px.`,
      );
    }
  }
}

function checkLocalizations(
  files: PackageFiles,
  manifest: Json,
  options: PackageCheckOptions,
  report: Report,
): string[] {
  const info = isObject(manifest.localizationInfo) ? manifest.localizationInfo : {};
  const listed = Array.isArray(info.additionalLanguages) ? info.additionalLanguages.filter(isObject) : [];
  const tags = listed.map((language) => text(language.languageTag).toLowerCase());
  for (const expected of options.expectedLanguages) {
    if (!tags.includes(expected)) {
      report.error("missing-language", `manifest.json lists no localization file for ${expected}.`);
    }
  }
  const localizedKeys = LOCALIZED_FIELDS.map((field) => field.key).filter(
    (key) => typeof valueAtKey(manifest, key) === "string",
  );
  const fileNames: string[] = [];
  for (const language of listed) {
    if (typeof language.file !== "string") continue;
    fileNames.push(language.file);
    const document = parseJson(files, language.file, report);
    if (document === undefined) continue;
    checkSchema("localization", language.file, document, report);
    checkUrls(language.file, document, options.baseUrl, report);
    if (!isObject(document)) continue;
    for (const key of localizedKeys) {
      if (typeof document[key] !== "string" || document[key].trim() === "") {
        report.error(
          "missing-localized-key",
          `${language.file} has no "${key}"; ${String(language.languageTag)} would show the default text.`,
        );
      }
    }
    for (const key of Object.keys(document)) {
      if (key !== "$schema" && typeof valueAtKey(manifest, key) !== "string") {
        report.error("unknown-localized-key", `${language.file} has "${key}", which names no string in manifest.json.`);
      }
    }
  }
  return fileNames;
}

function checkIdentity(manifest: Json, options: PackageCheckOptions, report: Report): void {
  if (typeof manifest.id === "string" && manifest.id.toLowerCase() !== options.expectedId.toLowerCase()) {
    report.error(
      "id-changed",
      `manifest.json id is ${manifest.id}, but the add-in's id is ${options.expectedId}; a new id is a different app ` +
        "to the admin center and to Outlook, and organizers would lose the installed one.",
    );
  }
}

function checkPermission(manifest: Json, options: PackageCheckOptions, report: Report): void {
  const authorization = isObject(manifest.authorization) ? manifest.authorization : {};
  const permissions = isObject(authorization.permissions) ? authorization.permissions : {};
  const entries = Array.isArray(permissions.resourceSpecific) ? permissions.resourceSpecific.filter(isObject) : [];
  const names = entries.map((entry) => text(entry.name));
  const levels = names.map(levelOfUnifiedName).filter((level) => level !== undefined);
  const unknown = names.filter((name) => levelOfUnifiedName(name) === undefined && name !== SHARED_FOLDERS_PERMISSION);
  for (const name of unknown)
    report.error("unknown-permission", `manifest.json asks for the unknown permission ${name}.`);
  const need = options.codeRequirements.permission;
  const rank = (level: string): number =>
    MANIFEST_PERMISSION_LEVELS.indexOf(level as (typeof MANIFEST_PERMISSION_LEVELS)[number]);
  const declared = levels.reduce((high, level) => (rank(level) > rank(high) ? level : high), "Restricted");
  if (levels.length === 0 || rank(declared) < rank(need.level)) {
    report.error(
      "permission-too-narrow",
      `manifest.json asks for ${levels.length === 0 ? "no mailbox permission" : declared}, but the code needs ` +
        `${need.level} for ${need.neededBy.join(", ")} (${need.source}).`,
    );
  } else if (rank(declared) > rank(need.level)) {
    report.error(
      "permission-too-broad",
      `manifest.json asks for ${declared}, but the code's Outlook calls need no more than ${need.level} (${need.source}).`,
    );
  }
}

function checkRequirement(manifest: Json, options: PackageCheckOptions, report: Report): void {
  const extension =
    Array.isArray(manifest.extensions) && isObject(manifest.extensions[0]) ? manifest.extensions[0] : {};
  const requirements = isObject(extension.requirements) ? extension.requirements : {};
  const capabilities = Array.isArray(requirements.capabilities) ? requirements.capabilities.filter(isObject) : [];
  const mailbox = capabilities.find((capability) => String(capability.name).toLowerCase() === "mailbox");
  const needed = options.codeRequirements.mailbox;
  const version = typeof mailbox?.minVersion === "string" ? mailbox.minVersion : undefined;
  if (version === undefined || compareVersions(version, needed) < 0) {
    report.error(
      "requirement-too-low",
      `manifest.json extensions[0].requirements asks for ${version === undefined ? "no Mailbox version" : `Mailbox ${version}`}, ` +
        `but the code needs Mailbox ${needed} (${options.codeRequirements.source}).`,
    );
  }
}

/** Checks the unzipped package and returns every defect found; an empty list means it passed. */
export function checkPackage(files: PackageFiles, options: PackageCheckOptions): Finding[] {
  const report = new Report();
  const manifest = parseJson(files, MANIFEST_FILE, report);
  if (manifest === undefined) return report.list;
  checkSchema("manifest", MANIFEST_FILE, manifest, report);
  if (!isObject(manifest)) return report.list;
  checkUrls(MANIFEST_FILE, manifest, options.baseUrl, report);
  const icons = isObject(manifest.icons) ? manifest.icons : {};
  checkPackageIcon(files, "color", icons.color, report);
  checkPackageIcon(files, "outline", icons.outline, report);
  checkHostedIcons(manifest, options, report);
  const localizationFiles = checkLocalizations(files, manifest, options, report);
  checkIdentity(manifest, options, report);
  checkPermission(manifest, options, report);
  checkRequirement(manifest, options, report);
  const expected = new Set([MANIFEST_FILE, String(icons.color), String(icons.outline), ...localizationFiles]);
  for (const name of files.keys()) {
    if (!expected.has(name))
      report.error("unlisted-file", `${name} is in the package but manifest.json never names it.`);
  }
  return report.list;
}
