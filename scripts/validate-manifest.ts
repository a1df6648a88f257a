/**
 * `npm run validate [-- <manifest.xml> [--package <app-package.zip>] [--base-url <url>] [--offline]]`
 *
 * 1. Always: the offline structural check of the XML manifest (scripts/manifest/check.ts) against the icons in
 *    assets/, the Mailbox requirement set the code declares in src/office/requirements.ts and the permission its
 *    Outlook calls need (src/office/hostPermissions.ts).
 * 2. Always: the app package (scripts/manifest/unified/checkPackage.ts): manifest.json and its localization files
 *    against Microsoft's JSON schemas from @microsoft/app-manifest, then icons, localized keys, URLs, id,
 *    permission and requirement; and the package and the XML manifest held to each other (agreement.ts). Without
 *    `--package`, the package is generated in memory from the source, for the base URL.
 * 3. When Microsoft's validation service answers: `office-addin-manifest validate` on the XML manifest. Its
 *    findings fail the command; an unreachable service only skips this step, with the reason printed.
 *
 * Exits 1 when any step reports an error. `--base-url` names the base the manifests' URLs start with, for checking
 * a build for ADDIN_BASE_URL (default https://localhost:3000). `--offline` skips step 3.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { argv, exit, stderr, stdout } from "node:process";
import { parseArgs } from "node:util";
import { checkAgreement } from "./manifest/agreement";
import { assetReader } from "./manifest/assets";
import { buildManifests } from "./manifest/buildManifests";
import { checkManifest } from "./manifest/check";
import { readCodeRequirements } from "./manifest/codeRequirements";
import { formatFinding, hasErrors } from "./manifest/findings";
import { runOnlineCheck } from "./manifest/onlineCheck";
import { DEV_BASE_URL, normalizeBaseUrl } from "./manifest/render";
import { ADDIN, otherLocales } from "./manifest/source/addin";
import { unzipPackage, type PackageFiles } from "./manifest/unified/appPackage";
import { checkPackage } from "./manifest/unified/checkPackage";
import { languageTag } from "./manifest/unified/generateUnified";
import { UNIFIED_MANIFEST_VERSION } from "./manifest/unified/schemaVersion";

const repoRoot = join(import.meta.dirname, "..");

function print(line = ""): void {
  stdout.write(`${line}\n`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv.slice(2),
    allowPositionals: true,
    options: { "base-url": { type: "string" }, package: { type: "string" }, offline: { type: "boolean" } },
  });
  const manifestPath = resolve(positionals[0] ?? join(repoRoot, "manifest.xml"));
  const xml = readFileSync(manifestPath, "utf8");

  const codeRequirements = readCodeRequirements(repoRoot);
  if (codeRequirements.note !== undefined) print(`Note: ${codeRequirements.note}`);
  const { permission } = codeRequirements;
  if (permission === undefined) {
    // Without the table there is nothing to hold <Permissions> to, and a guess would hide the gap.
    print(`Error: ${codeRequirements.permissionNote ?? "the code's permission table could not be read."}`);
    return 1;
  }

  const baseUrl = normalizeBaseUrl(values["base-url"] ?? DEV_BASE_URL);
  const findings = checkManifest(xml, {
    assetsDir: join(repoRoot, "assets"),
    codeRequirements: { ...codeRequirements, permission },
    baseUrl,
  });
  for (const finding of findings) print(formatFinding(manifestPath, finding));
  const errorCount = findings.filter((finding) => finding.severity === "error").length;
  print(`Offline check: ${errorCount} error(s), ${findings.length - errorCount} warning(s).`);
  let failed = hasErrors(findings);

  // The app package: the given zip, or the one the build would write for this base URL.
  const packagePath = values.package === undefined ? undefined : resolve(values.package);
  const packageLabel = packagePath ?? `app package generated for ${baseUrl}`;
  const files: PackageFiles =
    packagePath === undefined ? buildManifests(baseUrl, repoRoot).files : unzipPackage(readFileSync(packagePath));
  const started = performance.now();
  const packageFindings = [
    ...checkPackage(files, {
      baseUrl,
      expectedId: ADDIN.id,
      expectedLanguages: otherLocales(ADDIN).map(languageTag),
      readAsset: assetReader(join(repoRoot, "assets")),
      codeRequirements: { ...codeRequirements, permission },
    }),
    ...checkAgreement(xml, files),
  ];
  const elapsed = Math.round(performance.now() - started);
  for (const finding of packageFindings) print(formatFinding(packageLabel, finding));
  print(
    `App package check (unified manifest ${UNIFIED_MANIFEST_VERSION}, Microsoft's schemas): ` +
      `${packageFindings.length} error(s), ${files.size} file(s), ${elapsed} ms.`,
  );
  failed ||= hasErrors(packageFindings);

  if (values.offline === true) {
    print("Online validation skipped: --offline.");
  } else {
    const verdict = await runOnlineCheck(manifestPath);
    switch (verdict.kind) {
      case "unavailable":
        print(`Online validation skipped: ${verdict.reason}.`);
        break;
      case "valid":
        for (const warning of verdict.warnings) print(`Online validation warning: ${warning}`);
        print("Online validation: Microsoft's service accepts the manifest.");
        break;
      case "invalid":
        for (const error of verdict.errors) print(`Online validation error: ${error}`);
        for (const warning of verdict.warnings) print(`Online validation warning: ${warning}`);
        print("Online validation: Microsoft's service rejects the manifest.");
        failed = true;
    }
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => exit(code),
  (error: unknown) => {
    stderr.write(`validate-manifest: ${error instanceof Error ? error.message : String(error)}\n`);
    exit(1);
  },
);
