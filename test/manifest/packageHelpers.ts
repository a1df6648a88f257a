import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zlibSync } from "fflate";
import { assetReader } from "../../scripts/manifest/assets";
import { buildManifests } from "../../scripts/manifest/buildManifests";
import { DEV_BASE_URL } from "../../scripts/manifest/render";
import { ADDIN, otherLocales } from "../../scripts/manifest/source/addin";
import { MANIFEST_FILE, textOf, type PackageFiles } from "../../scripts/manifest/unified/appPackage";
import { checkPackage, type PackageCheckOptions } from "../../scripts/manifest/unified/checkPackage";
import { languageTag } from "../../scripts/manifest/unified/generateUnified";
import type { Finding } from "../../scripts/manifest/findings";
import { assetsDir, codePermission, repoRoot } from "./helpers";

export type JsonDocument = Record<string, unknown>;

/** The package the build writes for the development base. */
export const devPackage = (): PackageFiles => buildManifests(DEV_BASE_URL, repoRoot).files;

export const packageOptions: PackageCheckOptions = {
  baseUrl: DEV_BASE_URL,
  expectedId: ADDIN.id,
  expectedLanguages: otherLocales(ADDIN).map(languageTag),
  readAsset: assetReader(assetsDir),
  codeRequirements: { mailbox: "1.8", source: "test", permission: codePermission },
};

export function checkDev(files: PackageFiles, options: Partial<PackageCheckOptions> = {}): Finding[] {
  return checkPackage(files, { ...packageOptions, ...options });
}

export function readJsonEntry(files: PackageFiles, name: string): JsonDocument {
  const bytes = files.get(name);
  if (bytes === undefined) throw new Error(`The package has no ${name}`);
  return JSON.parse(textOf(bytes)) as JsonDocument;
}

/** A copy of the package with one JSON file changed by `change` (which may mutate its argument). */
export function withJson(files: PackageFiles, name: string, change: (document: JsonDocument) => void): PackageFiles {
  const document = readJsonEntry(files, name);
  change(document);
  return new Map([...files, [name, strToU8(JSON.stringify(document))]]);
}

export function withManifest(files: PackageFiles, change: (manifest: JsonDocument) => void): PackageFiles {
  return withJson(files, MANIFEST_FILE, change);
}

/** `manifest.extensions[0]` as a plain object, for tests that edit it. */
export function extensionOf(manifest: JsonDocument): JsonDocument {
  return (manifest.extensions as JsonDocument[])[0];
}

export function buttonOf(manifest: JsonDocument): JsonDocument {
  const ribbon = (extensionOf(manifest).ribbons as JsonDocument[])[0];
  const tab = (ribbon.tabs as JsonDocument[])[0];
  const group = (tab.groups as JsonDocument[])[0];
  return (group.controls as JsonDocument[])[0];
}

export function asset(name: string): Uint8Array {
  return readFileSync(join(assetsDir, name));
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(strToU8(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * A PNG of `size`×`size` pixels of one colour: RGBA (colour type 6) when `rgba` has four values, RGB (type 2,
 * no transparency) when it has three. Every row uses filter 0.
 */
export function solidPng(size: number, rgba: readonly number[]): Uint8Array {
  const channels = rgba.length;
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  ihdr.set([8, channels === 4 ? 6 : 2, 0, 0, 0], 8);
  const raw = new Uint8Array(size * (size * channels + 1));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) raw.set(rgba, y * (size * channels + 1) + 1 + x * channels);
  }
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlibSync(raw)),
    chunk("IEND", new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    png.set(part, at);
    at += part.length;
  }
  return png;
}

/** The distinct codes of the findings, sorted. */
export function codes(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((finding) => finding.code))].sort();
}
