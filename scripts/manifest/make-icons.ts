/**
 * Renders the add-in icons from their SVG sources into the PNGs the manifest references.
 *
 * The PNGs are committed, so building and testing never need this script or its renderer. To regenerate them after
 * editing assets/icon.svg or assets/icon-small.svg:
 *
 *   apt-get install -y librsvg2-bin      # provides rsvg-convert
 *   npx tsx scripts/manifest/make-icons.ts
 *
 * 16 and 32 px come from icon-small.svg, drawn on a 16 px grid so the small ribbon icons stay sharp; the larger
 * sizes come from icon.svg; the app package's 32 px outline icon from icon-outline.svg.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stdout } from "node:process";
import { imageSize } from "image-size";

interface IconTarget {
  size: number;
  source: string;
  output: string;
}

const ICON_TARGETS: readonly IconTarget[] = [
  { size: 16, source: "icon-small.svg", output: "icon-16.png" },
  { size: 32, source: "icon-small.svg", output: "icon-32.png" },
  { size: 64, source: "icon.svg", output: "icon-64.png" },
  { size: 80, source: "icon.svg", output: "icon-80.png" },
  { size: 128, source: "icon.svg", output: "icon-128.png" },
  // The app package's colour icon, and its outline icon (white on transparent), for the unified manifest.
  { size: 192, source: "icon.svg", output: "icon-color-192.png" },
  { size: 32, source: "icon-outline.svg", output: "icon-outline-32.png" },
];

function renderIcon(assetsDir: string, target: IconTarget): void {
  const output = join(assetsDir, target.output);
  execFileSync("rsvg-convert", [
    "--width",
    String(target.size),
    "--height",
    String(target.size),
    "--background-color",
    "none",
    "--output",
    output,
    join(assetsDir, target.source),
  ]);
  const { width, height } = imageSize(readFileSync(output));
  if (width !== target.size || height !== target.size) {
    throw new Error(`${target.output} came out ${width}×${height}, expected ${target.size}×${target.size}.`);
  }
  stdout.write(`${target.output}: ${width}×${height} from ${target.source}\n`);
}

const assetsDir = join(import.meta.dirname, "..", "..", "assets");
for (const target of ICON_TARGETS) {
  renderIcon(assetsDir, target);
}
