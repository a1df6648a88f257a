/** What the offline manifest checks (XML manifest and app package) report. */

export type Severity = "error" | "warning";

export type FindingCode =
  | "malformed-xml"
  | "not-a-mail-app"
  | "missing-element"
  | "missing-id"
  | "malformed-id"
  | "malformed-version"
  | "unknown-extension-point"
  | "dangling-resid"
  | "wrong-resource-kind"
  | "duplicate-id"
  | "id-too-long"
  | "malformed-url"
  | "insecure-url"
  | "missing-icon"
  | "unmapped-icon"
  | "unreadable-icon"
  | "icon-size"
  | "malformed-locale"
  | "unknown-locale"
  | "unlisted-locale"
  | "string-too-long"
  | "missing-requirement"
  | "malformed-requirement"
  | "requirement-too-low"
  | "unknown-permission"
  | "permission-too-broad"
  | "permission-too-narrow"
  // The app package (unified manifest) and its agreement with the XML manifest.
  | "malformed-json"
  | "schema-violation"
  | "missing-file"
  | "unlisted-file"
  | "icon-not-transparent"
  | "icon-not-white"
  | "missing-language"
  | "missing-localized-key"
  | "unknown-localized-key"
  | "off-base-url"
  | "id-changed"
  | "manifests-disagree";

export interface Finding {
  readonly severity: Severity;
  readonly code: FindingCode;
  readonly message: string;
  /** 1-based line in the manifest, when the finding belongs to one element. */
  readonly line?: number;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === "error");
}

/** One line per finding, e.g. `manifest.xml:12: error [malformed-id] …`. */
export function formatFinding(file: string, finding: Finding): string {
  const where = finding.line !== undefined && finding.line > 0 ? `${file}:${finding.line}` : file;
  return `${where}: ${finding.severity} [${finding.code}] ${finding.message}`;
}
