import type { OfficeLike as SignInOfficeLike } from "../auth/officeLike";
import type { DialogOfficeLike } from "../dialog/dialogSignIn";
import type { AppointmentComposeLike, MailboxLike, OfficeContextLike } from "./officeHost";

/**
 * Outlook's add-in permission levels, least first, as the add-in only manifest spells them. office.js numbers
 * them the same way, 0 to 3, when it checks a call (`checkPermissionsAndThrow` in outlook-web-16.01.js).
 */
export const PERMISSION_LEVELS = ["Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox"] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

/**
 * Every part of the Office API the add-in touches: each member of the typed host surfaces in src/office, sign-in
 * (src/auth) and the dialog page. Adding a member to one of those types without a line below is a type error.
 */
export type HostCall =
  | `item.${keyof AppointmentComposeLike}`
  | `mailbox.${Exclude<keyof MailboxLike, "item">}`
  | `context.${Exclude<keyof OfficeContextLike, "mailbox">}`
  | "context.mailbox"
  | `context.ui.${keyof SignInOfficeLike["context"]["ui"]}`
  | `context.ui.${keyof DialogOfficeLike["context"]["ui"]}`
  | `auth.${keyof NonNullable<SignInOfficeLike["auth"]>}`;

/**
 * The least permission each call needs: its "Minimum permission level" in Microsoft's Office JavaScript API
 * reference (as @types/office-js carries it; calls the reference gives none, such as the dialog and theme
 * properties, are Restricted). Where office.js itself checks (saveAsync 2, the getters and ids 1), it enforces the
 * same. The manifest's <Permissions> must be the highest of these: scripts/manifest reads this table as text and
 * the manifest check fails on a manifest that asks for more or less.
 *
 * Nothing here needs ReadWriteMailbox: it adds makeEwsRequestAsync, item.move, the master category list and REST
 * callback tokens for shared items, and the add-in reaches Graph with its own sign-in, not with Outlook's tokens.
 */
export const HOST_CALL_PERMISSIONS = {
  // Saving a never-saved meeting so that it has an id: the one write.
  "item.saveAsync": "ReadWriteItem",
  "item.getItemIdAsync": "ReadItem",
  "item.getSharedPropertiesAsync": "ReadItem",
  "item.itemType": "ReadItem",
  "item.seriesId": "ReadItem",
  "item.subject": "ReadItem",
  "item.start": "ReadItem",
  "item.end": "ReadItem",
  "item.location": "ReadItem",
  // The property's page says read/write item; Organizer.getAsync's says read item, which is what office.js checks.
  "item.organizer": "ReadWriteItem",
  // Attaching to the open window where it keeps its own copy (office.js checks level 2 for both).
  "item.addFileAttachmentFromBase64Async": "ReadWriteItem",
  "item.addItemAttachmentAsync": "ReadWriteItem",
  "item.recurrence": "ReadItem",
  "mailbox.convertToRestId": "Restricted",
  "mailbox.convertToEwsId": "Restricted",
  // OfficeThemeChanged.
  "mailbox.addHandlerAsync": "ReadItem",
  "mailbox.removeHandlerAsync": "ReadItem",
  // emailAddress, displayName, timeZone, accountType.
  "mailbox.userProfile": "ReadItem",
  "mailbox.diagnostics": "ReadItem",
  "context.mailbox": "Restricted",
  "context.displayLanguage": "Restricted",
  "context.officeTheme": "Restricted",
  "context.requirements": "Restricted",
  "context.platform": "Restricted",
  "context.diagnostics": "Restricted",
  "context.ui.displayDialogAsync": "Restricted",
  "context.ui.messageParent": "Restricted",
  "auth.getAuthContext": "Restricted",
} as const satisfies Record<HostCall, PermissionLevel>;
