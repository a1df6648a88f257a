import { base64Length, detectBase64Environment, selectBase64Encoder } from "../../../src/graph/utils/base64";

const text = "mac and cheese today";
const expected = "bWFjIGFuZCBjaGVlc2UgdG9kYXk=";

/** A FileReader stand-in that answers like the browser's: a data URL whose type may carry parameters. */
function fakeFileReader(prefix: string, fail = false) {
  return class {
    result: string | null = null;
    error: Error | null = null;
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    readAsDataURL(blob: Blob): void {
      void blob.arrayBuffer().then((buffer) => {
        if (fail) {
          this.error = new Error("read failed");
          this.onerror?.();
          return;
        }
        this.result = `${prefix}${Buffer.from(buffer).toString("base64")}`;
        this.onload?.();
      });
    }
  } as unknown as typeof FileReader;
}

describe("base64 encoders", () => {
  it("uses Buffer in Node and matches the seed's contentBytes", async () => {
    const encode = selectBase64Encoder({ hasToBase64: false, Buffer });
    await expect(encode(new Blob([text]))).resolves.toBe(expected);
  });

  it("prefers Uint8Array.prototype.toBase64 when the engine has it", async () => {
    const proto = Uint8Array.prototype as Uint8Array & { toBase64?: () => string };
    const original = proto.toBase64;
    const calls: number[] = [];
    proto.toBase64 = function (this: Uint8Array) {
      calls.push(this.length);
      return Buffer.from(this).toString("base64");
    };
    try {
      expect(detectBase64Environment().hasToBase64).toBe(true);
      const encode = selectBase64Encoder();
      await expect(encode(new Blob([text]))).resolves.toBe(expected);
      expect(calls).toEqual([text.length]);
    } finally {
      if (original) proto.toBase64 = original;
      else delete proto.toBase64;
    }
  });

  it("falls back to FileReader and strips the data URL prefix, type parameters included", async () => {
    const encode = selectBase64Encoder({
      hasToBase64: false,
      FileReader: fakeFileReader("data:text/plain;charset=utf-8;base64,"),
    });
    await expect(encode(new Blob([text]))).resolves.toBe(expected);
  });

  it("reports FileReader failures and odd results", async () => {
    await expect(
      selectBase64Encoder({ hasToBase64: false, FileReader: fakeFileReader("", true) })(new Blob([text])),
    ).rejects.toThrow("read failed");
    await expect(
      selectBase64Encoder({ hasToBase64: false, FileReader: fakeFileReader("data:,") })(new Blob([text])),
    ).rejects.toThrow(/base64 data URL/);
  });

  it("refuses to run without any encoder", () => {
    expect(() => selectBase64Encoder({ hasToBase64: false })).toThrow(/No base64 encoder/);
  });

  it("agrees with Buffer on sizes around the padding boundaries", async () => {
    const encode = selectBase64Encoder({ hasToBase64: false, Buffer });
    for (const size of [1, 2, 3, 4, 5, 6, 3 * 1024 + 1]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 37) % 256);
      const encoded = await encode(new Blob([bytes]));
      expect(encoded).toBe(Buffer.from(bytes).toString("base64"));
      expect(encoded.length).toBe(base64Length(size));
    }
  });
});
