import { createCipheriv, createHash } from "node:crypto";

const PIECE_BYTES = 1024 * 1024;

export interface SoakFile {
  blob: Blob & { name: string };
  /** Hex SHA-256 of the bytes, to compare with what the emulator stored. */
  sha256: string;
}

/**
 * Deterministic pseudo-random bytes: an AES-128-CTR keystream whose key comes from the seed and the attachment's
 * index, so a run can be repeated exactly. The Blob is assembled from 1 MiB pieces and hashed as it is built, so
 * only the Blob itself stays in memory.
 */
export function soakFile(seed: number, index: number, size: number, name: string): SoakFile {
  const key = createHash("sha256").update(`soak:${seed}:${index}`).digest().subarray(0, 16);
  const cipher = createCipheriv("aes-128-ctr", key, Buffer.alloc(16));
  const hash = createHash("sha256");
  const pieces: BlobPart[] = [];
  const zeros = Buffer.alloc(Math.min(PIECE_BYTES, size));
  for (let offset = 0; offset < size; offset += PIECE_BYTES) {
    const length = Math.min(PIECE_BYTES, size - offset);
    const piece = new Uint8Array(cipher.update(zeros.subarray(0, length)));
    hash.update(piece);
    pieces.push(piece);
  }
  const blob = Object.assign(new Blob(pieces), { name });
  return { blob, sha256: hash.digest("hex") };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
