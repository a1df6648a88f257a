/**
 * Both deployable manifests for one base URL, from the add-in definition: manifest.xml and the app package zip.
 * The build (webpack.config.js) writes them into dist/; `npm run validate` checks them.
 */
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { normalizeBaseUrl } from "./render";
import { ADDIN, type AddinDefinition } from "./source/addin";
import { packageFiles, zipPackage, type PackageFiles } from "./unified/appPackage";
import { generateUnifiedManifest } from "./unified/generateUnified";
import { generateManifestXml } from "./xml/generateXml";

/** The app package's file name in dist/. */
export const APP_PACKAGE_FILE = "app-package.zip";

export interface BuiltManifests {
  readonly baseUrl: string;
  readonly xml: string;
  readonly files: PackageFiles;
  readonly zip: Uint8Array;
}

/** `repoRoot` is where assets/ is; the package icons are read from there. */
export function buildManifests(baseUrl: string, repoRoot: string, addin: AddinDefinition = ADDIN): BuiltManifests {
  const base = normalizeBaseUrl(baseUrl);
  const icon = (path: string): Uint8Array => readFileSync(join(repoRoot, path));
  const files = packageFiles(generateUnifiedManifest(addin, base), {
    color: icon(addin.icons.packageColor),
    outline: icon(addin.icons.packageOutline),
  });
  return { baseUrl: base, xml: generateManifestXml(addin, base), files, zip: zipPackage(files) };
}
