import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest } from "../../scripts/manifest/check";
import type { ManifestCheckOptions } from "../../scripts/manifest/check";
import { readCodeRequirements, type CodePermission } from "../../scripts/manifest/codeRequirements";
import type { Finding } from "../../scripts/manifest/findings";

export const repoRoot = join(__dirname, "..", "..");
export const assetsDir = join(repoRoot, "assets");
export const manifestXml = readFileSync(join(repoRoot, "manifest.xml"), "utf8");

/** Replaces the first occurrence of `from`, failing loudly if the manifest no longer contains it. */
export function edit(xml: string, from: string | RegExp, to: string): string {
  const found = typeof from === "string" ? xml.includes(from) : from.test(xml);
  if (!found) throw new Error(`The manifest no longer contains ${String(from)}; update the test.`);
  return xml.replace(from, to);
}

/** The permission the repository's own code needs, from src/office/hostPermissions.ts. */
export const codePermission: CodePermission = (() => {
  const { permission, permissionNote } = readCodeRequirements(repoRoot);
  if (permission === undefined) throw new Error(permissionNote);
  return permission;
})();

export const testCodeRequirements: ManifestCheckOptions["codeRequirements"] = {
  mailbox: "1.8",
  source: "test",
  permission: codePermission,
};

export function check(xml: string, options: Partial<ManifestCheckOptions> = {}): Finding[] {
  return checkManifest(xml, {
    assetsDir,
    codeRequirements: testCodeRequirements,
    ...options,
  });
}

/** The distinct codes of the errors among the findings, sorted. */
export function errorCodes(findings: Finding[]): string[] {
  return [...new Set(findings.filter((f) => f.severity === "error").map((f) => f.code))].sort();
}
