/**
 * The app package: manifest.json, the two icons and the localization files, as a zip ready to upload.
 * The zip is deterministic (fixed dates, fixed order), so the same source and base URL give the same bytes.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import type { UnifiedManifest } from "./generateUnified";
import { PACKAGE_ICON_FILES } from "./generateUnified";

export const MANIFEST_FILE = "manifest.json";

/** File name → bytes; the package before it is zipped, or after it is read back. */
export type PackageFiles = ReadonlyMap<string, Uint8Array>;

/** Every entry gets this date (zip dates start in 1980), so rebuilding changes no byte. */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

function json(value: unknown): Uint8Array {
  return strToU8(`${JSON.stringify(value, null, 2)}\n`);
}

/** The package's files, with the icons' bytes read by the caller (from assets/). */
export function packageFiles(
  unified: UnifiedManifest,
  icons: { color: Uint8Array; outline: Uint8Array },
): PackageFiles {
  const files = new Map<string, Uint8Array>([
    [MANIFEST_FILE, json(unified.manifest)],
    [PACKAGE_ICON_FILES.color, icons.color],
    [PACKAGE_ICON_FILES.outline, icons.outline],
  ]);
  for (const [name, content] of unified.localizations) files.set(name, json(content));
  return files;
}

export function zipPackage(files: PackageFiles): Uint8Array {
  const entries: Zippable = {};
  for (const [name, bytes] of files) entries[name] = [bytes, { mtime: FIXED_DATE }];
  return zipSync(entries, { level: 9 });
}

/** Reads a zip back into its files; throws when the bytes are not a zip. */
export function unzipPackage(zip: Uint8Array): PackageFiles {
  return new Map(Object.entries(unzipSync(zip)));
}

export function textOf(bytes: Uint8Array): string {
  return strFromU8(bytes);
}
