import type { DriveLinkKind } from "../errors/DriveRequestError";
import type { LinkAttachmentInput, ReferencePermission } from "../payloads/types";
import type { DriveEntry } from "./driveItem";
import type { DriveLink } from "./sharingLink";

/**
 * `referenceAttachment.permission` for a link kind. The enum's plain `view` and `edit` describe links for the
 * recipients only; organization and anyone links have values of their own.
 */
export function referencePermissionFor(kind: DriveLinkKind): ReferencePermission {
  if (kind.scope === "anonymous") return kind.type === "edit" ? "anonymousEdit" : "anonymousView";
  return kind.type === "edit" ? "organizationEdit" : "organizationView";
}

/**
 * What `attachLink` takes for a drive item and the link made for it: the link as `sourceUrl`, the drive's provider,
 * the link's permission, and whether it is a folder. `name` defaults to the item's name.
 */
export function buildDriveLinkAttachment(
  entry: Pick<DriveEntry, "name" | "isFolder" | "provider">,
  link: Pick<DriveLink, "webUrl" | "type" | "scope">,
  options: { name?: string } = {},
): LinkAttachmentInput {
  return {
    name: options.name ?? entry.name,
    sourceUrl: link.webUrl,
    providerType: entry.provider,
    permission: referencePermissionFor(link),
    isFolder: entry.isFolder,
  };
}
