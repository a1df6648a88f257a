import type { ReferencePermission, ReferenceProvider } from "../../../graph";

/** Permissions in the order they are offered: attendees, organization, anyone, then "as the link allows". */
export const PERMISSION_CHOICES: readonly ReferencePermission[] = [
  "view",
  "edit",
  "organizationView",
  "organizationEdit",
  "anonymousView",
  "anonymousEdit",
  "other",
];

export const PROVIDER_CHOICES: readonly ReferenceProvider[] = [
  "oneDriveBusiness",
  "oneDriveConsumer",
  "dropbox",
  "other",
];
