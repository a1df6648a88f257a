import { CLOUDS, type CloudName } from "../config/clouds";

const OWN_CALENDAR_SCOPE = "Calendars.ReadWrite";
const SHARED_CALENDAR_SCOPE = "Calendars.ReadWrite.Shared";

/**
 * Qualifies a Graph permission with the cloud's Graph root. In the global cloud the bare name already means
 * Microsoft Graph; in the national clouds an unqualified name would ask for the global resource.
 */
export function qualifyGraphScope(scope: string, cloud: CloudName): string {
  return cloud === "global" ? scope : `${CLOUDS[cloud].graph}/${scope}`;
}

/**
 * The least-privileged delegated permissions for attaching to an event: `Calendars.ReadWrite`, widened with
 * `Calendars.ReadWrite.Shared` only when the event lives in someone else's calendar.
 */
export function graphScopesFor(options: { sharedCalendar: boolean; cloud: CloudName }): string[] {
  const names = options.sharedCalendar ? [OWN_CALENDAR_SCOPE, SHARED_CALENDAR_SCOPE] : [OWN_CALENDAR_SCOPE];
  return names.map((name) => qualifyGraphScope(name, options.cloud));
}

/** A stable cache key for a set of scopes: order and case do not matter. */
export function scopeKey(scopes: readonly string[]): string {
  return [...new Set(scopes.map((scope) => scope.trim().toLowerCase()).filter(Boolean))].sort().join(" ");
}
