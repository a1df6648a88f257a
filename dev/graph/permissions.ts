import type { Caller } from "./auth";
import { errors } from "./errors";
import { fail } from "./responses";
import type { Access } from "./store";

export type Operation = "read" | "write" | "uploadSession";

const READ_OWN = ["calendars.read", "calendars.readwrite", "calendars.read.shared", "calendars.readwrite.shared"];
const WRITE_OWN = ["calendars.readwrite", "calendars.readwrite.shared"];
const READ_OTHER = ["calendars.read.shared", "calendars.readwrite.shared"];
const WRITE_OTHER = ["calendars.readwrite.shared"];

function hasAny(scopes: ReadonlySet<string>, wanted: readonly string[]): boolean {
  return wanted.some((scope) => scopes.has(scope));
}

/**
 * Graph's delegated-permission rules for calendars: `Calendars.ReadWrite` to change your own events,
 * `Calendars.ReadWrite.Shared` plus the owner's write grant to change someone else's. Upload sessions on another
 * user's mailbox fail with 403 even then (a known Graph issue).
 */
export function authorize(
  caller: Caller,
  ownerUpn: string,
  operation: Operation,
  grantedAccess: Access | "none",
): void {
  const own = caller.upn.toLowerCase() === ownerUpn.toLowerCase();
  const writes = operation !== "read";
  if (own) {
    if (!hasAny(caller.scopes, writes ? WRITE_OWN : READ_OWN)) fail(errors.accessDenied());
    return;
  }
  if (operation === "uploadSession") fail(errors.accessDenied());
  if (!hasAny(caller.scopes, writes ? WRITE_OTHER : READ_OTHER)) fail(errors.accessDenied());
  if (grantedAccess === "none" || (writes && grantedAccess !== "write")) fail(errors.accessDenied());
}
