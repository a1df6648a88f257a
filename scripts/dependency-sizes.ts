/**
 * Measures what each runtime dependency adds to the browser bundle, as the add-in uses it: a production webpack
 * build of a one-line entry per dependency, minified and gzipped (level 9). React is the baseline the React-based
 * packages are measured on top of. Prints a markdown table for the README's dependency list.
 *
 *   npx tsx scripts/dependency-sizes.ts
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";

interface Probe {
  name: string;
  /** Module body; it must use what it imports so nothing is shaken out. */
  code: string;
  /** Measured on top of this probe (its size is subtracted). */
  base?: string;
}

const REACT = `import { createElement } from "react"; import { createRoot } from "react-dom/client";
createRoot(document.body).render(createElement("div"));`;

const PROBES: Probe[] = [
  { name: "react + react-dom", code: REACT },
  {
    name: "@fluentui/react-components (the components the taskpane uses)",
    base: "react + react-dom",
    code: `${REACT}
import * as F from "@fluentui/react-components";
window.used = [F.FluentProvider, F.Button, F.Field, F.Input, F.Select, F.Checkbox, F.Listbox, F.Option, F.RadioGroup,
  F.Radio, F.Switch, F.Textarea, F.MessageBar, F.MessageBarBody, F.MessageBarActions, F.ProgressBar, F.Spinner, F.Text,
  F.Body1, F.Caption1, F.Subtitle2, F.Title3, F.makeStyles, F.mergeClasses, F.createFocusOutlineStyle, F.tokens,
  F.webLightTheme, F.webDarkTheme, F.teamsHighContrastTheme];`,
  },
  {
    name: "@fluentui/react-icons (five icons)",
    base: "react + react-dom",
    code: `${REACT}
import { AttachRegular, DismissRegular, DocumentRegular, ArrowClockwiseRegular, CheckmarkCircleRegular } from "@fluentui/react-icons";
window.used = [AttachRegular, DismissRegular, DocumentRegular, ArrowClockwiseRegular, CheckmarkCircleRegular];`,
  },
  {
    name: "react-intl",
    base: "react + react-dom",
    code: `${REACT}
import { IntlProvider, FormattedMessage, useIntl } from "react-intl"; window.used = [IntlProvider, FormattedMessage, useIntl];`,
  },
  { name: "ky", code: `import ky from "ky"; window.used = ky;` },
  { name: "p-limit", code: `import pLimit from "p-limit"; window.used = pLimit;` },
  { name: "punycode", code: `import { decode } from "punycode/punycode.es6.js"; window.used = decode;` },
  {
    name: "@azure/msal-browser (loaded on first sign-in only)",
    code: `import { createNestablePublicClientApplication, PublicClientApplication } from "@azure/msal-browser";
window.used = [createNestablePublicClientApplication, PublicClientApplication];`,
  },
];

function build(code: string): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "dep-size-"));
  const entry = path.join(dir, "entry.js");
  writeFileSync(entry, code);
  const compiler = webpack({
    mode: "production",
    entry,
    target: ["web", "es2022"],
    output: { path: path.join(dir, "out"), filename: "[name].js", chunkFilename: "[id].js" },
    resolve: { modules: ["node_modules", path.resolve("node_modules")] },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      if (error || !stats || stats.hasErrors()) {
        reject(error ?? new Error(stats?.toString("errors-only")));
        return;
      }
      const out = path.join(dir, "out");
      const bytes = readdirSync(out)
        .filter((file) => file.endsWith(".js"))
        .reduce((total, file) => total + gzipSync(readFileSync(path.join(out, file)), { level: 9 }).byteLength, 0);
      rmSync(dir, { recursive: true, force: true });
      resolve(bytes);
    });
  });
}

async function main(): Promise<void> {
  const sizes = new Map<string, number>();
  console.log("| Package | Added to the bundle (gzip) |");
  console.log("|---|---|");
  for (const probe of PROBES) {
    const total = await build(probe.code);
    sizes.set(probe.name, total);
    const added = total - (probe.base ? (sizes.get(probe.base) ?? 0) : 0);
    console.log(`| ${probe.name} | ${(added / 1024).toFixed(1)} KB |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
