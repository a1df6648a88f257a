/**
 * Reads what the package check needs from a PNG: its pixel size and colour type from the IHDR header, and, for
 * 8-bit images, the decoded pixels (to tell a transparent white outline from anything else).
 */
import { unzlibSync } from "fflate";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA. */
  readonly colorType: number;
  readonly interlaced: boolean;
  /** A tRNS chunk gives palette or RGB images transparency without an alpha channel. */
  readonly hasTransparencyChunk: boolean;
}

interface Chunk {
  readonly type: string;
  readonly data: Uint8Array;
}

function chunks(bytes: Uint8Array): Chunk[] | undefined {
  if (bytes.length < 33 || SIGNATURE.some((value, i) => bytes[i] !== value)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: Chunk[] = [];
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (offset + 12 + length > bytes.length) return undefined;
    found.push({ type, data: bytes.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
    if (type === "IEND") break;
  }
  return found[0]?.type === "IHDR" ? found : undefined;
}

/** The header, or undefined when the bytes are not a PNG. */
export function readPngHeader(bytes: Uint8Array): PngHeader | undefined {
  const list = chunks(bytes);
  const ihdr = list?.[0];
  if (list === undefined || ihdr === undefined || ihdr.data.length < 13) return undefined;
  const view = new DataView(ihdr.data.buffer, ihdr.data.byteOffset, ihdr.data.byteLength);
  return {
    width: view.getUint32(0),
    height: view.getUint32(4),
    bitDepth: ihdr.data[8] ?? 0,
    colorType: ihdr.data[9] ?? 0,
    interlaced: ihdr.data[12] === 1,
    hasTransparencyChunk: list.some((chunk) => chunk.type === "tRNS"),
  };
}

export function hasTransparency(header: PngHeader): boolean {
  return header.colorType === 4 || header.colorType === 6 || header.hasTransparencyChunk;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * RGBA pixels of a non-interlaced 8-bit RGBA (colour type 6) image, row after row; undefined for any other kind,
 * which the caller reports rather than guesses about.
 */
export function decodeRgba(bytes: Uint8Array): Uint8Array | undefined {
  const header = readPngHeader(bytes);
  const list = chunks(bytes);
  if (header === undefined || list === undefined) return undefined;
  if (header.colorType !== 6 || header.bitDepth !== 8 || header.interlaced) return undefined;
  const idat = list.filter((chunk) => chunk.type === "IDAT").map((chunk) => chunk.data);
  const joined = new Uint8Array(idat.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of idat) {
    joined.set(part, at);
    at += part.length;
  }
  let raw: Uint8Array;
  try {
    raw = unzlibSync(joined);
  } catch {
    return undefined;
  }
  const stride = header.width * 4;
  if (raw.length < header.height * (stride + 1)) return undefined;
  const pixels = new Uint8Array(header.height * stride);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= 4 ? (pixels[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (pixels[(y - 1) * stride + x - 4] ?? 0) : 0;
      const value = line[x] ?? 0;
      const predicted =
        filter === 1
          ? left
          : filter === 2
            ? up
            : filter === 3
              ? (left + up) >> 1
              : filter === 4
                ? paeth(left, up, upLeft)
                : 0;
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  return pixels;
}
