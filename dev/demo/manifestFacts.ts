import { HOST_PERMISSION_LEVEL, type ManifestPermission } from "../outlook-web/appContext";

/**
 * The add-in's id and `<Permissions>` as both manifests declare them (scripts/manifest/source/addin.ts), written in
 * by the demo build, so the simulated Outlook grants exactly what the manifest asks for (and office.js refuses
 * calls that need more).
 */
declare const __MANIFEST_ID__: string;
declare const __MANIFEST_PERMISSION__: string;

function isManifestPermission(value: string): value is ManifestPermission {
  return Object.prototype.hasOwnProperty.call(HOST_PERMISSION_LEVEL, value);
}

export function manifestFacts(): { id: string; permission: ManifestPermission } {
  const permission = typeof __MANIFEST_PERMISSION__ === "string" ? __MANIFEST_PERMISSION__ : "";
  if (!isManifestPermission(permission)) throw new Error(`manifest.xml asks for an unknown permission: ${permission}`);
  return { id: typeof __MANIFEST_ID__ === "string" ? __MANIFEST_ID__ : "", permission };
}
