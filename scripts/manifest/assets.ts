/** File access for the icon checks, kept apart so checkManifest itself stays free of I/O. */
import { readFileSync } from "node:fs";
import { join, normalize, sep } from "node:path";
import { imageSize } from "image-size";

/** The `code` of a Node system error. Duck-typed: errors from another realm (test runners) fail `instanceof`. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

export type AssetReader = (relativePath: string) => Uint8Array | undefined;
export type ImageSizeReader = (bytes: Uint8Array) => { width: number; height: number } | undefined;

/** Reads files below `assetsDir`; missing files and paths that climb out of the folder read as `undefined`. */
export function assetReader(assetsDir: string): AssetReader {
  const root = normalize(assetsDir + sep);
  return (relativePath) => {
    const full = normalize(join(root, relativePath));
    if (!full.startsWith(root)) return undefined;
    try {
      return readFileSync(full);
    } catch (error) {
      const code = errorCode(error);
      if (code === "ENOENT" || code === "EISDIR") return undefined;
      throw error;
    }
  };
}

/** Pixel size from the image header (PNG, JPEG, GIF, …); `undefined` when the bytes are not an image. */
export const readImageSize: ImageSizeReader = (bytes) => {
  try {
    const { width, height } = imageSize(bytes);
    return { width, height };
  } catch {
    // image-size throws on anything it cannot recognise; the caller reports that as an unreadable icon.
    return undefined;
  }
};
