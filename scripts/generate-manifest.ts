/**
 * `npm run manifest`: rewrites the committed manifest.xml from scripts/manifest/source/addin.ts and
 * scripts/manifest/wording.json, for the development base https://localhost:3000 (the one `npm start`,
 * `npm run start:outlook` and sideloading during development use). The build writes its own copy for
 * ADDIN_BASE_URL into dist/, with the app package beside it.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { stdout } from "node:process";
import { DEV_BASE_URL } from "./manifest/render";
import { ADDIN } from "./manifest/source/addin";
import { generateManifestXml } from "./manifest/xml/generateXml";

const target = join(import.meta.dirname, "..", "manifest.xml");
writeFileSync(target, generateManifestXml(ADDIN, DEV_BASE_URL));
stdout.write(`Wrote ${target}\n`);
