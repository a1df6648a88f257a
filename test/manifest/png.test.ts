import { decodeRgba, hasTransparency, readPngHeader } from "../../scripts/manifest/unified/png";
import { asset, solidPng } from "./packageHelpers";

describe("PNG header and pixels", () => {
  it("reads the pixel size and colour type from the header of the committed icons", () => {
    for (const [file, size] of [
      ["icon-16.png", 16],
      ["icon-80.png", 80],
      ["icon-color-192.png", 192],
      ["icon-outline-32.png", 32],
    ] as const) {
      expect(readPngHeader(asset(file))).toMatchObject({ width: size, height: size, colorType: 6, bitDepth: 8 });
    }
  });

  it("refuses what is not a PNG, and a PNG cut short inside its header", () => {
    expect(readPngHeader(asset("icon.svg"))).toBeUndefined();
    expect(readPngHeader(asset("icon-16.png").subarray(0, 24))).toBeUndefined();
  });

  it("tells transparent images from opaque ones", () => {
    expect(hasTransparency(readPngHeader(solidPng(4, [255, 255, 255, 0]))!)).toBe(true);
    expect(hasTransparency(readPngHeader(solidPng(4, [255, 255, 255]))!)).toBe(false);
  });

  it("decodes RGBA pixels, and only RGBA", () => {
    const pixels = decodeRgba(solidPng(3, [10, 20, 30, 40]));
    expect(pixels).toHaveLength(3 * 3 * 4);
    expect([...pixels!.subarray(0, 8)]).toEqual([10, 20, 30, 40, 10, 20, 30, 40]);
    expect(decodeRgba(solidPng(3, [10, 20, 30]))).toBeUndefined();
  });

  it("decodes the outline icon (written with PNG's row filters) as white on transparent", () => {
    const pixels = decodeRgba(asset("icon-outline-32.png"))!;
    let visible = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3] === 0) continue;
      visible++;
      expect([pixels[i], pixels[i + 1], pixels[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(visible).toBeGreaterThan(100);
    expect(visible).toBeLessThan(32 * 32);
  });
});
