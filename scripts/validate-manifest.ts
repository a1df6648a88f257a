/**
 * `npm run validate [-- <manifest> [--base-url <url>] [--offline]]`
 *
 * 1. Always: the offline structural check (scripts/manifest/check.ts) against the icons in assets/, the Mailbox
 *    requirement set the code declares in src/office/requirements.ts and the permission its Outlook calls need
 *    (src/office/hostPermissions.ts).
 * 2. When Microsoft's validation service answers: `office-addin-manifest validate`. Its findings fail the command;
 *    an unreachable service only skips this step, with the reason printed.
 *
 * Exits 1 when either step reports an error. `--base-url` names the base the manifest's URLs start with, for
 * checking a rendered manifest (default https://localhost:3000). `--offline` skips step 2.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { argv, exit, stderr, stdout } from "node:process";
import { parseArgs } from "node:util";
import { checkManifest } from "./manifest/check";
import { readCodeRequirements } from "./manifest/codeRequirements";
import { formatFinding, hasErrors } from "./manifest/findings";
import { runOnlineCheck } from "./manifest/onlineCheck";
import { DEV_BASE_URL } from "./manifest/render";

const repoRoot = join(import.meta.dirname, "..");

function print(line = ""): void {
  stdout.write(`${line}\n`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv.slice(2),
    allowPositionals: true,
    options: { "base-url": { type: "string" }, offline: { type: "boolean" } },
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

  const findings = checkManifest(xml, {
    assetsDir: join(repoRoot, "assets"),
    codeRequirements: { ...codeRequirements, permission },
    baseUrl: values["base-url"] ?? DEV_BASE_URL,
  });
  for (const finding of findings) print(formatFinding(manifestPath, finding));
  const errorCount = findings.filter((finding) => finding.severity === "error").length;
  print(`Offline check: ${errorCount} error(s), ${findings.length - errorCount} warning(s).`);
  let failed = hasErrors(findings);

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
