/**
 * Validates manifest.json and localization files against Microsoft's own JSON schemas, as shipped in
 * @microsoft/app-manifest, offline. The validator is set up as that package's own `validateManifestAgainstSchema`
 * sets it up (ajv for draft-04, all errors, the uri/email/regex formats), so both give the same verdict.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";
import { schemaFolder, UNIFIED_MANIFEST_VERSION } from "./schemaVersion";

export interface SchemaError {
  /** JSON pointer of the offending value, "" for the document itself. */
  readonly path: string;
  readonly message: string;
}

export type SchemaKind = "manifest" | "localization";

const SCHEMA_FILES: Record<SchemaKind, string> = {
  manifest: "MicrosoftTeams.schema.json",
  localization: "MicrosoftTeams.Localization.schema.json",
};

const compiled = new Map<string, ValidateFunction>();

function validator(kind: SchemaKind, version: string): ValidateFunction {
  const cacheKey = `${version}/${kind}`;
  const cached = compiled.get(cacheKey);
  if (cached !== undefined) return cached;
  const schema: unknown = JSON.parse(readFileSync(join(schemaFolder(version), SCHEMA_FILES[kind]), "utf8"));
  // unicodeRegExp off: the localization schema's key patterns (a lone "]", "\b") are valid only without the u flag.
  const ajv = new Ajv({ allErrors: true, strictTypes: false, strict: false, unicodeRegExp: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema as object);
  compiled.set(cacheKey, validate);
  return validate;
}

function describe(error: ErrorObject): string {
  const details = Object.entries(error.params)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(", ");
  return `${error.message ?? error.keyword}${details === "" ? "" : ` (${details})`}`;
}

/** Every schema violation in `document`; an empty list means it is valid. */
export function validateAgainstSchema(
  kind: SchemaKind,
  document: unknown,
  version: string = UNIFIED_MANIFEST_VERSION,
): SchemaError[] {
  const validate = validator(kind, version);
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error) => ({ path: error.instancePath, message: describe(error) }));
}
