/**
 * The unified manifest schema version the app package is written against, and where Microsoft's copy of its
 * schemas lives in @microsoft/app-manifest.
 *
 * 1.30 is the newest released version in @microsoft/app-manifest 1.1.2 (vDevPreview aside). Outlook add-ins need
 * the `extensions` array with ribbon `contexts` such as `meetingDetailsOrganizer`, which every version from 1.17 on
 * has; 1.30 accepts everything this manifest uses. Changing the number here changes `$schema`, `manifestVersion`
 * and the schema the validation loads, together.
 */
import { dirname, join } from "node:path";

export const UNIFIED_MANIFEST_VERSION = "1.30";

const SCHEMA_HOST = "https://developer.microsoft.com/json-schemas/teams";

export const MANIFEST_SCHEMA_URL = `${SCHEMA_HOST}/v${UNIFIED_MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const LOCALIZATION_SCHEMA_URL = `${SCHEMA_HOST}/v${UNIFIED_MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;

/** The folder of @microsoft/app-manifest's schemas for a version, e.g. …/build/json-schemas/teams/v1.30. */
export function schemaFolder(version: string = UNIFIED_MANIFEST_VERSION): string {
  const packageRoot = dirname(require.resolve("@microsoft/app-manifest/package.json"));
  return join(packageRoot, "build", "json-schemas", "teams", `v${version}`);
}
