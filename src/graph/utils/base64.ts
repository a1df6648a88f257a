/**
 * Base64 of a Blob without a per-byte JavaScript loop, so a 3 MB file does not stall the taskpane:
 * `Uint8Array.prototype.toBase64` where the engine has it, else `FileReader.readAsDataURL` (native, off the main
 * thread's JS), else Node's `Buffer` (tests and tools).
 */
export type Base64Encoder = (blob: Blob) => Promise<string>;

interface Uint8ArrayWithBase64 extends Uint8Array {
  toBase64(): string;
}

type BufferLike = { from(data: ArrayBuffer): { toString(encoding: "base64"): string } };

/** What the encoder can use; injectable so every branch is testable on one runtime. */
export interface Base64Environment {
  hasToBase64: boolean;
  FileReader?: typeof FileReader;
  Buffer?: BufferLike;
}

export function detectBase64Environment(): Base64Environment {
  const scope = globalThis as { FileReader?: typeof FileReader; Buffer?: BufferLike };
  return {
    hasToBase64: typeof (Uint8Array.prototype as Partial<Uint8ArrayWithBase64>).toBase64 === "function",
    FileReader: scope.FileReader,
    Buffer: scope.Buffer,
  };
}

async function encodeWithToBase64(blob: Blob): Promise<string> {
  return (new Uint8Array(await blob.arrayBuffer()) as Uint8ArrayWithBase64).toBase64();
}

function encodeWithFileReader(Reader: typeof FileReader): Base64Encoder {
  return (blob) =>
    new Promise<string>((resolve, reject) => {
      const reader = new Reader();
      reader.onload = () => {
        const url = typeof reader.result === "string" ? reader.result : "";
        // `data:<type>;base64,<payload>`: the type may carry parameters, so cut after the base64 marker.
        const marker = url.indexOf(";base64,");
        if (marker < 0) reject(new Error("FileReader did not return a base64 data URL."));
        else resolve(url.slice(marker + ";base64,".length));
      };
      reader.onerror = () => reject(reader.error ?? new Error("FileReader failed."));
      reader.readAsDataURL(blob);
    });
}

function encodeWithBuffer(buffer: BufferLike): Base64Encoder {
  return async (blob) => buffer.from(await blob.arrayBuffer()).toString("base64");
}

/** Picks the best encoder the environment offers. */
export function selectBase64Encoder(environment: Base64Environment = detectBase64Environment()): Base64Encoder {
  if (environment.hasToBase64) return encodeWithToBase64;
  if (environment.FileReader) return encodeWithFileReader(environment.FileReader);
  if (environment.Buffer) return encodeWithBuffer(environment.Buffer);
  throw new Error("No base64 encoder is available in this environment.");
}

/** Length of the base64 text for `byteLength` bytes, with padding. */
export function base64Length(byteLength: number): number {
  return 4 * Math.ceil(byteLength / 3);
}
